// Extra explanation for specific codes, where the code tells the person more than its kind does
// (expired vs not yet valid, self-signed, SHA-1, HSTS, pinning, plain HTTP on the https port…).
// Keys are normalized error codes as classify() returns them; values name a message in
// src/locales/<lang>/catalog.json (`code_<note>`). Grouped by note, so one wording serves every
// code that means the same thing in either browser.
const NOTES: Readonly<Record<string, readonly string[]>> = {
  // Dates. Chromium cannot tell expired from not-yet-valid; Firefox can.
  expired: ['SEC_ERROR_EXPIRED_CERTIFICATE'],
  not_yet_valid: ['MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE'],
  issuer_expired: ['SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE'],
  issuer_not_yet_valid: ['MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE'],
  date_invalid: ['net::ERR_CERT_DATE_INVALID'],
  revocation_data_date: [
    'SEC_ERROR_OCSP_FUTURE_RESPONSE',
    'SEC_ERROR_OCSP_OLD_RESPONSE',
    'SEC_ERROR_CRL_EXPIRED',
    'SEC_ERROR_CRL_NOT_YET_VALID',
  ],

  // Trust. (An unknown issuer, the commonest, gets none: the kind's explanation says all of it.)
  self_signed: ['MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT'],
  user_distrusted: ['SEC_ERROR_UNTRUSTED_ISSUER', 'SEC_ERROR_UNTRUSTED_CERT'],
  distrusted_ca: [
    'net::ERR_CERT_SYMANTEC_LEGACY',
    'MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED',
    'MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED',
  ],

  // Weak certificates.
  weak_signature: [
    'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM',
    'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED',
    'SEC_ERROR_SIGNATURE_ALGORITHM_DISABLED',
  ],
  weak_key: ['net::ERR_CERT_WEAK_KEY', 'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE', 'SSL_ERROR_WEAK_SERVER_CERT_KEY'],

  // Other certificate faults.
  hsts: ['NS_ERROR_BAD_HSTS_CERT'],
  pinning: ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE'],
  ct: [
    'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
    'net::ERR_CT_NO_SCTS_VERIFIED_OK',
    'MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY',
  ],
  validity_too_long: ['net::ERR_CERT_VALIDITY_TOO_LONG', 'MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG'],
  proxy_certificate: ['net::ERR_PROXY_CERTIFICATE_INVALID'],
  revocation_unchecked: [
    'net::ERR_CERT_UNABLE_TO_CHECK_REVOCATION',
    'net::ERR_CERT_NO_REVOCATION_MECHANISM',
    'SEC_ERROR_OCSP_SERVER_ERROR',
    'SEC_ERROR_OCSP_TRY_SERVER_LATER',
    'SEC_ERROR_OCSP_BAD_HTTP_RESPONSE',
    'SEC_ERROR_OCSP_MALFORMED_RESPONSE',
    'SEC_ERROR_OCSP_UNKNOWN_CERT',
    'MOZILLA_PKIX_ERROR_OCSP_RESPONSE_FOR_CERT_MISSING',
  ],
  unrecognized_name: ['net::ERR_SSL_UNRECOGNIZED_NAME_ALERT', 'SSL_ERROR_UNRECOGNIZED_NAME_ALERT'],
  cert_db: ['SEC_ERROR_BAD_DATABASE', 'SEC_ERROR_READ_ONLY'],

  // Client certificates.
  client_cert_needed: ['net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED', 'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT', 'SSL_ERROR_NO_CERTIFICATE'],
  client_cert_rejected: [
    'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
    'SSL_ERROR_BAD_CERT_ALERT',
    'SSL_ERROR_REVOKED_CERT_ALERT',
    'SSL_ERROR_EXPIRED_CERT_ALERT',
    'SSL_ERROR_UNKNOWN_CA_ALERT',
    'SSL_ERROR_ACCESS_DENIED_ALERT',
    'SSL_ERROR_CERTIFICATE_UNKNOWN_ALERT',
    'SSL_ERROR_UNSUPPORTED_CERT_ALERT',
  ],
  client_cert_key: [
    'net::ERR_SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED',
    'net::ERR_SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY',
    'net::ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED',
    'net::ERR_SSL_CLIENT_AUTH_CERT_BAD_FORMAT',
    'SEC_ERROR_NO_KEY',
    'SEC_ERROR_NO_TOKEN',
    'SSL_ERROR_SIGN_HASHES_FAILURE',
    'SSL_ERROR_WRONG_CERTIFICATE',
    'SSL_ERROR_TOKEN_INSERTION_REMOVAL',
    'SSL_ERROR_TOKEN_SLOT_NOT_FOUND',
  ],
  handshake_failure_alert: ['SSL_ERROR_HANDSHAKE_FAILURE_ALERT'],
  socket_not_connected: ['net::ERR_SOCKET_NOT_CONNECTED'],

  // Versions and ciphers.
  old_tls: [
    'SSL_ERROR_PROTOCOL_VERSION_ALERT',
    'SSL_ERROR_UNSUPPORTED_VERSION',
    'SSL_ERROR_SSL2_DISABLED',
    'net::ERR_SSL_OBSOLETE_VERSION',
    'net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER',
    'net::ERR_SSL_FALLBACK_BEYOND_MINIMUM_VERSION',
  ],
  version_or_cipher: ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'],
  no_common_cipher: [
    'SSL_ERROR_NO_CYPHER_OVERLAP',
    'SSL_ERROR_INSUFFICIENT_SECURITY_ALERT',
    'SSL_ERROR_EXPORT_ONLY_SERVER',
    'SSL_ERROR_US_ONLY_SERVER',
    'net::ERR_SSL_OBSOLETE_CIPHER',
  ],
  weak_dh: ['SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY', 'net::ERR_SSL_WEAK_SERVER_EPHEMERAL_DH_KEY'],
  tls_disabled_locally: [
    'net::ERR_NO_SSL_VERSIONS_ENABLED',
    'SSL_ERROR_SSL_DISABLED',
    'SSL_ERROR_NO_CIPHERS_SUPPORTED',
    'SSL_ERROR_INVALID_VERSION_RANGE',
  ],
  http2_inadequate: ['net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY', 'NS_ERROR_NET_INADEQUATE_SECURITY'],

  // Garbled exchanges.
  plain_http: ['SSL_ERROR_RX_RECORD_TOO_LONG'],
  ssl_protocol_error: ['net::ERR_SSL_PROTOCOL_ERROR'],
  key_usage: ['net::ERR_SSL_KEY_USAGE_INCOMPATIBLE'],
  ech: [
    'net::ERR_INVALID_ECH_CONFIG_LIST',
    'net::ERR_ECH_NOT_NEGOTIATED',
    'net::ERR_ECH_FALLBACK_CERTIFICATE_INVALID',
    'SSL_ERROR_ECH_RETRY_WITH_ECH',
    'SSL_ERROR_ECH_RETRY_WITHOUT_ECH',
    'SSL_ERROR_ECH_FAILED',
    'SSL_ERROR_ECH_REQUIRED_ALERT',
  ],
  quic: ['net::ERR_QUIC_PROTOCOL_ERROR', 'net::ERR_QUIC_HANDSHAKE_FAILED'],

  // Interception and downgrades.
  tls13_downgrade: [
    'net::ERR_TLS13_DOWNGRADE_DETECTED',
    'net::ERR_SSL_VERSION_INTERFERENCE',
    'net::ERR_SSL_INAPPROPRIATE_FALLBACK',
    'SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT',
    'SSL_ERROR_DOWNGRADE_WITH_EARLY_DATA',
  ],
  mitm: ['MOZILLA_PKIX_ERROR_MITM_DETECTED', 'net::ERR_ESET_ANTI_VIRUS_SSL_INTERCEPTION'],
  known_interception_blocked: ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED'],

  // Interruptions.
  reset: ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_RESET', 'PR_CONNECT_RESET_ERROR'],
  timeout: [
    'net::ERR_TIMED_OUT',
    'net::ERR_CONNECTION_TIMED_OUT',
    'NS_ERROR_NET_TIMEOUT',
    'NS_ERROR_NET_TIMEOUT_EXTERNAL',
    'PR_IO_TIMEOUT_ERROR',
    'PR_CONNECT_TIMEOUT_ERROR',
  ],
  closed: [
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_CONNECTION_ABORTED',
    'NS_ERROR_NET_INTERRUPT',
    'PR_END_OF_FILE_ERROR',
    'SSL_ERROR_CLOSE_NOTIFY_ALERT',
  ],
};

/** Normalized error code → message key of its note. */
export const CODE_NOTE_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries(NOTES).flatMap(([note, codes]) => codes.map((code) => [code, `code_${note}`] as const)),
);

/** Every note key, for the locale completeness test. */
export const ALL_CODE_NOTE_KEYS: readonly string[] = Object.keys(NOTES).map((note) => `code_${note}`);
