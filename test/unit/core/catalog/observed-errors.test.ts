// What real browsers reported against local faulty servers (observed-errors.tsv): each Firefox
// "Error code N" decodes to the name measured for it, webRequest's report names it when it is a
// token and reads as an unnamed TLS failure when it is message text, and every case gets the kind
// a reviewer expects for it.
import { describe, expect, it } from 'vitest';
import { classifyChromium } from '../../../../src/core/catalog/chromium';
import { classifyFirefox } from '../../../../src/core/catalog/firefox';
import type { Classification } from '../../../../src/core/catalog/classification';
import type { FailureKind } from '../../../../src/core/kinds';
import { tsvRows, classified } from './classifier-checks';

const cases = tsvRows('observed-errors.tsv').map(
  ([name = '', fault = '', chromium = '', firefoxName = '', webNavigation = '', webRequest = '']) => {
    return {
      name,
      fault,
      // "net::ERR_BAD_SSL_CLIENT_AUTH_CERT or net::ERR_SOCKET_NOT_CONNECTED (varies run to run)"
      chromium: chromium.match(/net::ERR_[A-Z0-9_]+/g) ?? [],
      // "NS_ERROR_NET_TIMEOUT (after ~28 s, not always)"; "(not measured)" → ''
      firefoxName: /^[A-Z][A-Z0-9_]+/.exec(firefoxName)?.[0] ?? '',
      webNavigation,
      webRequest,
    };
  },
);

const HTTPS = 'https://faulty.test:8443/';

// The reviewed kind per case, per browser report. Chromium's client-certificate failure sometimes
// comes as ERR_SOCKET_NOT_CONNECTED, which by itself only says the connection dropped.
const EXPECTED: Record<string, { firefox?: FailureKind; chromium: Record<string, FailureKind> }> = {
  expired: { firefox: 'cert-date', chromium: { 'net::ERR_CERT_DATE_INVALID': 'cert-date' } },
  'not-yet-valid': { firefox: 'cert-date', chromium: { 'net::ERR_CERT_DATE_INVALID': 'cert-date' } },
  'self-signed': { firefox: 'cert-untrusted', chromium: { 'net::ERR_CERT_AUTHORITY_INVALID': 'cert-untrusted' } },
  'untrusted-root': { firefox: 'cert-untrusted', chromium: { 'net::ERR_CERT_AUTHORITY_INVALID': 'cert-untrusted' } },
  'wrong-host': { firefox: 'cert-name', chromium: { 'net::ERR_CERT_COMMON_NAME_INVALID': 'cert-name' } },
  'tls-1.0-1.1-only': {
    firefox: 'protocol-mismatch',
    chromium: { 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH': 'protocol-mismatch' },
  },
  'dhe-only': { firefox: 'protocol-mismatch', chromium: { 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH': 'protocol-mismatch' } },
  'rsa-kex-only': { chromium: {} }, // loads in Chromium 156; not measured in Firefox
  'client-cert-tls13': {
    firefox: 'client-cert',
    chromium: { 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT': 'client-cert', 'net::ERR_SOCKET_NOT_CONNECTED': 'handshake-interrupted' },
  },
  'client-cert-tls12': {
    firefox: 'client-cert', // SSL_ERROR_HANDSHAKE_FAILURE_ALERT after ServerHello
    chromium: { 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT': 'client-cert', 'net::ERR_SOCKET_NOT_CONNECTED': 'handshake-interrupted' },
  },
  'tcp-reset': { firefox: 'handshake-interrupted', chromium: { 'net::ERR_CONNECTION_RESET': 'handshake-interrupted' } },
  stall: { firefox: 'handshake-interrupted', chromium: { 'net::ERR_TIMED_OUT': 'handshake-interrupted' } },
  'plain-http': { firefox: 'protocol-error', chromium: { 'net::ERR_SSL_PROTOCOL_ERROR': 'protocol-error' } },
  refused: { firefox: 'not-tls', chromium: { 'net::ERR_CONNECTION_REFUSED': 'not-tls' } },
  'clock-behind': { chromium: { 'net::ERR_CERT_DATE_INVALID': 'cert-date' } }, // Firefox not measured
};

describe('observed-errors.tsv', () => {
  it('has the cases this review covered', () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const firefoxCases = cases.filter((c) => c.webNavigation);
  it('measured Firefox in 13 cases', () => expect(firefoxCases).toHaveLength(13));

  /** What differs between a classification and the wanted one, as text, or nothing. */
  const differs = (raw: string, got: Classification, wanted: Classification): string[] =>
    got.kind === wanted.kind && got.errorCode === wanted.errorCode && got.source === wanted.source
      ? []
      : [`${raw}: ${got.kind} ${got.errorCode} from ${got.source}; expected ${wanted.kind} ${wanted.errorCode} from ${wanted.source}`];

  it('Firefox webNavigation codes decode to the measured name and the reviewed kind', () => {
    const mismatches = firefoxCases.flatMap((c) => {
      const kind = EXPECTED[c.name]?.firefox ?? 'tls-unknown';
      // Only TLS results are named: the Firefox background drops the others unread.
      const errorCode = kind === 'not-tls' ? '' : c.firefoxName;
      return differs(c.webNavigation, classifyFirefox(c.webNavigation, HTTPS), { kind, errorCode, source: 'firefox-code' });
    });
    expect(mismatches).toEqual([]);
  });

  /** An NS_ERROR_* name, bare or wrapped in NS_ERROR_GENERATE_FAILURE(...), not message text. */
  const isToken = (report: string) => /^[A-Z][A-Z0-9_]+(\(.*\))?$/.test(report);

  it('Firefox webRequest reports name the measured failure when they are tokens, and nothing when text', () => {
    const mismatches = firefoxCases.flatMap((c) => {
      const wanted: Classification = isToken(c.webRequest)
        ? { kind: EXPECTED[c.name]?.firefox ?? 'tls-unknown', errorCode: c.firefoxName, source: 'firefox-name' }
        : { kind: 'tls-unknown', errorCode: '', source: 'unknown' };
      return differs(c.webRequest, classifyFirefox(c.webRequest, HTTPS), wanted);
    });
    expect(mismatches).toEqual([]);
    expect(firefoxCases.filter((c) => !isToken(c.webRequest))).toHaveLength(9);
  });

  it('Chromium reports classify as reviewed', () => {
    const mismatches = cases
      .filter((c) => c.chromium.length)
      .flatMap((c) => {
        const expected = EXPECTED[c.name]?.chromium ?? {};
        const listed =
          Object.keys(expected).sort().join(', ') === [...c.chromium].sort().join(', ')
            ? []
            : [`${c.name}: reports ${c.chromium.join(', ')}, reviewed ${Object.keys(expected).join(', ')}`];
        return [
          ...listed,
          ...c.chromium.flatMap((raw) =>
            differs(raw, classifyChromium(raw, HTTPS), { kind: expected[raw] ?? 'tls-unknown', errorCode: raw, source: 'chromium' }),
          ),
        ];
      });
    expect(mismatches).toEqual([]);
  });

  it('the same reset or timeout on a plain-http URL is not a TLS failure', () => {
    for (const raw of ['net::ERR_CONNECTION_RESET', 'net::ERR_TIMED_OUT']) {
      expect(classifyChromium(raw, 'http://faulty.test:8080/').kind, raw).toBe('not-tls');
    }
    for (const raw of ['NS_ERROR_NET_RESET', 'NS_ERROR_NET_TIMEOUT']) {
      expect(classifyFirefox(raw, 'http://faulty.test:8080/').kind, raw).toBe('not-tls');
    }
    expect(classifyFirefox('Error code 2152398868', 'http://faulty.test:8080/')).toEqual(
      classified('not-tls', 'NS_ERROR_NET_RESET', 'firefox-code'),
    );
  });
});
