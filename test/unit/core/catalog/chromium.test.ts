// The Chromium classifier and override answer (src/core/catalog/chromium.ts) beyond the data
// table (chromium-net-errors.test.ts): the https rule, unknown names, hostile input, and which
// errors Chromium's warning page lets the person continue past.
import { describe, expect, it } from 'vitest';
import { chromiumOffersOverride, classifyChromium } from '../../../../src/core/catalog/chromium';
import { CHROMIUM_NET_ERRORS } from '../../../../src/core/catalog/chromium-net-errors';
import { hostileMismatches, overrideMismatches, classified } from './classifier-checks';

const HTTPS = 'https://example.test/';
const HTTP = 'http://example.test/';

describe('classifyChromium', () => {
  it.each([
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_CONNECTION_ABORTED',
    'net::ERR_TIMED_OUT',
    'net::ERR_CONNECTION_TIMED_OUT',
  ])('counts %s as a TLS failure only on https', (raw) => {
    expect(classifyChromium(raw, HTTPS).kind).toBe('handshake-interrupted');
    expect(classifyChromium(raw, 'HTTPS://EXAMPLE.TEST/').kind).toBe('handshake-interrupted');
    expect(classifyChromium(raw, HTTP).kind).toBe('not-tls');
    expect(classifyChromium(raw, 'ftp://example.test/').kind).toBe('not-tls');
    expect(classifyChromium(raw).kind).toBe('not-tls'); // no URL: cannot be sure it was TLS
    expect(classifyChromium(raw, HTTP).errorCode).toBe(raw); // the code is still named
  });

  it('never counts ERR_EMPTY_RESPONSE or connection failures as TLS: they come after or before any handshake', () => {
    const raws = [
      'net::ERR_EMPTY_RESPONSE',
      'net::ERR_ABORTED',
      'net::ERR_BLOCKED_BY_CLIENT',
      'net::ERR_NAME_NOT_RESOLVED',
      'net::ERR_CONNECTION_REFUSED',
      'net::ERR_INTERNET_DISCONNECTED',
    ];
    expect(raws.filter((raw) => classifyChromium(raw, HTTPS).kind !== 'not-tls')).toEqual([]);
  });

  it('reads a new name outside the TLS families as not-tls, a new SSL/CERT one as tls-unknown', () => {
    expect(classifyChromium('net::ERR_SOMETHING_NEW', HTTPS)).toEqual(classified('not-tls', 'net::ERR_SOMETHING_NEW', 'chromium'));
    expect(classifyChromium('net::ERR_SSL_SOMETHING_NEW', HTTPS).kind).toBe('tls-unknown');
    expect(classifyChromium('net::ERR_CERT_SOMETHING_NEW', HTTP).kind).toBe('tls-unknown');
  });

  it('reads anything but a name, which Chromium never reports, as an unnamed failure: TLS only on https', () => {
    expect(classifyChromium('Error code 2153390069', HTTPS)).toEqual(classified('tls-unknown', '', 'unknown'));
    expect(classifyChromium('SEC_ERROR_EXPIRED_CERTIFICATE', HTTP)).toEqual(classified('not-tls', '', 'unknown'));
  });

  it('classifies hostile input safely: empty and oversized text is not-tls with no code, even on https', () => {
    expect(hostileMismatches(classifyChromium)).toEqual([]);
  });

  it('reads markup on https as unrecognized text: tls-unknown with no code (surfaces show it as text)', () => {
    expect(classifyChromium('<b>net::ERR_CERT_DATE_INVALID</b>', HTTPS)).toEqual(classified('tls-unknown', '', 'unknown'));
  });
});

describe('chromiumOffersOverride', () => {
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
    ['SEC_ERROR_REVOKED_CERTIFICATE', undefined],
  ] as const)('%s → %s', (code, expected) => {
    expect(chromiumOffersOverride(code)).toBe(expected);
  });

  it('accepts the code without the net:: prefix', () => {
    expect(chromiumOffersOverride('ERR_CERT_DATE_INVALID')).toBe(true);
    expect(chromiumOffersOverride('ERR_CERT_REVOKED')).toBe(false);
  });

  const codes = Object.keys(CHROMIUM_NET_ERRORS).map((name) => `net::${name}`);

  it('fits the kind of every code the table knows', () => {
    expect(overrideMismatches(codes, classifyChromium, chromiumOffersOverride)).toEqual([]);
  });

  it('is yes for protocol-mismatch only for the retired obsolete-TLS interstitial', () => {
    const overridableMismatch = codes.filter(
      (code) => classifyChromium(code, HTTPS).kind === 'protocol-mismatch' && chromiumOffersOverride(code),
    );
    expect(overridableMismatch.sort()).toEqual(['net::ERR_SSL_OBSOLETE_VERSION', 'net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER']);
  });

  it('never throws on hostile input', () => {
    for (const raw of ['', '<script>', 'x'.repeat(65536), '__proto__', 'constructor', 42 as unknown as string]) {
      expect(chromiumOffersOverride(raw)).toBeUndefined();
    }
  });
});
