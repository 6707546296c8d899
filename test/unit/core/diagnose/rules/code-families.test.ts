// The error families whose code names the cause. None can be produced on 127.0.0.1 (CT is not
// enforced for locally trusted roots, ECH needs DNS HTTPS records, Chrome's known-interception list
// needs its real certificates, QUIC needs HTTP/3 over UDP), so they are tested here and in the
// catalog tests only.
import { describe, expect, it } from 'vitest';
import { codeFamily, diagnose } from '../../../../../src/core/diagnose';
import type { FailureKind } from '../../../../../src/core/kinds';
import { T0, evidence, recent } from '../helpers';

const failing = (kind: FailureKind, errorCode: string, rest: Parameters<typeof evidence>[1] = {}) =>
  evidence(kind, rest, { errorCode, rawError: errorCode });

describe('code-family', () => {
  it('points Certificate Transparency failures at the site and away from interception, in both browsers', () => {
    for (const code of [
      'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
      'net::ERR_CT_NO_SCTS_VERIFIED_OK',
      'MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY',
    ]) {
      expect(codeFamily(failing('cert-invalid', code), T0)).toEqual({
        rule: 'code-family',
        cause: 'site-certificate',
        confidence: 0.7,
        evidence: [{ key: 'ev_ct_public_only' }],
        weakens: [{ cause: 'interception', factor: 0.3 }],
      });
    }
  });

  it('names a mis-issued certificate for ERR_SSL_KEY_USAGE_INCOMPATIBLE', () => {
    expect(codeFamily(failing('cert-invalid', 'net::ERR_SSL_KEY_USAGE_INCOMPATIBLE'), T0)).toMatchObject({
      cause: 'site-certificate',
      evidence: [{ key: 'ev_key_usage' }],
    });
  });

  it("names the site's ECH setup for Chromium's and Firefox's ECH codes", () => {
    for (const [kind, code] of [
      ['protocol-error', 'net::ERR_ECH_NOT_NEGOTIATED'],
      ['protocol-error', 'net::ERR_INVALID_ECH_CONFIG_LIST'],
      ['cert-invalid', 'net::ERR_ECH_FALLBACK_CERTIFICATE_INVALID'],
      ['protocol-error', 'SSL_ERROR_ECH_RETRY_WITH_ECH'],
      ['protocol-error', 'SSL_ERROR_ECH_RETRY_WITHOUT_ECH'],
      ['cert-invalid', 'SSL_ERROR_ECH_FAILED'],
      ['protocol-error', 'SSL_ERROR_ECH_REQUIRED_ALERT'],
    ] as const) {
      expect(codeFamily(failing(kind, code), T0), code).toMatchObject({ cause: 'site-configuration', evidence: [{ key: 'ev_ech' }] });
    }
  });

  it('names the network for QUIC failures', () => {
    expect(codeFamily(failing('protocol-error', 'net::ERR_QUIC_PROTOCOL_ERROR'), T0)).toMatchObject({ cause: 'network', confidence: 0.5 });
    expect(codeFamily(failing('tls-unknown', 'net::ERR_QUIC_HANDSHAKE_FAILED'), T0)?.cause).toBe('network');
  });

  it('stays silent for other codes and for non-TLS failures', () => {
    expect(codeFamily(failing('cert-invalid', 'net::ERR_CERT_INVALID'), T0)).toBeNull();
    expect(codeFamily(failing('protocol-error', 'net::ERR_SSL_PROTOCOL_ERROR'), T0)).toBeNull();
    expect(codeFamily(failing('cert-untrusted', 'net::ERR_QUIC_CERT_ROOT_NOT_KNOWN'), T0)).toBeNull();
    expect(codeFamily(failing('cert-invalid', 'net::ERR_CT_STH_PARSING_FAILED'), T0)).toBeNull();
    expect(
      codeFamily(failing('cert-invalid', 'net::ERR_CERT_INVALID', { reprobe: { status: 'failed', kind: 'cert-invalid' } }), T0),
    ).toBeNull();
    expect(codeFamily(failing('not-tls', 'net::ERR_QUIC_PROTOCOL_ERROR'), T0)).toBeNull();
  });
});

describe('code-family verdicts', () => {
  it('CT failures on three sites at once stay the sites’ certificates, not interception', () => {
    const code = 'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED';
    const others = recent('cert-invalid', ['a.example', 'b.example']).map((f) => ({ ...f, errorCode: code }));
    const d = diagnose(failing('cert-invalid', code, { recentFailures: others }));
    expect(d.causes[0]?.cause).toBe('site-certificate');
    const interception = d.causes.find((c) => c.cause === 'interception');
    expect(interception?.confidence ?? 0).toBeLessThan(0.3);
  });

  it('the same three-site pattern with an untrusted-issuer error still reads as interception', () => {
    const code = 'net::ERR_CERT_INVALID';
    const others = recent('cert-invalid', ['a.example', 'b.example']).map((f) => ({ ...f, errorCode: code }));
    expect(diagnose(failing('cert-invalid', code, { recentFailures: others })).causes[0]?.cause).toBe('interception');
  });

  it('a key-usage failure is a firm site-certificate verdict', () => {
    const d = diagnose(failing('cert-invalid', 'net::ERR_SSL_KEY_USAGE_INCOMPATIBLE'));
    expect(d.uncertain).toBe(false);
    expect(d.causes[0]?.cause).toBe('site-certificate');
  });

  it('known-interception-blocked names interception', () => {
    const d = diagnose(failing('interception-detected', 'net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED'));
    expect(d.causes[0]?.cause).toBe('interception');
    expect(d.causes.some((c) => c.cause === 'network')).toBe(false);
  });
});
