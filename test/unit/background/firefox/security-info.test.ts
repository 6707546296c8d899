import { describe, expect, test, vi } from 'vitest';

// These modules reach the browser only inside functions not called here.
vi.mock('../../../../src/platform/browser', () => ({ browser: {} }));

const { sampleFrom } = await import('../../../../src/background/firefox/security-info');
const { interceptionEvidenceFrom, INTERCEPTION_EVIDENCE_WINDOW_MS } = await import('../../../../src/background/firefox/interception-evidence');
const { isProbeFrameUrl } = await import('../../../../src/background/firefox/precise-subresource-error');

type Info = Parameters<typeof sampleFrom>[0];
const info = (over: Partial<Info> = {}): Info =>
  ({
    state: 'secure',
    protocolVersion: 'TLSv1.3',
    cipherSuite: 'TLS_AES_128_GCM_SHA256',
    certificates: [{ issuer: 'CN=BadSSL MITM Software Test,O=BadSSL,C=US', subject: 'CN=icpt-1.hd.test' }],
    ...over,
  }) as Info;

describe('sampleFrom: what a security-info answer records', () => {
  test('protocol, cipher suite and the server certificate issuer', () => {
    expect(sampleFrom(info(), 'icpt-1.hd.test', 5)).toEqual({
      host: 'icpt-1.hd.test',
      time: 5,
      protocol: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      issuer: 'CN=BadSSL MITM Software Test,O=BadSSL,C=US',
    });
  });

  test('nothing for insecure or broken connections, or without a certificate', () => {
    expect(sampleFrom(info({ state: 'insecure' }), 'a', 0)).toBeUndefined();
    expect(sampleFrom(info({ state: 'broken' }), 'a', 0)).toBeUndefined();
    expect(sampleFrom(info({ certificates: [] }), 'a', 0)).toBeUndefined();
  });

  test('oversized values are refused rather than stored', () => {
    const huge = 'CN=' + 'x'.repeat(5000);
    expect(sampleFrom(info({ certificates: [{ issuer: huge } as Info['certificates'][number]] }), 'a', 0)).toBeUndefined();
  });
});

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

describe('isProbeFrameUrl: the sub-resource probe frames are recognizable', () => {
  test('only URLs with the probe fragment', () => {
    expect(isProbeFrameUrl('https://a.example/img.png#hd-probe-0f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isProbeFrameUrl('https://a.example/img.png')).toBe(false);
    expect(isProbeFrameUrl('https://a.example/#hd-probe-')).toBe(false);
    expect(isProbeFrameUrl('https://a.example/#section')).toBe(false);
  });
});
