import { describe, expect, test, vi } from 'vitest';

// This module reaches the browser only inside functions not called here.
vi.mock('../../../../src/platform/browser', () => ({ browser: {} }));

const { sampleFrom } = await import('../../../../src/background/firefox/security-info');

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
