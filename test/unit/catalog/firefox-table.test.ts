// Every row of firefox-errors.tsv against a reviewed expectation written out here, apart from
// the catalog's own table: by name, by webNavigation "Error code N", wrapped in
// NS_ERROR_GENERATE_FAILURE, by en-US message text, and its override column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserOffersOverride, classify } from '../../../src/core/catalog';
import type { FailureKind } from '../../../src/core/kinds';

const TSV = new URL('../../fixtures/shared-data/firefox-errors.tsv', import.meta.url);
const rows = readFileSync(TSV, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [name = '', code = '', , overridable = '', , message = ''] = line.split('\t');
    return { name, code: Number(code), overridable, message };
  });

// Not one of these rows may be not-tls: every row of this file is a TLS or certificate error.
const EXPECTED: Record<Exclude<FailureKind, 'not-tls'>, string[]> = {
  'protocol-mismatch': [
    'SSL_ERROR_EXPORT_ONLY_SERVER', 'SSL_ERROR_US_ONLY_SERVER', 'SSL_ERROR_NO_CYPHER_OVERLAP',
    'SSL_ERROR_UNSUPPORTED_VERSION', 'SSL_ERROR_SSL2_DISABLED', 'SSL_ERROR_SSL_DISABLED',
    'SSL_ERROR_NO_CIPHERS_SUPPORTED', 'SSL_ERROR_NO_SERVER_KEY_FOR_ALG', 'SSL_ERROR_NO_COMPRESSION_OVERLAP',
    'SSL_ERROR_EXPORT_RESTRICTION_ALERT', 'SSL_ERROR_PROTOCOL_VERSION_ALERT',
    'SSL_ERROR_INSUFFICIENT_SECURITY_ALERT', 'SSL_ERROR_UNSAFE_NEGOTIATION',
    'SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY', 'SSL_ERROR_INVALID_VERSION_RANGE',
    'SSL_ERROR_UNSUPPORTED_HASH_ALGORITHM', 'SSL_ERROR_NEXT_PROTOCOL_NO_PROTOCOL',
    'SSL_ERROR_NO_SUPPORTED_SIGNATURE_ALGORITHM', 'SSL_ERROR_UNSUPPORTED_SIGNATURE_ALGORITHM',
    'SSL_ERROR_KEY_EXCHANGE_FAILURE',
  ],
  'client-cert': [
    'SSL_ERROR_NO_CERTIFICATE', 'SSL_ERROR_WRONG_CERTIFICATE', 'SSL_ERROR_BAD_CERT_ALERT',
    'SSL_ERROR_REVOKED_CERT_ALERT', 'SSL_ERROR_EXPIRED_CERT_ALERT', 'SSL_ERROR_HANDSHAKE_FAILURE_ALERT',
    'SSL_ERROR_UNSUPPORTED_CERT_ALERT', 'SSL_ERROR_CERTIFICATE_UNKNOWN_ALERT', 'SSL_ERROR_SIGN_HASHES_FAILURE',
    'SSL_ERROR_TOKEN_INSERTION_REMOVAL', 'SSL_ERROR_TOKEN_SLOT_NOT_FOUND',
    'SSL_ERROR_NO_TRUSTED_SSL_CLIENT_CA', 'SSL_ERROR_UNKNOWN_CA_ALERT', 'SSL_ERROR_ACCESS_DENIED_ALERT',
    'SSL_ERROR_CERTIFICATE_UNOBTAINABLE_ALERT', 'SEC_ERROR_NO_KEY', 'SEC_ERROR_NO_TOKEN',
    'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT',
  ],
  'cert-invalid': [
    'SSL_ERROR_BAD_CERTIFICATE', 'SSL_ERROR_UNSUPPORTED_CERTIFICATE_TYPE',
    'SSL_ERROR_EXTRACT_PUBLIC_KEY_FAILURE', 'SSL_ERROR_CERT_KEA_MISMATCH',
    'SSL_ERROR_BAD_CERT_STATUS_RESPONSE_ALERT', 'SSL_ERROR_BAD_CERT_HASH_VALUE_ALERT',
    'SEC_ERROR_INVALID_TIME', 'SEC_ERROR_BAD_DER', 'SEC_ERROR_BAD_SIGNATURE', 'SEC_ERROR_BAD_KEY',
    'SEC_ERROR_CRL_EXPIRED', 'SEC_ERROR_CRL_BAD_SIGNATURE', 'SEC_ERROR_CRL_INVALID',
    'SEC_ERROR_EXTENSION_VALUE_INVALID', 'SEC_ERROR_EXTENSION_NOT_FOUND',
    'SEC_ERROR_PATH_LEN_CONSTRAINT_INVALID', 'SEC_ERROR_CERT_USAGES_INVALID', 'SEC_ERROR_INVALID_KEY',
    'SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION', 'SEC_ERROR_UNSUPPORTED_KEYALG', 'SEC_ERROR_INADEQUATE_KEY_USAGE',
    'SEC_ERROR_INADEQUATE_CERT_TYPE', 'SEC_ERROR_CERT_NOT_IN_NAME_SPACE', 'SEC_ERROR_CRL_NOT_YET_VALID',
    'SEC_ERROR_CERT_BAD_ACCESS_LOCATION', 'SEC_ERROR_OCSP_UNKNOWN_RESPONSE_TYPE',
    'SEC_ERROR_OCSP_BAD_HTTP_RESPONSE', 'SEC_ERROR_OCSP_MALFORMED_REQUEST', 'SEC_ERROR_OCSP_SERVER_ERROR',
    'SEC_ERROR_OCSP_TRY_SERVER_LATER', 'SEC_ERROR_OCSP_REQUEST_NEEDS_SIG',
    'SEC_ERROR_OCSP_UNAUTHORIZED_REQUEST', 'SEC_ERROR_OCSP_UNKNOWN_RESPONSE_STATUS',
    'SEC_ERROR_OCSP_UNKNOWN_CERT', 'SEC_ERROR_OCSP_MALFORMED_RESPONSE', 'SEC_ERROR_OCSP_UNAUTHORIZED_RESPONSE',
    'SEC_ERROR_OCSP_FUTURE_RESPONSE', 'SEC_ERROR_OCSP_OLD_RESPONSE', 'SEC_ERROR_EXTRA_INPUT',
    'SEC_ERROR_UNSUPPORTED_ELLIPTIC_CURVE', 'SEC_ERROR_UNSUPPORTED_EC_POINT_FORM',
    'SEC_ERROR_UNRECOGNIZED_OID', 'SEC_ERROR_OCSP_INVALID_SIGNING_CERT',
    'SEC_ERROR_OCSP_RESPONDER_CERT_INVALID', 'SEC_ERROR_OCSP_BAD_SIGNATURE', 'SEC_ERROR_OUT_OF_SEARCH_LIMITS',
    'SEC_ERROR_POLICY_VALIDATION_FAILED', 'SEC_ERROR_ALGORITHM_MISMATCH',
    'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', 'MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY',
    'MOZILLA_PKIX_ERROR_V1_CERT_USED_AS_CA', 'MOZILLA_PKIX_ERROR_SIGNATURE_ALGORITHM_MISMATCH',
    'MOZILLA_PKIX_ERROR_OCSP_RESPONSE_FOR_CERT_MISSING', 'MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG',
    'MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING', 'MOZILLA_PKIX_ERROR_INVALID_INTEGER_ENCODING',
    'MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME', 'MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY',
  ],
  'protocol-error': [
    'SSL_ERROR_BAD_CLIENT', 'SSL_ERROR_BAD_SERVER', 'SSL_ERROR_BAD_MAC_READ', 'SSL_ERROR_BAD_MAC_ALERT',
    'SSL_ERROR_UNKNOWN_CIPHER_SUITE', 'SSL_ERROR_BAD_BLOCK_PADDING', 'SSL_ERROR_RX_RECORD_TOO_LONG',
    'SSL_ERROR_TX_RECORD_TOO_LONG', 'SSL_ERROR_HANDSHAKE_UNEXPECTED_ALERT',
    'SSL_ERROR_DECOMPRESSION_FAILURE_ALERT', 'SSL_ERROR_ILLEGAL_PARAMETER_ALERT',
    'SSL_ERROR_SERVER_KEY_EXCHANGE_FAILURE', 'SSL_ERROR_CLIENT_KEY_EXCHANGE_FAILURE',
    'SSL_ERROR_BAD_HANDSHAKE_HASH_VALUE', 'SSL_ERROR_SESSION_NOT_FOUND', 'SSL_ERROR_DECRYPTION_FAILED_ALERT',
    'SSL_ERROR_RECORD_OVERFLOW_ALERT', 'SSL_ERROR_DECODE_ERROR_ALERT', 'SSL_ERROR_DECRYPT_ERROR_ALERT',
    'SSL_ERROR_INTERNAL_ERROR_ALERT', 'SSL_ERROR_NO_RENEGOTIATION_ALERT',
    'SSL_ERROR_UNSUPPORTED_EXTENSION_ALERT', 'SSL_ERROR_RX_UNEXPECTED_NEW_SESSION_TICKET',
    'SSL_ERROR_RX_MALFORMED_NEW_SESSION_TICKET', 'SSL_ERROR_DECOMPRESSION_FAILURE',
    'SSL_ERROR_RENEGOTIATION_NOT_ALLOWED', 'SSL_ERROR_RX_UNEXPECTED_UNCOMPRESSED_RECORD',
    'SSL_ERROR_NEXT_PROTOCOL_DATA_INVALID', 'SSL_ERROR_CIPHER_DISALLOWED_FOR_VERSION',
    'SSL_ERROR_RX_MALFORMED_HELLO_VERIFY_REQUEST', 'SSL_ERROR_RX_UNEXPECTED_HELLO_VERIFY_REQUEST',
    'SSL_ERROR_RX_UNEXPECTED_CERT_STATUS', 'SSL_ERROR_INCORRECT_SIGNATURE_ALGORITHM',
    'SSL_ERROR_MISSING_EXTENDED_MASTER_SECRET', 'SSL_ERROR_UNEXPECTED_EXTENDED_MASTER_SECRET',
    'SSL_ERROR_RX_MALFORMED_KEY_SHARE', 'SSL_ERROR_MISSING_KEY_SHARE',
    'SSL_ERROR_RX_MALFORMED_ECDHE_KEY_SHARE', 'SSL_ERROR_RX_MALFORMED_DHE_KEY_SHARE',
    'SSL_ERROR_RX_UNEXPECTED_ENCRYPTED_EXTENSIONS', 'SSL_ERROR_MISSING_EXTENSION_ALERT',
    'SSL_ERROR_EXTENSION_DISALLOWED_FOR_VERSION', 'SSL_ERROR_RX_MALFORMED_ENCRYPTED_EXTENSIONS',
    'SSL_ERROR_MALFORMED_PRE_SHARED_KEY', 'SSL_ERROR_MALFORMED_EARLY_DATA', 'SSL_ERROR_MISSING_ALPN_EXTENSION',
    'SSL_ERROR_RX_UNEXPECTED_EXTENSION', 'SSL_ERROR_MISSING_SUPPORTED_GROUPS_EXTENSION',
    'SSL_ERROR_TOO_MANY_RECORDS', 'SSL_ERROR_RX_UNEXPECTED_HELLO_RETRY_REQUEST',
    'SSL_ERROR_RX_MALFORMED_HELLO_RETRY_REQUEST', 'SSL_ERROR_BAD_2ND_CLIENT_HELLO',
    'SSL_ERROR_MISSING_SIGNATURE_ALGORITHMS_EXTENSION', 'SSL_ERROR_MALFORMED_PSK_KEY_EXCHANGE_MODES',
    'SSL_ERROR_MISSING_PSK_KEY_EXCHANGE_MODES', 'SSL_ERROR_TOO_MUCH_EARLY_DATA',
    'SSL_ERROR_RX_UNEXPECTED_END_OF_EARLY_DATA', 'SSL_ERROR_RX_MALFORMED_END_OF_EARLY_DATA',
    'SEC_ERROR_BAD_DATA', 'SSL_ERROR_RX_MALFORMED_HELLO_REQUEST', 'SSL_ERROR_RX_UNEXPECTED_HELLO_REQUEST',
    'SSL_ERROR_RX_MALFORMED_CLIENT_HELLO', 'SSL_ERROR_RX_UNEXPECTED_CLIENT_HELLO',
    'SSL_ERROR_RX_MALFORMED_SERVER_HELLO', 'SSL_ERROR_RX_UNEXPECTED_SERVER_HELLO',
    'SSL_ERROR_RX_MALFORMED_CERTIFICATE', 'SSL_ERROR_RX_UNEXPECTED_CERTIFICATE',
    'SSL_ERROR_RX_MALFORMED_SERVER_KEY_EXCH', 'SSL_ERROR_RX_UNEXPECTED_SERVER_KEY_EXCH',
    'SSL_ERROR_RX_MALFORMED_CERT_REQUEST', 'SSL_ERROR_RX_UNEXPECTED_CERT_REQUEST',
    'SSL_ERROR_RX_MALFORMED_HELLO_DONE', 'SSL_ERROR_RX_UNEXPECTED_HELLO_DONE',
    'SSL_ERROR_RX_MALFORMED_CERT_VERIFY', 'SSL_ERROR_RX_UNEXPECTED_CERT_VERIFY',
    'SSL_ERROR_RX_MALFORMED_CLIENT_KEY_EXCH', 'SSL_ERROR_RX_UNEXPECTED_CLIENT_KEY_EXCH',
    'SSL_ERROR_RX_MALFORMED_FINISHED', 'SSL_ERROR_RX_UNEXPECTED_FINISHED',
    'SSL_ERROR_RX_MALFORMED_CHANGE_CIPHER', 'SSL_ERROR_RX_UNEXPECTED_CHANGE_CIPHER',
    'SSL_ERROR_RX_MALFORMED_ALERT', 'SSL_ERROR_RX_UNEXPECTED_ALERT', 'SSL_ERROR_RX_MALFORMED_HANDSHAKE',
    'SSL_ERROR_RX_UNEXPECTED_HANDSHAKE', 'SSL_ERROR_RX_MALFORMED_APPLICATION_DATA',
    'SSL_ERROR_RX_UNEXPECTED_APPLICATION_DATA', 'SSL_ERROR_RX_UNKNOWN_RECORD_TYPE',
    'SSL_ERROR_RX_UNKNOWN_HANDSHAKE', 'SSL_ERROR_RX_UNKNOWN_ALERT',
  ],
  'cert-name': [
    'SSL_ERROR_BAD_CERT_DOMAIN', 'SSL_ERROR_UNRECOGNIZED_NAME_ALERT', 'MOZILLA_PKIX_ERROR_NO_RFC822NAME_MATCH',
  ],
  'handshake-interrupted': [
    'SSL_ERROR_CLOSE_NOTIFY_ALERT', 'SSL_ERROR_SOCKET_WRITE_FAILURE', 'SSL_ERROR_USER_CANCELED_ALERT',
  ],
  'tls-unknown': [
    'SSL_ERROR_GENERATE_RANDOM_FAILURE', 'SSL_ERROR_ENCRYPTION_FAILURE', 'SSL_ERROR_DECRYPTION_FAILURE',
    'SSL_ERROR_MD5_DIGEST_FAILURE', 'SSL_ERROR_SHA_DIGEST_FAILURE', 'SSL_ERROR_MAC_COMPUTATION_FAILURE',
    'SSL_ERROR_SYM_KEY_CONTEXT_FAILURE', 'SSL_ERROR_SYM_KEY_UNWRAP_FAILURE', 'SSL_ERROR_IV_PARAM_FAILURE',
    'SSL_ERROR_INIT_CIPHER_SUITE_FAILURE', 'SSL_ERROR_SESSION_KEY_GEN_FAILURE',
    'SSL_ERROR_HANDSHAKE_NOT_COMPLETED', 'SSL_ERROR_SERVER_CACHE_NOT_CONFIGURED',
    'SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_SERVERS', 'SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_CLIENTS',
    'SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_VERSION', 'SSL_ERROR_DIGEST_FAILURE',
    'SSL_ERROR_NEXT_PROTOCOL_NO_CALLBACK', 'SSL_ERROR_RX_SHORT_DTLS_READ', 'SEC_ERROR_IO',
    'SEC_ERROR_LIBRARY_FAILURE', 'SEC_ERROR_BAD_DATABASE', 'SEC_ERROR_READ_ONLY',
  ],
  'interception-detected': [
    'SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT', 'SSL_ERROR_DOWNGRADE_WITH_EARLY_DATA',
    'MOZILLA_PKIX_ERROR_MITM_DETECTED',
  ],
  'cert-weak': [
    'SSL_ERROR_WEAK_SERVER_CERT_KEY', 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED',
    'SEC_ERROR_SIGNATURE_ALGORITHM_DISABLED', 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE',
  ],
  'cert-date': [
    'SEC_ERROR_EXPIRED_CERTIFICATE', 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE',
    'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE',
  ],
  'cert-revoked': [
    'SEC_ERROR_REVOKED_CERTIFICATE', 'SEC_ERROR_REVOKED_KEY', 'SEC_ERROR_REVOKED_CERTIFICATE_CRL',
    'SEC_ERROR_REVOKED_CERTIFICATE_OCSP',
  ],
  'cert-untrusted': [
    'SEC_ERROR_UNKNOWN_ISSUER', 'SEC_ERROR_UNTRUSTED_ISSUER', 'SEC_ERROR_UNTRUSTED_CERT',
    'SEC_ERROR_CA_CERT_INVALID', 'MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED',
    'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED',
  ],
};

const expectedByName = new Map<string, FailureKind>();
for (const [kind, names] of Object.entries(EXPECTED) as [FailureKind, string[]][]) {
  for (const name of names) {
    if (expectedByName.has(name)) throw new Error(`${name} is listed twice in EXPECTED`);
    expectedByName.set(name, kind);
  }
}

const HTTPS = 'https://example.test/';
/** webNavigation's nsresult for a security-module code: 0x805A0000 + (-code). */
const errorCodeFor = (code: number) => `Error code ${0x805a0000 + -code}`;

/** The tsv's en-US text, or undefined where it only paraphrases (no real message to match). */
function realMessage(message: string): string | undefined {
  if (message.startsWith('[') || message.startsWith('(')) return undefined;
  // Annotations the tsv adds after the real text.
  return message.replace(/ \((obsolete|used for [^)]*)\)$/, '');
}

describe('firefox-errors.tsv, row by row', () => {
  it('has the rows this review covered (a new row must be reviewed here)', () => {
    expect(rows).toHaveLength(237);
    expect(new Set(rows.map((r) => r.name)).size).toBe(237);
    expect(new Set(rows.map((r) => r.code)).size).toBe(237);
    expect(expectedByName.size).toBe(237);
  });

  it.each(rows)('$name ($code) has its reviewed kind by name, code and wrapper', ({ name, code }) => {
    const expected = expectedByName.get(name);
    expect(expected, `${name} needs a reviewed kind in this test`).toBeDefined();
    expect(expected).not.toBe('not-tls');

    expect(classify(name, HTTPS)).toEqual({ kind: expected, errorCode: name, source: 'firefox-name' });
    // The same, whatever the URL: these codes only exist for TLS connections.
    expect(classify(name, 'http://example.test/').kind).toBe(expected);
    expect(classify(errorCodeFor(code), HTTPS)).toEqual({ kind: expected, errorCode: name, source: 'firefox-code' });
    expect(classify(`NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, ${name})`, HTTPS)).toEqual({
      kind: expected,
      errorCode: name,
      source: 'firefox-name',
    });
  });

  const withText = rows.flatMap((row) => {
    const message = realMessage(row.message);
    return message ? [{ ...row, message }] : [];
  });

  it('leaves only paraphrased rows without a message to match', () => {
    expect(withText.length).toBe(206);
  });

  it.each(withText)('en-US text of $name classifies to it', ({ name, message }) => {
    const expected = expectedByName.get(name);
    expect(classify(message, HTTPS)).toEqual({ kind: expected, errorCode: name, source: 'firefox-text' });
    // Firefox's real strings use a curly apostrophe; the tsv has straight ones.
    const curly = message.replace(/'/g, '\u2019');
    expect(classify(curly, HTTPS).errorCode).toBe(name);
    expect(classify(`  ${message.replace(/ /g, '  ')}\n`, HTTPS).errorCode).toBe(name);
  });

  it.each(rows)('override for $name follows the overridable column ($overridable)', ({ name, overridable }) => {
    // "yes? (newer Firefox; unverified)" rows (SELF_SIGNED_CERT, MITM_DETECTED) are in
    // NSSErrorsService::ErrorIsOverridable, so they count as yes.
    expect(browserOffersOverride(name)).toBe(overridable.startsWith('yes'));
  });
});

describe('messages Firefox has worded in more than one way', () => {
  it('matches the full text where the tsv keeps only the first sentence, and the reverse', () => {
    const full =
      'The server uses a certificate with a basic constraints extension identifying it as a certificate ' +
      'authority. For a properly-issued certificate, this should not be the case.';
    expect(classify(full, HTTPS).errorCode).toBe('MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY');
    const short = 'An X.509 version 1 certificate that is not a trust anchor was used to issue the server\u2019s certificate.';
    expect(classify(short, HTTPS).errorCode).toBe('MOZILLA_PKIX_ERROR_V1_CERT_USED_AS_CA');
  });

  it('does not guess when a fragment fits several messages', () => {
    // Both EXPORT_ONLY_SERVER and US_ONLY_SERVER begin with this sentence.
    expect(classify('Unable to communicate securely.', HTTPS)).toEqual({
      kind: 'tls-unknown',
      errorCode: '',
      source: 'unknown',
    });
  });
});
