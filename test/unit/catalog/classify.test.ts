// classify() beyond the data tables: the https rule, the language-independent route for Firefox
// text, NS_ERROR_GENERATE_FAILURE wrappers, Firefox network-module codes, unknown tokens, and
// hostile input.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/catalog';
import { FAILURE_KINDS } from '../../../src/core/kinds';

const HTTPS = 'https://example.test/';
const HTTP = 'http://example.test/';
/** nsresult of network-module failure n, written out independently of the catalog: 0x804B0000 + n. */
const network = (n: number) => `Error code ${0x804b0000 + n}`;

describe('resets, closes and timeouts count only on https', () => {
  const interruptions = [
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_CONNECTION_ABORTED',
    'net::ERR_TIMED_OUT',
    'net::ERR_CONNECTION_TIMED_OUT',
    'NS_ERROR_NET_RESET',
    'NS_ERROR_NET_TIMEOUT',
    'NS_ERROR_NET_INTERRUPT',
    'PR_END_OF_FILE_ERROR',
    'PR_CONNECT_RESET_ERROR',
    network(20), // NS_ERROR_NET_RESET
    network(14), // NS_ERROR_NET_TIMEOUT
    network(71), // NS_ERROR_NET_INTERRUPT
  ];
  it.each(interruptions)('%s', (raw) => {
    expect(classify(raw, HTTPS).kind).toBe('handshake-interrupted');
    expect(classify(raw, 'HTTPS://EXAMPLE.TEST/').kind).toBe('handshake-interrupted');
    expect(classify(raw, HTTP).kind).toBe('not-tls');
    expect(classify(raw, 'ftp://example.test/').kind).toBe('not-tls');
    expect(classify(raw).kind).toBe('not-tls'); // no URL: cannot be sure it was TLS
    expect(classify(raw, HTTP).errorCode).toBe(classify(raw, HTTPS).errorCode); // the code is still named
  });

  it('ERR_EMPTY_RESPONSE comes after any handshake, so it is never a TLS failure', () => {
    expect(classify('net::ERR_EMPTY_RESPONSE', HTTPS).kind).toBe('not-tls');
  });
});

describe('failures that are never TLS', () => {
  it.each([
    'net::ERR_ABORTED',
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_CONNECTION_REFUSED',
    'net::ERR_INTERNET_DISCONNECTED',
    'NS_BINDING_ABORTED',
    'NS_ERROR_ABORT',
    'NS_ERROR_UNKNOWN_HOST',
    'NS_ERROR_CONNECTION_REFUSED',
    'NS_ERROR_OFFLINE',
    'NS_ERROR_PROXY_CONNECTION_REFUSED',
    'NS_ERROR_NET_PARTIAL_TRANSFER',
  ])('%s on https', (raw) => {
    expect(classify(raw, HTTPS).kind).toBe('not-tls');
  });
});

describe('Firefox webNavigation "Error code N"', () => {
  it.each([
    [network(2), 'NS_BINDING_ABORTED'],
    [network(13), 'NS_ERROR_CONNECTION_REFUSED'],
    [network(16), 'NS_ERROR_OFFLINE'],
    [network(30), 'NS_ERROR_UNKNOWN_HOST'],
    [network(72), 'NS_ERROR_PROXY_CONNECTION_REFUSED'],
    [network(76), 'NS_ERROR_NET_PARTIAL_TRANSFER'],
    ['Error code 2147500036', 'NS_ERROR_ABORT'], // 0x80004004
    ['Error code 2152398861', 'NS_ERROR_CONNECTION_REFUSED'],
  ])('%s is %s and not-tls', (raw, name) => {
    expect(classify(raw, HTTPS)).toEqual({ kind: 'not-tls', errorCode: name, source: 'firefox-code' });
  });

  it('decodes the security module: 2153390069 → -8181', () => {
    expect(classify('Error code 2153390069', HTTPS)).toEqual({
      kind: 'cert-date',
      errorCode: 'SEC_ERROR_EXPIRED_CERTIFICATE',
      source: 'firefox-code',
    });
    expect(classify('Error code 0x805A1FF5', HTTPS).errorCode).toBe('SEC_ERROR_EXPIRED_CERTIFICATE');
    expect(classify(`Error code ${0x805a0000 + 5938}`, HTTPS).errorCode).toBe('PR_END_OF_FILE_ERROR');
  });

  it('an unknown security-module code is still a TLS failure; an unknown other code is not', () => {
    expect(classify(`Error code ${0x805a0000 + 12001}`, HTTPS)).toEqual({
      kind: 'tls-unknown',
      errorCode: '',
      source: 'firefox-code',
    });
    expect(classify(network(999), HTTPS)).toEqual({ kind: 'not-tls', errorCode: '', source: 'firefox-code' });
    expect(classify('Error code 99999999999', HTTPS).kind).toBe('not-tls'); // beyond 32 bits
  });
});

describe('NS_ERROR_GENERATE_FAILURE wrappers', () => {
  it('extracts the inner name (measured: TLS 1.3 server requiring a client certificate)', () => {
    const raw = 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT)';
    expect(classify(raw, HTTPS)).toEqual({
      kind: 'client-cert',
      errorCode: 'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT',
      source: 'firefox-name',
    });
  });

  it('accepts other spacing and a numeric inner code', () => {
    expect(classify('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY,SSL_ERROR_BAD_CERT_DOMAIN)', HTTPS).kind).toBe(
      'cert-name',
    );
    expect(classify('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, 8181)', HTTPS).errorCode).toBe(
      'SEC_ERROR_EXPIRED_CERTIFICATE',
    );
    expect(classify('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_NETWORK, 20)', HTTPS)).toEqual({
      kind: 'handshake-interrupted',
      errorCode: 'NS_ERROR_NET_RESET',
      source: 'firefox-name',
    });
  });

  it('an unknown name from the security module is an unnamed TLS failure', () => {
    const raw = 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_ECH_REQUIRED_ALERT)';
    expect(classify(raw, HTTPS)).toEqual({
      kind: 'tls-unknown',
      errorCode: 'SSL_ERROR_ECH_REQUIRED_ALERT',
      source: 'firefox-name',
    });
    expect(classify('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, PR_SOMETHING_ERROR)', HTTP).kind).toBe(
      'tls-unknown',
    );
    expect(classify('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_DOM, 12)', HTTPS).kind).toBe('not-tls');
  });
});

describe('Firefox text in other UI languages (the language-independent route)', () => {
  const german = 'Das Zertifikat der Gegenstelle ist abgelaufen.';

  it('unknown text on https is an honest tls-unknown, with no code', () => {
    expect(classify(german, HTTPS)).toEqual({ kind: 'tls-unknown', errorCode: '', source: 'unknown' });
  });

  it('the same text on a non-https URL cannot be a TLS failure', () => {
    expect(classify(german, HTTP)).toEqual({ kind: 'not-tls', errorCode: '', source: 'unknown' });
    expect(classify(german)).toEqual({ kind: 'not-tls', errorCode: '', source: 'unknown' });
  });

  it('English text (also what the Japanese language pack shows) is matched to its name', () => {
    expect(classify('Peer’s Certificate has expired.', HTTPS)).toEqual({
      kind: 'cert-date',
      errorCode: 'SEC_ERROR_EXPIRED_CERTIFICATE',
      source: 'firefox-text',
    });
    expect(classify("peer's certificate HAS expired.", HTTPS).errorCode).toBe('SEC_ERROR_EXPIRED_CERTIFICATE');
  });
});

describe('unknown tokens', () => {
  it('a new Chromium name outside the TLS families is not-tls; a new SSL/CERT one is tls-unknown', () => {
    expect(classify('net::ERR_SOMETHING_NEW', HTTPS)).toEqual({
      kind: 'not-tls',
      errorCode: 'net::ERR_SOMETHING_NEW',
      source: 'chromium',
    });
    expect(classify('net::ERR_SSL_SOMETHING_NEW', HTTPS).kind).toBe('tls-unknown');
    expect(classify('net::ERR_CERT_SOMETHING_NEW', HTTP).kind).toBe('tls-unknown');
  });

  it('a new Firefox NS_ERROR name is not-tls; a new NSS name is tls-unknown', () => {
    expect(classify('NS_ERROR_SOMETHING_NEW', HTTPS)).toEqual({
      kind: 'not-tls',
      errorCode: 'NS_ERROR_SOMETHING_NEW',
      source: 'firefox-name',
    });
    expect(classify('SSL_ERROR_SOMETHING_NEW', HTTPS)).toEqual({
      kind: 'tls-unknown',
      errorCode: 'SSL_ERROR_SOMETHING_NEW',
      source: 'firefox-name',
    });
    expect(classify('MOZILLA_PKIX_ERROR_SOMETHING_NEW', HTTPS).kind).toBe('tls-unknown');
  });
});

describe('hostile input never throws and classifies safely', () => {
  const big = 64 * 1024;
  const hostile: [string, unknown][] = [
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['markup', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
    ['markup around a code', '<b>net::ERR_CERT_DATE_INVALID</b>'],
    ['64 KB of text', 'a'.repeat(big)],
    ['64 KB token', `net::ERR_${'A'.repeat(big)}`],
    ['64 KB error code', `Error code ${'9'.repeat(big)}`],
    ['64 KB wrapper', `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, ${'A'.repeat(big)})`],
    ['64 KB of spaces', ' '.repeat(big)],
    ['regex bait', `${'Error code '.repeat(5000)}x`],
    ['prototype keys', '__proto__'],
    ['constructor', 'constructor'],
    ['prototype key as a token', 'ERR___PROTO__'],
    ['hasOwnProperty', 'net::ERR_hasOwnProperty'],
    ['NUL and control characters', '\u0000\u0001SEC_ERROR_EXPIRED_CERTIFICATE\u0007'],
    ['lone surrogates', '\ud800\udfff\ud800'],
    ['not a string at runtime', 42],
    ['null at runtime', null],
    ['object at runtime', { toString: () => 'net::ERR_CERT_DATE_INVALID' }],
  ];

  it.each(hostile)('%s', (_label, raw) => {
    for (const url of [HTTPS, HTTP, undefined, '<script>', 'x'.repeat(big)]) {
      const started = performance.now();
      const result = classify(raw as string, url);
      expect(performance.now() - started).toBeLessThan(250);
      expect(FAILURE_KINDS).toContain(result.kind);
      expect(typeof result.errorCode).toBe('string');
      expect(result.errorCode).toMatch(/^(?:net::)?[A-Za-z0-9_]{0,120}$/); // never markup or huge text
    }
  });

  it('empty input is not-tls with no code', () => {
    expect(classify('', HTTPS)).toEqual({ kind: 'not-tls', errorCode: '', source: 'unknown' });
  });

  it('oversized input stays out of the way even on https', () => {
    expect(classify('a'.repeat(big), HTTPS).kind).toBe('not-tls');
  });

  it('markup on https is unrecognized text: tls-unknown with no code (surfaces show it as text)', () => {
    expect(classify('<b>net::ERR_CERT_DATE_INVALID</b>', HTTPS)).toEqual({
      kind: 'tls-unknown',
      errorCode: '',
      source: 'unknown',
    });
  });
});
