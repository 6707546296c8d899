// browserOffersOverride(): the product must never suggest a way around an error the browser
// itself refuses to let anyone bypass. Firefox rows are checked against the tsv column in
// firefox-table.test.ts; here, Chromium's rules and the invariants across every code.
import { describe, expect, it } from 'vitest';
import { browserOffersOverride, classify } from '../../../src/core/catalog';
import { CHROMIUM_NET_ERRORS } from '../../../src/core/catalog/chromium-net-errors';
import { FIREFOX_NETWORK_RESULTS } from '../../../src/core/catalog/firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from '../../../src/core/catalog/firefox-security-errors';

describe('Chromium', () => {
  it.each([
    // Interstitials with "Proceed" (components/security_interstitials IsCertErrorFatal → false).
    ['net::ERR_CERT_DATE_INVALID', true],
    ['net::ERR_CERT_AUTHORITY_INVALID', true],
    ['net::ERR_CERT_COMMON_NAME_INVALID', true],
    ['net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM', true],
    ['net::ERR_CERT_SYMANTEC_LEGACY', true],
    // Fatal certificate errors.
    ['net::ERR_CERT_REVOKED', false],
    ['net::ERR_CERT_INVALID', false],
    ['net::ERR_CERT_CONTAINS_ERRORS', false],
    ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', false],
    // Protocol failures show an error page with nothing to override.
    ['net::ERR_SSL_PROTOCOL_ERROR', false],
    ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', false],
    ['net::ERR_TLS13_DOWNGRADE_DETECTED', false],
    ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', false],
    ['net::ERR_CONNECTION_RESET', false],
    // Not TLS, or unknown: no answer.
    ['net::ERR_CONNECTION_REFUSED', undefined],
    ['net::ERR_NAME_NOT_RESOLVED', undefined],
    ['net::ERR_SOMETHING_NEW', undefined],
  ] as const)('%s → %s', (code, expected) => {
    expect(browserOffersOverride(code)).toBe(expected);
  });

  it('accepts the code without the net:: prefix', () => {
    expect(browserOffersOverride('ERR_CERT_DATE_INVALID')).toBe(true);
    expect(browserOffersOverride('ERR_CERT_REVOKED')).toBe(false);
  });
});

describe('Firefox', () => {
  it.each([
    ['SEC_ERROR_EXPIRED_CERTIFICATE', true],
    ['SEC_ERROR_UNKNOWN_ISSUER', true],
    ['SSL_ERROR_BAD_CERT_DOMAIN', true],
    ['MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', true],
    ['SEC_ERROR_REVOKED_CERTIFICATE', false],
    ['MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', false],
    ['NS_ERROR_BAD_HSTS_CERT', false],
    ['SSL_ERROR_NO_CYPHER_OVERLAP', false],
    ['SSL_ERROR_RX_RECORD_TOO_LONG', false],
    ['NS_ERROR_NET_RESET', false],
    ['PR_END_OF_FILE_ERROR', false],
    ['NS_ERROR_UNKNOWN_HOST', undefined],
    ['NS_BINDING_ABORTED', undefined],
  ] as const)('%s → %s', (code, expected) => {
    expect(browserOffersOverride(code)).toBe(expected);
  });
});

describe('invariants over every code the catalog knows', () => {
  const codes = [
    ...Object.keys(CHROMIUM_NET_ERRORS).map((name) => `net::${name}`),
    ...Object.keys(FIREFOX_SECURITY_ERRORS),
    ...Object.keys(FIREFOX_NETWORK_RESULTS),
  ];

  it.each(codes)('%s', (code) => {
    const { kind } = classify(code, 'https://example.test/');
    const offered = browserOffersOverride(code);
    if (kind === 'not-tls') expect(offered).toBeUndefined();
    else expect(typeof offered).toBe('boolean');
    // Only certificate problems ever get a "continue anyway" button (or an interception page,
    // which is a certificate warning too).
    if (offered) expect(kind).toMatch(/^cert-|^interception-detected$|^protocol-mismatch$/);
    if (kind === 'cert-revoked' || kind === 'handshake-interrupted' || kind === 'protocol-error') {
      expect(offered).toBe(false);
    }
    if (kind === 'client-cert') expect(offered).toBe(false);
  });

  it('protocol-mismatch is overridable only for the retired obsolete-TLS interstitial', () => {
    const overridableMismatch = codes.filter(
      (code) => classify(code, 'https://x.test/').kind === 'protocol-mismatch' && browserOffersOverride(code),
    );
    expect(overridableMismatch.sort()).toEqual([
      'net::ERR_SSL_OBSOLETE_VERSION',
      'net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER',
    ]);
  });

  it('never throws on hostile input', () => {
    for (const raw of ['', '<script>', 'x'.repeat(65536), '__proto__', 'constructor', 42 as unknown as string]) {
      expect(browserOffersOverride(raw)).toBeUndefined();
    }
  });
});
