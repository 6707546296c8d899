import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_TLS12_CHECK_URL } from '../../../src/core/settings';
import { tls12CheckTarget, tls12Outcome } from '../../../src/core/tls12-check';

const on = { otherSiteProbe: true, tls12CheckUrl: DEFAULT_TLS12_CHECK_URL };
const mismatch = { kind: 'protocol-mismatch' as const, host: 'old.example' };

describe('tls12CheckTarget', () => {
  it('asks the configured endpoint after a version or cipher mismatch while probes are on', () => {
    expect(DEFAULT_SETTINGS.tls12CheckUrl).toBe('https://tls-v1-2.badssl.com:1012/');
    expect(tls12CheckTarget(mismatch, on)).toBe('https://tls-v1-2.badssl.com:1012/');
    expect(tls12CheckTarget(mismatch, { ...on, tls12CheckUrl: 'https://tls12.corp.example/' })).toBe('https://tls12.corp.example/');
  });

  it('asks nothing for other kinds, with probes off, for a non-https URL or the failing host itself', () => {
    for (const kind of ['protocol-error', 'cert-untrusted', 'handshake-interrupted', 'not-tls'] as const)
      expect(tls12CheckTarget({ ...mismatch, kind }, on)).toBeUndefined();
    expect(tls12CheckTarget(mismatch, { ...on, otherSiteProbe: false })).toBeUndefined();
    expect(tls12CheckTarget(mismatch, { ...on, tls12CheckUrl: 'http://tls-v1-2.badssl.com/' })).toBeUndefined();
    expect(tls12CheckTarget(mismatch, { ...on, tls12CheckUrl: 'https://' })).toBeUndefined();
    expect(tls12CheckTarget({ ...mismatch, host: 'TLS-V1-2.badssl.com' }, on)).toBeUndefined();
  });
});

describe('tls12Outcome', () => {
  const host = 'tls-v1-2.badssl.com';
  const site = { errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' };
  const TEXT = 'Peer reports incompatible or unsupported protocol version.';
  it('an answer means the browser spoke TLS 1.2', () => {
    expect(tls12Outcome({ host, ok: true }, site)).toEqual({ outcome: 'spoke', host });
  });

  it('a version or cipher failure there means the browser refuses TLS 1.2', () => {
    expect(tls12Outcome({ host, ok: false, kind: 'protocol-mismatch', errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' }, site)).toEqual({
      outcome: 'refused',
      host,
      errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT',
    });
  });

  it('anything else concludes nothing', () => {
    expect(tls12Outcome({ host, ok: false }, site)).toEqual({ outcome: 'unreachable', host });
    expect(tls12Outcome({ host, ok: false, kind: 'not-tls', errorCode: 'net::ERR_CONNECTION_REFUSED' }, site)).toEqual({
      outcome: 'unreachable',
      host,
      errorCode: 'net::ERR_CONNECTION_REFUSED',
    });
    expect(tls12Outcome({ host, ok: false, kind: 'cert-untrusted', errorCode: 'SEC_ERROR_UNKNOWN_ISSUER' }, site).outcome).toBe(
      'unreachable',
    );
  });

  it("Firefox's text: the same text as the failing site's is the same failure, named by the site's code", () => {
    const text = { host, ok: false, kind: 'tls-unknown' as const, errorCode: TEXT };
    expect(tls12Outcome(text, site, TEXT)).toEqual({ outcome: 'refused', host, errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' });
    expect(tls12Outcome(text, site, 'Cannot communicate securely with peer: no common encryption algorithm(s).').outcome).toBe(
      'unreachable',
    );
    expect(tls12Outcome(text, site).outcome).toBe('unreachable');
    expect(tls12Outcome({ host, ok: false, kind: 'tls-unknown' }, site, '').outcome).toBe('unreachable');
  });
});
