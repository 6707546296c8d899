// The checks a private window's failure waits for (src/background/probe-on-request.ts): run only
// for a private incident, once, and only when asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/core/incident';

const reprobeFailedUrl = vi.fn(async () => undefined);
const gatherMoreEvidence = vi.fn(async () => undefined);
vi.mock('../../../src/background/evidence/reprobe', () => ({ reprobeFailedUrl }));
vi.mock('../../../src/background/evidence/gather', () => ({ gatherMoreEvidence }));
vi.mock('../../../src/background/settings-store', () => ({ loadSettings: async () => ({ reprobe: true }) }));
const { probeOnRequest } = await import('../../../src/background/probe-on-request');

const T0 = Date.UTC(2026, 10, 27, 12);
const incident = (incognito: boolean, probed = false): Incident => ({
  id: 'a1b2c3d4-e5f6',
  tabId: 3,
  status: 'shown',
  incognito,
  createdAt: T0,
  evidence: {
    failure: {
      rawError: 'net::ERR_CERT_DATE_INVALID',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kind: 'cert-date',
      url: 'https://expired.hd.test/',
      host: 'expired.hd.test',
      frame: 'main',
      time: T0,
    },
    recentFailures: [],
    environment: { browser: 'chrome', version: '156', os: 'linux' },
    ...(probed ? { reprobe: { status: 'failed' as const } } : {}),
  },
});

describe('probeOnRequest', () => {
  beforeEach(() => {
    reprobeFailedUrl.mockClear();
    gatherMoreEvidence.mockClear();
  });

  it('runs the re-probe and the other checks for a private window’s failure', async () => {
    const private_ = incident(true);
    await probeOnRequest(private_);
    expect(reprobeFailedUrl).toHaveBeenCalledWith(private_.id, 'https://expired.hd.test/', { reprobe: true });
    expect(gatherMoreEvidence).toHaveBeenCalledWith(private_, { reprobe: true });
  });

  it('does nothing for a normal window’s failure (its checks ran on their own) or once the checks ran', async () => {
    await probeOnRequest(incident(false));
    await probeOnRequest(incident(true, true));
    expect(reprobeFailedUrl).not.toHaveBeenCalled();
    expect(gatherMoreEvidence).not.toHaveBeenCalled();
  });
});
