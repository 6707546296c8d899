// Every row of chrome-net-errors.tsv against a reviewed expectation written out here, apart from
// the catalog's own table (chromium-net-errors.ts), so a catch-all implementation cannot pass.
import { describe, expect, it } from 'vitest';
import { classifyChromium } from '../../../../src/core/catalog/chromium';
import { CHROMIUM_NET_ERRORS } from '../../../../src/core/catalog/chromium-net-errors';
import type { FailureKind } from '../../../../src/core/kinds';
import { kindByName, tsvRows, classified } from './classifier-checks';

const rows = tsvRows('chrome-net-errors.tsv').map(([rawName = '', code = '']) => {
  // "(removed) SSL_WEAK_SERVER_EPHEMERAL_DH_KEY" was reported as net::ERR_SSL_WEAK_SERVER_EPHEMERAL_DH_KEY.
  const bare = rawName.replace(/^\((removed|available|renumbered)\) /, '');
  return { rawName, name: bare.startsWith('ERR_') ? bare : `ERR_${bare}`, code: Number(code) };
});

/** Rows in the SSL (-100..-184) or certificate (-200..-219) range. */
const inTlsRange = (code: number) => (code <= -100 && code >= -184) || (code <= -200 && code >= -219);

// 'interrupted-on-https': handshake-interrupted for https URLs, not-tls anywhere else.
type Expected = FailureKind | 'interrupted-on-https';

// Generic connection errors inside the SSL range that are not TLS failures: DNS, refused,
// proxies, socket plumbing, WebSocket. Reviewed row by row; everything else in range is TLS.
const GENERIC_IN_SSL_RANGE = [
  'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_FAILED',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_ADDRESS_INVALID',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_TUNNEL_CONNECTION_FAILED',
  'ERR_PROXY_AUTH_UNSUPPORTED',
  'ERR_HOST_RESOLVER_QUEUE_TOO_LARGE',
  'ERR_SOCKS_CONNECTION_FAILED',
  'ERR_SOCKS_CONNECTION_HOST_UNREACHABLE',
  'ERR_WINSOCK_UNEXPECTED_WRITTEN_BYTES',
  'ERR_PROXY_AUTH_REQUESTED',
  'ERR_PROXY_CONNECTION_FAILED',
  'ERR_MANDATORY_PROXY_CONFIGURATION_FAILED',
  'ERR_PRECONNECT_MAX_SOCKET_LIMIT',
  'ERR_NAME_RESOLUTION_FAILED',
  'ERR_NETWORK_ACCESS_DENIED',
  'ERR_TEMPORARILY_THROTTLED',
  'ERR_HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT',
  'ERR_MSG_TOO_BIG',
  'ERR_WS_PROTOCOL_ERROR',
  'ERR_ADDRESS_IN_USE',
  'ERR_WS_THROTTLE_QUEUE_TOO_LARGE',
  'ERR_SOCKET_SET_RECEIVE_BUFFER_SIZE_ERROR',
  'ERR_SOCKET_SET_SEND_BUFFER_SIZE_ERROR',
  'ERR_SOCKET_RECEIVE_BUFFER_SIZE_UNCHANGEABLE',
  'ERR_SOCKET_SEND_BUFFER_SIZE_UNCHANGEABLE',
  'ERR_ICANN_NAME_COLLISION',
  'ERR_UNABLE_TO_REUSE_CONNECTION_FOR_PROXY_AUTH',
  'ERR_WS_UPGRADE',
  'ERR_READ_IF_READY_NOT_IMPLEMENTED',
  'ERR_NO_BUFFER_SPACE',
];

const EXPECTED: Record<Expected, string[]> = {
  'interrupted-on-https': ['ERR_CONNECTION_CLOSED', 'ERR_CONNECTION_RESET', 'ERR_CONNECTION_ABORTED', 'ERR_CONNECTION_TIMED_OUT'],
  'not-tls': [
    ...GENERIC_IN_SSL_RANGE,
    // Outside the TLS ranges.
    'ERR_EMPTY_RESPONSE', // an HTTP-level failure: any handshake had completed
    'ERR_NO_PRIVATE_KEY_FOR_CERT',
    'ERR_ADD_USER_CERT_FAILED',
    'ERR_PKCS12_IMPORT_BAD_PASSWORD',
    'ERR_PKCS12_IMPORT_FAILED',
    'ERR_IMPORT_CA_CERT_NOT_CA',
    'ERR_IMPORT_CERT_ALREADY_EXISTS',
    'ERR_IMPORT_CA_CERT_FAILED',
    'ERR_IMPORT_SERVER_CERT_FAILED',
    'ERR_PKCS12_IMPORT_INVALID_MAC',
    'ERR_PKCS12_IMPORT_INVALID_FILE',
    'ERR_PKCS12_IMPORT_UNSUPPORTED',
    'ERR_KEY_GENERATION_FAILED',
    'ERR_PRIVATE_KEY_EXPORT_FAILED',
    'ERR_SELF_SIGNED_CERT_GENERATION_FAILED',
    'ERR_CERT_DATABASE_CHANGED',
    'ERR_CERT_VERIFIER_CHANGED',
  ],
  'protocol-error': [
    'ERR_SSL_PROTOCOL_ERROR',
    'ERR_SSL_RENEGOTIATION_REQUESTED',
    'ERR_SSL_NO_RENEGOTIATION',
    'ERR_SSL_DECOMPRESSION_FAILURE_ALERT',
    'ERR_SSL_BAD_RECORD_MAC_ALERT',
    'ERR_SSL_BAD_PEER_PUBLIC_KEY',
    'ERR_SSL_DECRYPT_ERROR_ALERT',
    'ERR_SSL_SERVER_CERT_CHANGED',
    'ERR_EARLY_DATA_REJECTED',
    'ERR_WRONG_VERSION_ON_EARLY_DATA',
    'ERR_INVALID_ECH_CONFIG_LIST',
    'ERR_ECH_NOT_NEGOTIATED',
    'ERR_QUIC_PROTOCOL_ERROR',
  ],
  'client-cert': [
    'ERR_SSL_CLIENT_AUTH_CERT_NEEDED',
    'ERR_BAD_SSL_CLIENT_AUTH_CERT',
    'ERR_SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED',
    'ERR_SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY',
    'ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED',
    'ERR_CLIENT_AUTH_CERT_TYPE_UNSUPPORTED',
    'ERR_SSL_CLIENT_AUTH_CERT_BAD_FORMAT',
    'ERR_SSL_CLIENT_AUTH_NO_COMMON_ALGORITHMS',
  ],
  'protocol-mismatch': [
    'ERR_NO_SSL_VERSIONS_ENABLED',
    'ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    'ERR_ALPN_NEGOTIATION_FAILED',
    'ERR_SSL_WEAK_SERVER_EPHEMERAL_DH_KEY',
    'ERR_SSL_FALLBACK_BEYOND_MINIMUM_VERSION',
    'ERR_SSL_OBSOLETE_CIPHER',
    'ERR_SSL_OBSOLETE_VERSION',
    'ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY',
  ],
  'cert-invalid': [
    'ERR_CERT_ERROR_IN_SSL_RENEGOTIATION',
    'ERR_PROXY_CERTIFICATE_INVALID',
    'ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN',
    'ERR_CT_NO_SCTS_VERIFIED_OK',
    'ERR_SSL_SERVER_CERT_BAD_FORMAT',
    'ERR_CT_STH_PARSING_FAILED',
    'ERR_CT_STH_INCOMPLETE',
    'ERR_CT_CONSISTENCY_PROOF_PARSING_FAILED',
    'ERR_SSL_KEY_USAGE_INCOMPATIBLE',
    'ERR_ECH_FALLBACK_CERTIFICATE_INVALID',
    'ERR_CERT_CONTAINS_ERRORS',
    'ERR_CERT_NO_REVOCATION_MECHANISM',
    'ERR_CERT_UNABLE_TO_CHECK_REVOCATION',
    'ERR_CERT_INVALID',
    'ERR_CERT_NOT_IN_DNS',
    'ERR_CERT_NAME_CONSTRAINT_VIOLATION',
    'ERR_CERT_VALIDITY_TOO_LONG',
    'ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
  ],
  'interception-detected': [
    'ERR_ESET_ANTI_VIRUS_SSL_INTERCEPTION',
    'ERR_SSL_INAPPROPRIATE_FALLBACK',
    'ERR_SSL_VERSION_INTERFERENCE',
    'ERR_TLS13_DOWNGRADE_DETECTED',
    'ERR_CERT_KNOWN_INTERCEPTION_BLOCKED',
  ],
  'handshake-interrupted': ['ERR_SSL_HANDSHAKE_NOT_COMPLETED'],
  'cert-name': ['ERR_SSL_UNRECOGNIZED_NAME_ALERT', 'ERR_CERT_COMMON_NAME_INVALID', 'ERR_CERT_NON_UNIQUE_NAME'],
  'cert-date': ['ERR_CERT_DATE_INVALID'],
  'cert-untrusted': ['ERR_CERT_AUTHORITY_INVALID', 'ERR_CERT_SYMANTEC_LEGACY', 'ERR_QUIC_CERT_ROOT_NOT_KNOWN'],
  'cert-revoked': ['ERR_CERT_REVOKED'],
  'cert-weak': ['ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'ERR_CERT_WEAK_KEY'],
  'tls-unknown': ['ERR_CERT_END', 'ERR_QUIC_HANDSHAKE_FAILED', 'ERR_INSECURE_RESPONSE'],
};

const expectedByName = kindByName(EXPECTED);

const HTTPS = 'https://example.test/';
const HTTP = 'http://example.test/';

describe('chrome-net-errors.tsv, row by row', () => {
  it('has the rows this review covered (a new row must be reviewed here)', () => {
    expect(rows).toHaveLength(121);
    // Same name twice: ERR_QUIC_CERT_ROOT_NOT_KNOWN at -216 (renumbered) and -380.
    expect(new Set(rows.map((r) => r.name)).size).toBe(120);
    expect(expectedByName.size).toBe(120);
  });

  it('classifies every row to its reviewed kind', () => {
    const mismatches = rows.flatMap(({ rawName, name, code }) => {
      const expected = expectedByName.get(name);
      if (!expected) return [`${rawName}: needs a reviewed kind in this test`];
      const overHttps = classifyChromium(`net::${name}`, HTTPS);
      const overHttp = classifyChromium(`net::${name}`, HTTP);
      // TLS-specific codes do not depend on the URL; resets, closes and timeouts count only on https.
      const wanted =
        expected === 'interrupted-on-https' ? { https: 'handshake-interrupted', http: 'not-tls' } : { https: expected, http: expected };
      const found: string[] = [];
      if (overHttps.errorCode !== `net::${name}` || overHttps.source !== 'chromium')
        found.push(`${rawName}: read as ${overHttps.errorCode} from ${overHttps.source}`);
      if (overHttps.kind !== wanted.https || overHttp.kind !== wanted.http) {
        found.push(`${rawName}: ${overHttps.kind} on https, ${overHttp.kind} on http; reviewed ${wanted.https}, ${wanted.http}`);
      }
      if (inTlsRange(code) && !GENERIC_IN_SSL_RANGE.includes(name) && overHttps.kind === 'not-tls')
        found.push(`${rawName}: not-tls in a TLS range`);
      return found;
    });
    expect(mismatches).toEqual([]);
  });

  it('every generic connection error listed is really in the SSL range', () => {
    for (const name of GENERIC_IN_SSL_RANGE) {
      const row = rows.find((r) => r.name === name);
      expect(row && row.code <= -100 && row.code >= -184, name).toBe(true);
    }
  });

  it('accepts the name without the net:: prefix and returns it with the prefix', () => {
    expect(classifyChromium('ERR_CERT_DATE_INVALID', HTTPS)).toEqual(classified('cert-date', 'net::ERR_CERT_DATE_INVALID', 'chromium'));
    expect(classifyChromium('  net::ERR_SSL_PROTOCOL_ERROR\n', HTTPS).kind).toBe('protocol-error');
    expect(classifyChromium('NET::ERR_CERT_AUTHORITY_INVALID', HTTPS).errorCode).toBe('net::ERR_CERT_AUTHORITY_INVALID');
  });
});

describe('retired codes (as of Chromium 156)', () => {
  const retired = (name: string) => CHROMIUM_NET_ERRORS[name]?.retired;

  it('marks the codes Chromium 156 no longer has, and still classifies them for older browsers', () => {
    for (const name of [
      'ERR_CERT_SYMANTEC_LEGACY',
      'ERR_SSL_VERSION_INTERFERENCE',
      'ERR_SSL_OBSOLETE_VERSION',
      'ERR_SSL_OBSOLETE_VERSION_OR_CIPHER',
    ]) {
      expect(retired(name), name).toBe('removed');
      expect(classifyChromium(`net::${name}`, HTTPS).kind, name).not.toBe('not-tls');
    }
  });

  it('leaves the codes Chromium 156 still reports unmarked', () => {
    for (const name of [
      'ERR_TLS13_DOWNGRADE_DETECTED',
      'ERR_SSL_KEY_USAGE_INCOMPATIBLE',
      'ERR_CERT_KNOWN_INTERCEPTION_BLOCKED',
      'ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
      'ERR_ECH_NOT_NEGOTIATED',
      'ERR_QUIC_CERT_ROOT_NOT_KNOWN',
    ]) {
      expect(retired(name), name).toBeUndefined();
    }
  });
});
