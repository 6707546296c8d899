// An expired-certificate incident, as the background stores it.
import type { Incident } from '../../../src/core/incident';

const now = Date.UTC(2026, 5, 1);
export const incident: Incident = {
  id: '3f2a9c4e-1b7d-4e8a-9c0f-5d6e7f8a9b0c',
  tabId: 7,
  status: 'shown',
  incognito: false,
  createdAt: now,
  evidence: {
    failure: {
      rawError: 'net::ERR_CERT_DATE_INVALID',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kind: 'cert-date',
      url: 'https://expired.hd.test/',
      host: 'expired.hd.test',
      frame: 'main',
      time: now,
    },
    recentFailures: [],
    environment: { browser: 'chrome', version: '156', os: 'linux' },
  },
};
