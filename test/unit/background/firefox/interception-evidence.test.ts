import { describe, expect, test, vi } from 'vitest';

// This module reaches the browser only inside functions not called here.
vi.mock('../../../../src/platform/browser', () => ({ browser: {} }));

const { interceptionEvidenceFrom, INTERCEPTION_EVIDENCE_WINDOW_MS } =
  await import('../../../../src/background/firefox/interception-evidence');

describe('interceptionEvidenceFrom: the stored match as evidence', () => {
  const match = { product: 'BadSSL Antivirus', issuer: 'CN=BadSSL MITM Software Test', host: 'icpt-1.hd.test' };
  test('a recent match is evidence', () => {
    expect(interceptionEvidenceFrom({ match, time: 1_000 }, 2_000)).toEqual(match);
  });
  test('too old, from the future, or malformed: none', () => {
    expect(interceptionEvidenceFrom({ match, time: 0 }, INTERCEPTION_EVIDENCE_WINDOW_MS + 1)).toBeUndefined();
    expect(interceptionEvidenceFrom({ match, time: 10 * 60_000 }, 0)).toBeUndefined();
    expect(interceptionEvidenceFrom({ match: { product: 1 }, time: 0 }, 0)).toBeUndefined();
    expect(interceptionEvidenceFrom(undefined, 0)).toBeUndefined();
    expect(interceptionEvidenceFrom('junk', 0)).toBeUndefined();
  });
});
