// The troubleshooter's first look at an incident (src/ui/stored-incident-view.ts): the stored
// record, validated and diagnosed in the page, gives the view the background answers with.
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/core/incident';
import { incidentView } from '../../../src/platform/incident-view';
import { storedIncidentView } from '../../../src/ui/stored-incident-view';

const now = Date.UTC(2026, 5, 1);
const incident: Incident = {
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

describe('storedIncidentView', () => {
  it('is the view the background answers with, verdict and override included', () => {
    const view = storedIncidentView(structuredClone(incident));
    expect(view).toEqual(incidentView(incident));
    expect(view?.diagnosis).toMatchObject({ errorCode: 'net::ERR_CERT_DATE_INVALID', kind: 'cert-date' });
    expect(view?.browserOverride).toBe(true);
  });

  it('shows nothing for a missing or corrupt record, as the background does', () => {
    expect(storedIncidentView(undefined)).toBeUndefined();
    expect(storedIncidentView({ ...incident, tabId: 'seven' })).toBeUndefined();
    expect(
      storedIncidentView({ ...incident, evidence: { ...incident.evidence, failure: { ...incident.evidence.failure, kind: 'nope' } } }),
    ).toBeUndefined();
  });
});
