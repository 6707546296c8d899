// Which incidents a restarted worker gathers evidence for again (src/background/resume-evidence.ts).
import { describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/core/incident';

// The module reaches the browser only inside functions not called here.
vi.mock('../../../src/platform/browser', () => ({ browser: {} }));
const { interruptedEvidence, RESUME_WINDOW_MS } = await import('../../../src/background/resume-evidence');

const startedAt = Date.UTC(2026, 10, 27, 12);
function incident(
  over: { createdAt?: number; frame?: 'main' | 'sub'; kind?: string; reprobe?: boolean; otherSites?: boolean } = {},
): Incident {
  const createdAt = over.createdAt ?? startedAt - 10_000;
  return {
    id: 'a1b2c3d4-e5f6',
    tabId: 3,
    status: 'shown',
    incognito: false,
    createdAt,
    evidence: {
      failure: {
        rawError: 'net::ERR_CERT_DATE_INVALID',
        errorCode: 'net::ERR_CERT_DATE_INVALID',
        kind: (over.kind ?? 'cert-date') as Incident['evidence']['failure']['kind'],
        url: 'https://expired.hd.test/',
        host: 'expired.hd.test',
        frame: over.frame ?? 'main',
        time: createdAt,
      },
      recentFailures: [],
      environment: { browser: 'chrome', version: '156', os: 'linux' },
      ...(over.reprobe ? { reprobe: { status: 'ok' as const } } : {}),
      ...(over.otherSites ? { otherSiteProbe: { status: 'skipped' as const, results: [] } } : {}),
    },
  };
}

describe('interruptedEvidence', () => {
  it('names what is missing from a recent main-frame TLS incident of an earlier worker life', () => {
    expect(interruptedEvidence(incident(), startedAt)).toEqual({ reprobe: true, more: true });
    expect(interruptedEvidence(incident({ reprobe: true }), startedAt)).toEqual({ reprobe: false, more: true });
    expect(interruptedEvidence(incident({ otherSites: true }), startedAt)).toEqual({ reprobe: true, more: false });
  });

  it('leaves complete incidents alone', () => {
    expect(interruptedEvidence(incident({ reprobe: true, otherSites: true }), startedAt)).toBeUndefined();
  });

  it('leaves incidents of this worker life alone: their gathering is running', () => {
    expect(interruptedEvidence(incident({ createdAt: startedAt }), startedAt)).toBeUndefined();
    expect(interruptedEvidence(incident({ createdAt: startedAt + 5 }), startedAt)).toBeUndefined();
  });

  it('leaves old incidents alone', () => {
    expect(interruptedEvidence(incident({ createdAt: startedAt - RESUME_WINDOW_MS }), startedAt)).toEqual({ reprobe: true, more: true });
    expect(interruptedEvidence(incident({ createdAt: startedAt - RESUME_WINDOW_MS - 1 }), startedAt)).toBeUndefined();
  });

  it('probes nothing for a private window’s failure (only when the person asks)', () => {
    expect(interruptedEvidence({ ...incident(), incognito: true }, startedAt)).toBeUndefined();
  });

  it('gathers nothing for failed parts of pages or non-TLS failures (nothing was ever gathered for them)', () => {
    expect(interruptedEvidence(incident({ frame: 'sub' }), startedAt)).toBeUndefined();
    expect(interruptedEvidence(incident({ kind: 'not-tls' }), startedAt)).toBeUndefined();
  });
});
