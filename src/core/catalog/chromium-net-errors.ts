// Chromium net errors (net/base/net_error_list.h), reviewed one by one. Keys are the names
// without the `net::` prefix that webRequest/webNavigation put in front of them.
//
// Every row of test/fixtures/shared-data/chrome-net-errors.tsv is here, in its order, with the
// kind a reviewer chose; the unit tests hold a second, independently written expectation. In the
// SSL range (-100..-184) the generic connection errors (DNS, refused, proxy, socket plumbing,
// WebSocket) stay `not-tls`; resets, closes and timeouts become `handshake-interrupted` only on
// https URLs (`httpsOnly`). Retired codes keep a kind: an older browser may still report them.
// Which codes Chromium 156 still has was read from its binary's error-name strings (Debian
// chromium 156.0.8078.114): ERR_CERT_SYMANTEC_LEGACY, ERR_SSL_VERSION_INTERFERENCE and both -218
// names are gone there; ERR_TLS13_DOWNGRADE_DETECTED, ERR_SSL_KEY_USAGE_INCOMPATIBLE, the ECH,
// CT and known-interception codes remain.
import type { CatalogEntry } from './classification';

export interface ChromiumEntry extends CatalogEntry {
  /** Retired upstream ('removed', or its number 'available' for reuse); still mapped for old browsers. */
  readonly retired?: 'removed' | 'available';
}

export const CHROMIUM_NET_ERRORS: Readonly<Record<string, ChromiumEntry>> = {
  // Outside the tsv: generic errors webRequest reports all the time.
  ERR_FAILED: { code: -2, kind: 'not-tls' },
  ERR_ABORTED: { code: -3, kind: 'not-tls' }, // navigation cancelled (user, redirect, download)
  ERR_TIMED_OUT: { code: -7, kind: 'handshake-interrupted', httpsOnly: true }, // measured: server accepts and never answers the ClientHello
  ERR_SOCKET_NOT_CONNECTED: { code: -15, kind: 'handshake-interrupted', httpsOnly: true }, // measured: sometimes reported instead of ERR_BAD_SSL_CLIENT_AUTH_CERT (TLS 1.3 client-cert server)
  ERR_BLOCKED_BY_CLIENT: { code: -20, kind: 'not-tls' }, // an extension blocked it
  ERR_NETWORK_CHANGED: { code: -21, kind: 'not-tls' },
  ERR_BLOCKED_BY_ADMINISTRATOR: { code: -22, kind: 'not-tls' },
  ERR_BLOCKED_BY_RESPONSE: { code: -27, kind: 'not-tls' },
  ERR_CLEARTEXT_NOT_PERMITTED: { code: -29, kind: 'not-tls' },

  // The tsv, in order.
  ERR_CONNECTION_CLOSED: { code: -100, kind: 'handshake-interrupted', httpsOnly: true }, // a close during the handshake; only meaningful for https (see httpsOnly)
  ERR_CONNECTION_RESET: { code: -101, kind: 'handshake-interrupted', httpsOnly: true },
  ERR_CONNECTION_REFUSED: { code: -102, kind: 'not-tls' },
  ERR_CONNECTION_ABORTED: { code: -103, kind: 'handshake-interrupted', httpsOnly: true }, // un-ACKed data, e.g. a ClientHello dropped by a middlebox
  ERR_CONNECTION_FAILED: { code: -104, kind: 'not-tls' },
  ERR_NAME_NOT_RESOLVED: { code: -105, kind: 'not-tls' },
  ERR_INTERNET_DISCONNECTED: { code: -106, kind: 'not-tls' },
  ERR_SSL_PROTOCOL_ERROR: { code: -107, kind: 'protocol-error' },
  ERR_ADDRESS_INVALID: { code: -108, kind: 'not-tls' },
  ERR_ADDRESS_UNREACHABLE: { code: -109, kind: 'not-tls' },
  ERR_SSL_CLIENT_AUTH_CERT_NEEDED: { code: -110, kind: 'client-cert' },
  ERR_TUNNEL_CONNECTION_FAILED: { code: -111, kind: 'not-tls' },
  ERR_NO_SSL_VERSIONS_ENABLED: { code: -112, kind: 'protocol-mismatch' },
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: { code: -113, kind: 'protocol-mismatch' },
  ERR_SSL_RENEGOTIATION_REQUESTED: { code: -114, kind: 'protocol-error' },
  ERR_PROXY_AUTH_UNSUPPORTED: { code: -115, kind: 'not-tls' },
  ERR_CERT_ERROR_IN_SSL_RENEGOTIATION: { code: -116, kind: 'cert-invalid', retired: 'removed' },
  ERR_BAD_SSL_CLIENT_AUTH_CERT: { code: -117, kind: 'client-cert' },
  ERR_CONNECTION_TIMED_OUT: { code: -118, kind: 'handshake-interrupted', httpsOnly: true }, // TCP connect timeout; Firefox cannot tell this from a TLS stall (both NS_ERROR_NET_TIMEOUT), so both browsers treat it alike
  ERR_HOST_RESOLVER_QUEUE_TOO_LARGE: { code: -119, kind: 'not-tls' },
  ERR_SOCKS_CONNECTION_FAILED: { code: -120, kind: 'not-tls' },
  ERR_SOCKS_CONNECTION_HOST_UNREACHABLE: { code: -121, kind: 'not-tls' },
  ERR_ALPN_NEGOTIATION_FAILED: { code: -122, kind: 'protocol-mismatch' }, // no common application protocol offered in the TLS hello
  ERR_SSL_NO_RENEGOTIATION: { code: -123, kind: 'protocol-error' },
  ERR_WINSOCK_UNEXPECTED_WRITTEN_BYTES: { code: -124, kind: 'not-tls' }, // a broken Windows network filter; happens over http too, so not a TLS failure
  ERR_SSL_DECOMPRESSION_FAILURE_ALERT: { code: -125, kind: 'protocol-error' },
  ERR_SSL_BAD_RECORD_MAC_ALERT: { code: -126, kind: 'protocol-error' },
  ERR_PROXY_AUTH_REQUESTED: { code: -127, kind: 'not-tls' },
  ERR_SSL_WEAK_SERVER_EPHEMERAL_DH_KEY: { code: -129, kind: 'protocol-mismatch', retired: 'removed' },
  ERR_PROXY_CONNECTION_FAILED: { code: -130, kind: 'not-tls' },
  ERR_MANDATORY_PROXY_CONFIGURATION_FAILED: { code: -131, kind: 'not-tls' },
  ERR_ESET_ANTI_VIRUS_SSL_INTERCEPTION: { code: -132, kind: 'interception-detected', retired: 'removed' },
  ERR_PRECONNECT_MAX_SOCKET_LIMIT: { code: -133, kind: 'not-tls' },
  ERR_SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED: { code: -134, kind: 'client-cert' },
  ERR_SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY: { code: -135, kind: 'client-cert' },
  ERR_PROXY_CERTIFICATE_INVALID: { code: -136, kind: 'cert-invalid' }, // the HTTPS proxy's certificate, not the site's
  ERR_NAME_RESOLUTION_FAILED: { code: -137, kind: 'not-tls' },
  ERR_NETWORK_ACCESS_DENIED: { code: -138, kind: 'not-tls' },
  ERR_TEMPORARILY_THROTTLED: { code: -139, kind: 'not-tls' },
  ERR_HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT: { code: -140, kind: 'not-tls' },
  ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED: { code: -141, kind: 'client-cert' },
  ERR_MSG_TOO_BIG: { code: -142, kind: 'not-tls' },
  ERR_WS_PROTOCOL_ERROR: { code: -145, kind: 'not-tls' },
  ERR_ADDRESS_IN_USE: { code: -147, kind: 'not-tls' },
  ERR_SSL_HANDSHAKE_NOT_COMPLETED: { code: -148, kind: 'handshake-interrupted' }, // TLS-specific, so no https condition
  ERR_SSL_BAD_PEER_PUBLIC_KEY: { code: -149, kind: 'protocol-error' },
  ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN: { code: -150, kind: 'cert-invalid', overridable: false },
  ERR_CLIENT_AUTH_CERT_TYPE_UNSUPPORTED: { code: -151, kind: 'client-cert' },
  ERR_SSL_DECRYPT_ERROR_ALERT: { code: -153, kind: 'protocol-error' },
  ERR_WS_THROTTLE_QUEUE_TOO_LARGE: { code: -154, kind: 'not-tls' },
  ERR_SSL_SERVER_CERT_CHANGED: { code: -156, kind: 'protocol-error' }, // a server (farm) presenting different certificates: site setup
  ERR_SSL_INAPPROPRIATE_FALLBACK: { code: -157, kind: 'interception-detected', retired: 'removed' }, // the server saw a version downgrade: something on the path broke the first attempt
  ERR_CT_NO_SCTS_VERIFIED_OK: { code: -158, kind: 'cert-invalid', retired: 'removed' },
  ERR_SSL_UNRECOGNIZED_NAME_ALERT: { code: -159, kind: 'cert-name' }, // the server has no certificate/config for this host name (SNI)
  ERR_SOCKET_SET_RECEIVE_BUFFER_SIZE_ERROR: { code: -160, kind: 'not-tls' },
  ERR_SOCKET_SET_SEND_BUFFER_SIZE_ERROR: { code: -161, kind: 'not-tls' },
  ERR_SOCKET_RECEIVE_BUFFER_SIZE_UNCHANGEABLE: { code: -162, kind: 'not-tls' },
  ERR_SOCKET_SEND_BUFFER_SIZE_UNCHANGEABLE: { code: -163, kind: 'not-tls' },
  ERR_SSL_CLIENT_AUTH_CERT_BAD_FORMAT: { code: -164, kind: 'client-cert' },
  ERR_SSL_FALLBACK_BEYOND_MINIMUM_VERSION: { code: -165, kind: 'protocol-mismatch', retired: 'removed' },
  ERR_ICANN_NAME_COLLISION: { code: -166, kind: 'not-tls' },
  ERR_SSL_SERVER_CERT_BAD_FORMAT: { code: -167, kind: 'cert-invalid' },
  ERR_CT_STH_PARSING_FAILED: { code: -168, kind: 'cert-invalid' }, // Certificate Transparency machinery; never expected on a page load
  ERR_CT_STH_INCOMPLETE: { code: -169, kind: 'cert-invalid' },
  ERR_UNABLE_TO_REUSE_CONNECTION_FOR_PROXY_AUTH: { code: -170, kind: 'not-tls' },
  ERR_CT_CONSISTENCY_PROOF_PARSING_FAILED: { code: -171, kind: 'cert-invalid' },
  ERR_SSL_OBSOLETE_CIPHER: { code: -172, kind: 'protocol-mismatch' },
  ERR_WS_UPGRADE: { code: -173, kind: 'not-tls' },
  ERR_READ_IF_READY_NOT_IMPLEMENTED: { code: -174, kind: 'not-tls' },
  ERR_SSL_VERSION_INTERFERENCE: { code: -175, kind: 'interception-detected', retired: 'removed' },
  ERR_NO_BUFFER_SPACE: { code: -176, kind: 'not-tls' },
  ERR_SSL_CLIENT_AUTH_NO_COMMON_ALGORITHMS: { code: -177, kind: 'client-cert' },
  ERR_EARLY_DATA_REJECTED: { code: -178, kind: 'protocol-error' }, // internal retry signal; if it ever surfaces, the TLS exchange went wrong
  ERR_WRONG_VERSION_ON_EARLY_DATA: { code: -179, kind: 'protocol-error' },
  ERR_TLS13_DOWNGRADE_DETECTED: { code: -180, kind: 'interception-detected' },
  ERR_SSL_KEY_USAGE_INCOMPATIBLE: { code: -181, kind: 'cert-invalid' }, // the certificate's key usage does not fit the key exchange
  ERR_INVALID_ECH_CONFIG_LIST: { code: -182, kind: 'protocol-error' }, // the site's published Encrypted Client Hello settings are broken
  ERR_ECH_NOT_NEGOTIATED: { code: -183, kind: 'protocol-error' },
  ERR_ECH_FALLBACK_CERTIFICATE_INVALID: { code: -184, kind: 'cert-invalid' },
  ERR_CERT_COMMON_NAME_INVALID: { code: -200, kind: 'cert-name', overridable: true },
  ERR_CERT_DATE_INVALID: { code: -201, kind: 'cert-date', overridable: true },
  ERR_CERT_AUTHORITY_INVALID: { code: -202, kind: 'cert-untrusted', overridable: true },
  ERR_CERT_CONTAINS_ERRORS: { code: -203, kind: 'cert-invalid', overridable: false },
  ERR_CERT_NO_REVOCATION_MECHANISM: { code: -204, kind: 'cert-invalid', overridable: true }, // not revoked: revocation could not be checked
  ERR_CERT_UNABLE_TO_CHECK_REVOCATION: { code: -205, kind: 'cert-invalid', overridable: true },
  ERR_CERT_REVOKED: { code: -206, kind: 'cert-revoked', overridable: false },
  ERR_CERT_INVALID: { code: -207, kind: 'cert-invalid', overridable: false },
  ERR_CERT_WEAK_SIGNATURE_ALGORITHM: { code: -208, kind: 'cert-weak', overridable: true },
  ERR_CERT_NOT_IN_DNS: { code: -209, kind: 'cert-invalid', retired: 'available' },
  ERR_CERT_NON_UNIQUE_NAME: { code: -210, kind: 'cert-name', overridable: true },
  ERR_CERT_WEAK_KEY: { code: -211, kind: 'cert-weak', overridable: true },
  ERR_CERT_NAME_CONSTRAINT_VIOLATION: { code: -212, kind: 'cert-invalid', overridable: true },
  ERR_CERT_VALIDITY_TOO_LONG: { code: -213, kind: 'cert-invalid', overridable: true },
  ERR_CERTIFICATE_TRANSPARENCY_REQUIRED: { code: -214, kind: 'cert-invalid', overridable: true },
  ERR_CERT_SYMANTEC_LEGACY: { code: -215, kind: 'cert-untrusted', overridable: true, retired: 'removed' }, // a root browsers stopped trusting; absent from the Chromium 156 binary's error names (measured)
  ERR_CERT_KNOWN_INTERCEPTION_BLOCKED: { code: -217, kind: 'interception-detected', overridable: true },
  ERR_SSL_OBSOLETE_VERSION: { code: -218, kind: 'protocol-mismatch', retired: 'removed', overridable: true },
  ERR_CERT_END: { code: -219, kind: 'tls-unknown' }, // sentinel, never reported; tls-unknown is the honest answer if it ever is
  ERR_EMPTY_RESPONSE: { code: -324, kind: 'not-tls' }, // the TLS handshake (if any) completed before this: an HTTP-level failure
  ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY: { code: -360, kind: 'protocol-mismatch' },
  ERR_QUIC_PROTOCOL_ERROR: { code: -356, kind: 'protocol-error' },
  ERR_QUIC_HANDSHAKE_FAILED: { code: -358, kind: 'tls-unknown' }, // QUIC gives no reason; Chromium normally falls back to TCP
  ERR_QUIC_CERT_ROOT_NOT_KNOWN: { code: -380, kind: 'cert-untrusted' }, // also numbered -216 before it was renumbered
  ERR_INSECURE_RESPONSE: { code: -501, kind: 'tls-unknown' }, // generic: "there was a certificate error" without saying which
  ERR_NO_PRIVATE_KEY_FOR_CERT: { code: -502, kind: 'not-tls' }, // certificate-manager import errors: never a page-load failure
  ERR_ADD_USER_CERT_FAILED: { code: -503, kind: 'not-tls' },
  ERR_PKCS12_IMPORT_BAD_PASSWORD: { code: -701, kind: 'not-tls' },
  ERR_PKCS12_IMPORT_FAILED: { code: -702, kind: 'not-tls' },
  ERR_IMPORT_CA_CERT_NOT_CA: { code: -703, kind: 'not-tls' },
  ERR_IMPORT_CERT_ALREADY_EXISTS: { code: -704, kind: 'not-tls' },
  ERR_IMPORT_CA_CERT_FAILED: { code: -705, kind: 'not-tls' },
  ERR_IMPORT_SERVER_CERT_FAILED: { code: -706, kind: 'not-tls' },
  ERR_PKCS12_IMPORT_INVALID_MAC: { code: -707, kind: 'not-tls' },
  ERR_PKCS12_IMPORT_INVALID_FILE: { code: -708, kind: 'not-tls' },
  ERR_PKCS12_IMPORT_UNSUPPORTED: { code: -709, kind: 'not-tls' },
  ERR_KEY_GENERATION_FAILED: { code: -710, kind: 'not-tls' },
  ERR_PRIVATE_KEY_EXPORT_FAILED: { code: -712, kind: 'not-tls' },
  ERR_SELF_SIGNED_CERT_GENERATION_FAILED: { code: -713, kind: 'not-tls' },
  ERR_CERT_DATABASE_CHANGED: { code: -714, kind: 'not-tls' },
  ERR_CERT_VERIFIER_CHANGED: { code: -716, kind: 'not-tls' },

  // Outside the tsv: later Chromium briefly reused -218 under this name (non-fatal interstitial).
  ERR_SSL_OBSOLETE_VERSION_OR_CIPHER: { code: -218, kind: 'protocol-mismatch', overridable: true, retired: 'removed' }, // absent from Chromium 156 (measured)
  ERR_HTTP_1_1_REQUIRED: { code: -365, kind: 'not-tls' },
};
