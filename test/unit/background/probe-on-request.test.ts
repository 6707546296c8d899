// The checks a private window's failure waits for (src/background/probe-on-request.ts): run only
// for a private incident, once, and only when asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/core/incident';
import { expiredCertIncident } from '../../fixtures/incident';

const reprobeFailedUrl = vi.fn(async () => undefined);
const gatherMoreEvidence = vi.fn(async () => undefined);
vi.mock('../../../src/background/evidence/reprobe', () => ({ reprobeFailedUrl }));
vi.mock('../../../src/background/evidence/gather', () => ({ gatherMoreEvidence }));
vi.mock('../../../src/background/settings-store', () => ({ loadSettings: async () => ({ reprobe: true }) }));
const { probeOnRequest } = await import('../../../src/background/probe-on-request');

const T0 = Date.UTC(2026, 10, 27, 12);
const incident = (incognito: boolean, probed = false): Incident => {
  const base = expiredCertIncident({ id: 'a1b2c3d4-e5f6', tabId: 3, url: 'https://expired.hd.test/', incognito, time: T0 });
  return probed ? { ...base, evidence: { ...base.evidence, reprobe: { status: 'failed' } } } : base;
};

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
