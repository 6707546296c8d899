// The Firefox classifier and override answer (src/core/catalog/firefox.ts) beyond the data table
// (firefox-security-errors.test.ts): the https rule, "Error code N" decoding, NS_ERROR_GENERATE_FAILURE
// wrappers, message text in any UI language, unknown names, hostile input, and which errors
// Firefox's warning page lets the person continue past.
import { describe, expect, it } from 'vitest';
import { classifyFirefox, firefoxOffersOverride } from '../../../../src/core/catalog/firefox';
import { FIREFOX_TLS_NETWORK_RESULTS } from '../../../../src/core/catalog/firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from '../../../../src/core/catalog/firefox-security-errors';
import { hostileMismatches, overrideMismatches, classified } from './classifier-checks';

const HTTPS = 'https://example.test/';
const HTTP = 'http://example.test/';
/** nsresult of network-module failure n, written out independently of the catalog: 0x804B0000 + n. */
const network = (n: number) => `Error code ${0x804b0000 + n}`;

describe('classifyFirefox', () => {
  it.each([
    'NS_ERROR_NET_RESET',
    'NS_ERROR_NET_TIMEOUT',
    'NS_ERROR_NET_INTERRUPT',
    'PR_END_OF_FILE_ERROR',
    'PR_CONNECT_RESET_ERROR',
    network(20), // NS_ERROR_NET_RESET
    network(14), // NS_ERROR_NET_TIMEOUT
    network(71), // NS_ERROR_NET_INTERRUPT
  ])('counts %s as a TLS failure only on https', (raw) => {
    expect(classifyFirefox(raw, HTTPS).kind).toBe('handshake-interrupted');
    expect(classifyFirefox(raw, 'HTTPS://EXAMPLE.TEST/').kind).toBe('handshake-interrupted');
    expect(classifyFirefox(raw, HTTP).kind).toBe('not-tls');
    expect(classifyFirefox(raw, 'ftp://example.test/').kind).toBe('not-tls');
    expect(classifyFirefox(raw).kind).toBe('not-tls'); // no URL: cannot be sure it was TLS
    expect(classifyFirefox(raw, HTTP).errorCode).toBe(classifyFirefox(raw, HTTPS).errorCode); // the code is still named
  });

  it('reads non-TLS names as not-tls, named', () => {
    const names = [
      'NS_BINDING_ABORTED',
      'NS_ERROR_ABORT',
      'NS_ERROR_UNKNOWN_HOST',
      'NS_ERROR_CONNECTION_REFUSED',
      'NS_ERROR_OFFLINE',
      'NS_ERROR_PROXY_CONNECTION_REFUSED',
      'NS_ERROR_NET_PARTIAL_TRANSFER',
    ];
    const mismatches = names.filter(
      (name) => classifyFirefox(name, HTTPS).kind !== 'not-tls' || classifyFirefox(name, HTTPS).errorCode !== name,
    );
    expect(mismatches).toEqual([]);
  });

  it('reads webNavigation "Error code N" of a non-TLS result as not-tls, unnamed (the background drops it unread)', () => {
    // NS_BINDING_ABORTED, NS_ERROR_CONNECTION_REFUSED, NS_ERROR_OFFLINE, NS_ERROR_UNKNOWN_HOST, NS_ERROR_ABORT (0x80004004), beyond 32 bits.
    const raws = [network(2), network(13), network(16), network(30), network(999), 'Error code 2147500036', 'Error code 99999999999'];
    const mismatches = raws.filter(
      (raw) => JSON.stringify(classifyFirefox(raw, HTTPS)) !== JSON.stringify({ kind: 'not-tls', errorCode: '', source: 'firefox-code' }),
    );
    expect(mismatches).toEqual([]);
  });

  it('decodes the security module: 2153390069 → -8181', () => {
    expect(classifyFirefox('Error code 2153390069', HTTPS)).toEqual(
      classified('cert-date', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'firefox-code'),
    );
    expect(classifyFirefox('Error code 0x805A1FF5', HTTPS).errorCode).toBe('SEC_ERROR_EXPIRED_CERTIFICATE');
    expect(classifyFirefox(`Error code ${0x805a0000 + 5938}`, HTTPS).errorCode).toBe('PR_END_OF_FILE_ERROR');
  });

  it('reads an unknown security-module code as a TLS failure', () => {
    expect(classifyFirefox(`Error code ${0x805a0000 + 12001}`, HTTPS)).toEqual(classified('tls-unknown', '', 'firefox-code'));
  });

  it('extracts the name inside NS_ERROR_GENERATE_FAILURE (measured: TLS 1.3 server requiring a client certificate)', () => {
    const raw = 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT)';
    expect(classifyFirefox(raw, HTTPS)).toEqual(classified('client-cert', 'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT', 'firefox-name'));
  });

  it('reads NS_ERROR_GENERATE_FAILURE with other spacing and a numeric inner code', () => {
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY,SSL_ERROR_BAD_CERT_DOMAIN)', HTTPS).kind).toBe('cert-name');
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, 8181)', HTTPS).errorCode).toBe(
      'SEC_ERROR_EXPIRED_CERTIFICATE',
    );
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_NETWORK, 20)', HTTPS)).toEqual(
      classified('handshake-interrupted', 'NS_ERROR_NET_RESET', 'firefox-name'),
    );
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_NETWORK, 13)', HTTPS)).toEqual(
      classified('not-tls', '', 'firefox-name'),
    );
  });

  it('reads an unknown name from the security module as an unnamed TLS failure, other modules as not-tls', () => {
    const raw = 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_SOMETHING_NEWER)';
    expect(classifyFirefox(raw, HTTPS)).toEqual(classified('tls-unknown', 'SSL_ERROR_SOMETHING_NEWER', 'firefox-name'));
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, PR_SOMETHING_ERROR)', HTTP).kind).toBe('tls-unknown');
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, 12001)', HTTPS)).toEqual(
      classified('tls-unknown', '', 'firefox-name'),
    );
    expect(classifyFirefox('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_DOM, 12)', HTTPS).kind).toBe('not-tls');
  });

  it.each(['Das Zertifikat der Gegenstelle ist abgelaufen.', 'Peer’s Certificate has expired.'])(
    'reads message text, in any UI language, as an honest tls-unknown on https only (%s)',
    (message) => {
      expect(classifyFirefox(message, HTTPS)).toEqual(classified('tls-unknown', '', 'unknown'));
      expect(classifyFirefox(message, HTTP)).toEqual(classified('not-tls', '', 'unknown'));
      expect(classifyFirefox(message)).toEqual(classified('not-tls', '', 'unknown'));
    },
  );

  it('reads a new NS_ERROR name as not-tls, a new NSS name as tls-unknown', () => {
    expect(classifyFirefox('NS_ERROR_SOMETHING_NEW', HTTPS)).toEqual(classified('not-tls', 'NS_ERROR_SOMETHING_NEW', 'firefox-name'));
    expect(classifyFirefox('SSL_ERROR_SOMETHING_NEW', HTTPS)).toEqual(classified('tls-unknown', 'SSL_ERROR_SOMETHING_NEW', 'firefox-name'));
    expect(classifyFirefox('MOZILLA_PKIX_ERROR_SOMETHING_NEW', HTTPS).kind).toBe('tls-unknown');
  });

  it('classifies hostile input safely: empty and oversized text is not-tls with no code, even on https', () => {
    expect(hostileMismatches(classifyFirefox)).toEqual([]);
  });
});

describe('firefoxOffersOverride', () => {
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
    ['net::ERR_CERT_DATE_INVALID', undefined],
  ] as const)('%s → %s', (code, expected) => {
    expect(firefoxOffersOverride(code)).toBe(expected);
  });

  it('fits the kind of every code the tables know', () => {
    const codes = [...Object.keys(FIREFOX_SECURITY_ERRORS), ...Object.keys(FIREFOX_TLS_NETWORK_RESULTS)];
    expect(overrideMismatches(codes, classifyFirefox, firefoxOffersOverride)).toEqual([]);
  });

  it('never throws on hostile input', () => {
    for (const raw of ['', '<script>', 'x'.repeat(65536), '__proto__', 'constructor', 42 as unknown as string]) {
      expect(firefoxOffersOverride(raw)).toBeUndefined();
    }
  });
});
