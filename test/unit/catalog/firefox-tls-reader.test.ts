// The shipped Firefox background reads with readFirefoxTlsTokens, which carries no names for
// non-TLS results (src/core/catalog/classify.ts). It must decide every kind exactly as the full
// reader does; only a number outside the security module may lose its name.
import { describe, expect, it } from 'vitest';
import { classifierOf, readFirefoxTlsTokens, readFirefoxTokens } from '../../../src/core/catalog/classify';
import { securityResultFor } from '../../../src/core/catalog/firefox-error-code';
import { FIREFOX_NETWORK_RESULTS, FIREFOX_NON_TLS_RESULTS, FIREFOX_TLS_NETWORK_RESULTS } from '../../../src/core/catalog/firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from '../../../src/core/catalog/firefox-security-errors';

const full = classifierOf(readFirefoxTokens);
const tlsOnly = classifierOf(readFirefoxTlsTokens);
const URLS = ['https://site.test/', 'http://site.test/'];

const inputs: string[] = [
  ...Object.keys(FIREFOX_SECURITY_ERRORS),
  ...Object.values(FIREFOX_SECURITY_ERRORS).map((e) => `Error code ${securityResultFor(e.code)}`),
  ...Object.values(FIREFOX_SECURITY_ERRORS).map((e) => `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, ${-e.code})`),
  ...Object.keys(FIREFOX_NETWORK_RESULTS),
  ...Object.values(FIREFOX_NETWORK_RESULTS).map((e) => `Error code ${e.code}`),
  ...Object.values(FIREFOX_NETWORK_RESULTS).map((e) => `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_NETWORK, ${e.code & 0xffff})`),
  'Error code 2152398999',
  'Peer’s Certificate has expired.',
  'Das Zertifikat der Gegenstelle ist abgelaufen.',
];

describe('readFirefoxTlsTokens', () => {
  it('splits the network results into TLS and non-TLS without losing or doubling one', () => {
    const tls = Object.keys(FIREFOX_TLS_NETWORK_RESULTS);
    const other = Object.keys(FIREFOX_NON_TLS_RESULTS);
    expect(tls.filter((n) => other.includes(n))).toEqual([]);
    expect([...tls, ...other].sort()).toEqual(Object.keys(FIREFOX_NETWORK_RESULTS).sort());
    expect(Object.values(FIREFOX_NON_TLS_RESULTS).every((e) => e.kind === 'not-tls')).toBe(true);
    expect(Object.values(FIREFOX_TLS_NETWORK_RESULTS).every((e) => e.kind !== 'not-tls')).toBe(true);
  });

  it.each(URLS)('decides the same kind as the full reader for every known name and number (%s)', (url) => {
    expect(inputs.length).toBeGreaterThan(700);
    for (const raw of inputs) {
      const a = full(raw, url);
      const b = tlsOnly(raw, url);
      expect(b.kind, raw).toBe(a.kind);
      if (a.kind !== 'not-tls') expect(b, raw).toEqual(a);
    }
  });

  it('names non-TLS results only when they come as names', () => {
    expect(tlsOnly('NS_ERROR_CONNECTION_REFUSED', 'https://a.test/')).toEqual({ kind: 'not-tls', errorCode: 'NS_ERROR_CONNECTION_REFUSED', source: 'firefox-name' });
    expect(tlsOnly('Error code 2152398861', 'https://a.test/')).toEqual({ kind: 'not-tls', errorCode: '', source: 'firefox-code' });
    expect(full('Error code 2152398861', 'https://a.test/')).toEqual({ kind: 'not-tls', errorCode: 'NS_ERROR_CONNECTION_REFUSED', source: 'firefox-code' });
  });
});
