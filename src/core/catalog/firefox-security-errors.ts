// Firefox security-module errors: NSS SSL (-12288..), NSS SEC (-8192..), mozilla::pkix (-16384..)
// and the few NSPR socket errors NSS passes through. Reviewed one by one.
//
// Every row of test/fixtures/shared-data/firefox-errors.tsv is here, in its order. `overridable`
// is the tsv column, checked against NSSErrorsService::ErrorIsOverridable (which also lists
// SELF_SIGNED_CERT and MITM_DETECTED, marked "yes?" in the tsv). `message` is the en-US text from
// nsserrors.properties, which Firefox's webRequest reports in en-US and English-pack UIs
// (Japanese included); rows the tsv only paraphrases have none. The tsv's "(obsolete)" and
// "(used for ...)" notes are annotations, not part of the text; three long messages are kept in
// full because the tsv shortened them (firefox-message-text.ts accepts either form).
import type { CatalogEntry } from './classification';

export interface FirefoxSecurityEntry extends CatalogEntry {
  readonly overridable: boolean;
  /** en-US message text, straight apostrophes (the browser uses curly ones; matching folds them). */
  readonly message?: string;
}

export const FIREFOX_SECURITY_ERRORS: Readonly<Record<string, FirefoxSecurityEntry>> = {
  SSL_ERROR_EXPORT_ONLY_SERVER: {
    code: -12288, kind: 'protocol-mismatch', overridable: false,
    message: 'Unable to communicate securely. Peer does not support high-grade encryption.',
  },
  SSL_ERROR_US_ONLY_SERVER: {
    code: -12287, kind: 'protocol-mismatch', overridable: false,
    message: 'Unable to communicate securely. Peer requires high-grade encryption which is not supported.',
  },
  SSL_ERROR_NO_CYPHER_OVERLAP: {
    code: -12286, kind: 'protocol-mismatch', overridable: false,
    message: 'Cannot communicate securely with peer: no common encryption algorithm(s).',
  },
  SSL_ERROR_NO_CERTIFICATE: {
    code: -12285, kind: 'client-cert', overridable: false,
    message: 'Unable to find the certificate or key necessary for authentication.',
  },
  SSL_ERROR_BAD_CERTIFICATE: {
    code: -12284, kind: 'cert-invalid', overridable: false,
    message: "Unable to communicate securely with peer: peers's certificate was rejected.",
  },
  SSL_ERROR_BAD_CLIENT: {
    code: -12282, kind: 'protocol-error', overridable: false,
    message: 'The server has encountered bad data from the client.',
  },
  SSL_ERROR_BAD_SERVER: {
    code: -12281, kind: 'protocol-error', overridable: false,
    message: 'The client has encountered bad data from the server.',
  },
  SSL_ERROR_UNSUPPORTED_CERTIFICATE_TYPE: {
    code: -12280, kind: 'cert-invalid', overridable: false,
    message: 'Unsupported certificate type.',
  },
  SSL_ERROR_UNSUPPORTED_VERSION: {
    code: -12279, kind: 'protocol-mismatch', overridable: false,
    message: 'Peer using unsupported version of security protocol.',
  },
  SSL_ERROR_WRONG_CERTIFICATE: {
    code: -12277, kind: 'client-cert', overridable: false,
    message: 'Client authentication failed: private key in key database does not match public key in certificate database.',
  },
  SSL_ERROR_BAD_CERT_DOMAIN: {
    code: -12276, kind: 'cert-name', overridable: true,
    message: "Unable to communicate securely with peer: requested domain name does not match the server's certificate.",
  },
  SSL_ERROR_SSL2_DISABLED: {
    code: -12274, kind: 'protocol-mismatch', overridable: false,
    message: 'Peer only supports SSL version 2, which is locally disabled.',
  },
  SSL_ERROR_BAD_MAC_READ: {
    code: -12273, kind: 'protocol-error', overridable: false,
    message: 'SSL received a record with an incorrect Message Authentication Code.',
  },
  SSL_ERROR_BAD_MAC_ALERT: {
    code: -12272, kind: 'protocol-error', overridable: false,
    message: 'SSL peer reports incorrect Message Authentication Code.',
  },
  // alerts the server sends about the certificate it received: the client certificate
  SSL_ERROR_BAD_CERT_ALERT: {
    code: -12271, kind: 'client-cert', overridable: false,
    message: 'SSL peer cannot verify your certificate.',
  },
  SSL_ERROR_REVOKED_CERT_ALERT: {
    code: -12270, kind: 'client-cert', overridable: false,
    message: 'SSL peer rejected your certificate as revoked.',
  },
  SSL_ERROR_EXPIRED_CERT_ALERT: {
    code: -12269, kind: 'client-cert', overridable: false,
    message: 'SSL peer rejected your certificate as expired.',
  },
  SSL_ERROR_SSL_DISABLED: {
    code: -12268, kind: 'protocol-mismatch', overridable: false,
    message: 'Cannot connect: SSL is disabled.',
  },
  SSL_ERROR_UNKNOWN_CIPHER_SUITE: {
    code: -12266, kind: 'protocol-error', overridable: false,
    message: 'An unknown SSL cipher suite has been requested.',
  },
  SSL_ERROR_NO_CIPHERS_SUPPORTED: {
    code: -12265, kind: 'protocol-mismatch', overridable: false,
    message: 'No cipher suites are present and enabled in this program.',
  },
  SSL_ERROR_BAD_BLOCK_PADDING: {
    code: -12264, kind: 'protocol-error', overridable: false,
    message: 'SSL received a record with bad block padding.',
  },
  SSL_ERROR_RX_RECORD_TOO_LONG: {
    code: -12263, kind: 'protocol-error', overridable: false,
    message: 'SSL received a record that exceeded the maximum permissible length.',
  },
  SSL_ERROR_TX_RECORD_TOO_LONG: {
    code: -12262, kind: 'protocol-error', overridable: false,
    message: 'SSL attempted to send a record that exceeded the maximum permissible length.',
  },
  SSL_ERROR_RX_MALFORMED_HELLO_REQUEST: {
    code: -12261, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Hello Request handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_CLIENT_HELLO: {
    code: -12260, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Client Hello handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_SERVER_HELLO: {
    code: -12259, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Server Hello handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_CERTIFICATE: {
    code: -12258, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Certificate handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_SERVER_KEY_EXCH: {
    code: -12257, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Server Key Exchange handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_CERT_REQUEST: {
    code: -12256, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Certificate Request handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_HELLO_DONE: {
    code: -12255, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Server Hello Done handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_CERT_VERIFY: {
    code: -12254, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Certificate Verify handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_CLIENT_KEY_EXCH: {
    code: -12253, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Client Key Exchange handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_FINISHED: {
    code: -12252, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Finished handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_CHANGE_CIPHER: {
    code: -12251, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Change Cipher Spec record.',
  },
  SSL_ERROR_RX_MALFORMED_ALERT: {
    code: -12250, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Alert record.',
  },
  SSL_ERROR_RX_MALFORMED_HANDSHAKE: {
    code: -12249, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Handshake record.',
  },
  SSL_ERROR_RX_MALFORMED_APPLICATION_DATA: {
    code: -12248, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Application Data record.',
  },
  SSL_ERROR_RX_UNEXPECTED_HELLO_REQUEST: {
    code: -12247, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Hello Request handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_CLIENT_HELLO: {
    code: -12246, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Client Hello handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_SERVER_HELLO: {
    code: -12245, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Server Hello handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_CERTIFICATE: {
    code: -12244, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Certificate handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_SERVER_KEY_EXCH: {
    code: -12243, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Server Key Exchange handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_CERT_REQUEST: {
    code: -12242, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Certificate Request handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_HELLO_DONE: {
    code: -12241, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Server Hello Done handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_CERT_VERIFY: {
    code: -12240, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Certificate Verify handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_CLIENT_KEY_EXCH: {
    code: -12239, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Client Key Exchange handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_FINISHED: {
    code: -12238, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Finished handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_CHANGE_CIPHER: {
    code: -12237, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Change Cipher Spec record.',
  },
  SSL_ERROR_RX_UNEXPECTED_ALERT: {
    code: -12236, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Alert record.',
  },
  SSL_ERROR_RX_UNEXPECTED_HANDSHAKE: {
    code: -12235, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Handshake record.',
  },
  SSL_ERROR_RX_UNEXPECTED_APPLICATION_DATA: {
    code: -12234, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Application Data record.',
  },
  SSL_ERROR_RX_UNKNOWN_RECORD_TYPE: {
    code: -12233, kind: 'protocol-error', overridable: false,
    message: 'SSL received a record with an unknown content type.',
  },
  SSL_ERROR_RX_UNKNOWN_HANDSHAKE: {
    code: -12232, kind: 'protocol-error', overridable: false,
    message: 'SSL received a handshake message with an unknown message type.',
  },
  SSL_ERROR_RX_UNKNOWN_ALERT: {
    code: -12231, kind: 'protocol-error', overridable: false,
    message: 'SSL received an alert record with an unknown alert description.',
  },
  // the peer closed the TLS session during the handshake
  SSL_ERROR_CLOSE_NOTIFY_ALERT: {
    code: -12230, kind: 'handshake-interrupted', overridable: false,
    message: 'SSL peer has closed this connection.',
  },
  SSL_ERROR_HANDSHAKE_UNEXPECTED_ALERT: {
    code: -12229, kind: 'protocol-error', overridable: false,
    message: 'SSL peer was not expecting a handshake message it received.',
  },
  SSL_ERROR_DECOMPRESSION_FAILURE_ALERT: {
    code: -12228, kind: 'protocol-error', overridable: false,
    message: 'SSL peer was unable to successfully decompress an SSL record it received.',
  },
  // NSS reports a handshake_failure alert that arrives before ServerHello as SSL_ERROR_NO_CYPHER_OVERLAP (ssl3_HandleAlert), so this one comes later in the handshake, where the usual cause is a missing or refused client certificate (measured: TLS 1.2 server requiring one)
  SSL_ERROR_HANDSHAKE_FAILURE_ALERT: {
    code: -12227, kind: 'client-cert', overridable: false,
    message: 'SSL peer was unable to negotiate an acceptable set of security parameters.',
  },
  SSL_ERROR_ILLEGAL_PARAMETER_ALERT: {
    code: -12226, kind: 'protocol-error', overridable: false,
    message: 'SSL peer rejected a handshake message for unacceptable content.',
  },
  SSL_ERROR_UNSUPPORTED_CERT_ALERT: {
    code: -12225, kind: 'client-cert', overridable: false,
    message: 'SSL peer does not support certificates of the type it received.',
  },
  SSL_ERROR_CERTIFICATE_UNKNOWN_ALERT: {
    code: -12224, kind: 'client-cert', overridable: false,
    message: 'SSL peer had some unspecified issue with the certificate it received.',
  },
  // internal crypto failures on this computer: no better kind than tls-unknown
  SSL_ERROR_GENERATE_RANDOM_FAILURE: {
    code: -12223, kind: 'tls-unknown', overridable: false,
    message: 'SSL experienced a failure of its random number generator.',
  },
  SSL_ERROR_SIGN_HASHES_FAILURE: {
    code: -12222, kind: 'client-cert', overridable: false,
    message: 'Unable to digitally sign data required to verify your certificate.',
  },
  SSL_ERROR_EXTRACT_PUBLIC_KEY_FAILURE: {
    code: -12221, kind: 'cert-invalid', overridable: false,
    message: "SSL was unable to extract the public key from the peer's certificate.",
  },
  SSL_ERROR_SERVER_KEY_EXCHANGE_FAILURE: {
    code: -12220, kind: 'protocol-error', overridable: false,
    message: 'Unspecified failure while processing SSL Server Key Exchange handshake.',
  },
  SSL_ERROR_CLIENT_KEY_EXCHANGE_FAILURE: {
    code: -12219, kind: 'protocol-error', overridable: false,
    message: 'Unspecified failure while processing SSL Client Key Exchange handshake.',
  },
  SSL_ERROR_ENCRYPTION_FAILURE: {
    code: -12218, kind: 'tls-unknown', overridable: false,
    message: 'Bulk data encryption algorithm failed in selected cipher suite.',
  },
  SSL_ERROR_DECRYPTION_FAILURE: {
    code: -12217, kind: 'tls-unknown', overridable: false,
    message: 'Bulk data decryption algorithm failed in selected cipher suite.',
  },
  SSL_ERROR_SOCKET_WRITE_FAILURE: {
    code: -12216, kind: 'handshake-interrupted', overridable: false,
    message: 'Attempt to write encrypted data to underlying socket failed.',
  },
  SSL_ERROR_MD5_DIGEST_FAILURE: {
    code: -12215, kind: 'tls-unknown', overridable: false,
    message: 'MD5 digest function failed.',
  },
  SSL_ERROR_SHA_DIGEST_FAILURE: {
    code: -12214, kind: 'tls-unknown', overridable: false,
    message: 'SHA-1 digest function failed.',
  },
  SSL_ERROR_MAC_COMPUTATION_FAILURE: {
    code: -12213, kind: 'tls-unknown', overridable: false,
    message: 'MAC computation failed.',
  },
  SSL_ERROR_SYM_KEY_CONTEXT_FAILURE: {
    code: -12212, kind: 'tls-unknown', overridable: false,
    message: 'Failure to create Symmetric Key context.',
  },
  SSL_ERROR_SYM_KEY_UNWRAP_FAILURE: {
    code: -12211, kind: 'tls-unknown', overridable: false,
    message: 'Failure to unwrap the Symmetric key in Client Key Exchange message.',
  },
  SSL_ERROR_IV_PARAM_FAILURE: {
    code: -12209, kind: 'tls-unknown', overridable: false,
    message: 'PKCS11 code failed to translate an IV into a param.',
  },
  SSL_ERROR_INIT_CIPHER_SUITE_FAILURE: {
    code: -12208, kind: 'tls-unknown', overridable: false,
    message: 'Failed to initialize the selected cipher suite.',
  },
  SSL_ERROR_SESSION_KEY_GEN_FAILURE: {
    code: -12207, kind: 'tls-unknown', overridable: false,
    message: 'Client failed to generate session keys for SSL session.',
  },
  SSL_ERROR_NO_SERVER_KEY_FOR_ALG: {
    code: -12206, kind: 'protocol-mismatch', overridable: false,
    message: 'Server has no key for the attempted key exchange algorithm.',
  },
  // a PKCS#11 token is a smart card or security key holding a client certificate
  SSL_ERROR_TOKEN_INSERTION_REMOVAL: {
    code: -12205, kind: 'client-cert', overridable: false,
    message: 'PKCS#11 token was inserted or removed while operation was in progress.',
  },
  SSL_ERROR_TOKEN_SLOT_NOT_FOUND: {
    code: -12204, kind: 'client-cert', overridable: false,
    message: 'No PKCS#11 token could be found to do a required operation.',
  },
  SSL_ERROR_NO_COMPRESSION_OVERLAP: {
    code: -12203, kind: 'protocol-mismatch', overridable: false,
    message: 'Cannot communicate securely with peer: no common compression algorithm(s).',
  },
  SSL_ERROR_HANDSHAKE_NOT_COMPLETED: {
    code: -12202, kind: 'tls-unknown', overridable: false,
    message: 'Cannot initiate another SSL handshake until current handshake is complete.',
  },
  SSL_ERROR_BAD_HANDSHAKE_HASH_VALUE: {
    code: -12201, kind: 'protocol-error', overridable: false,
    message: 'Received incorrect handshakes hash values from peer.',
  },
  SSL_ERROR_CERT_KEA_MISMATCH: {
    code: -12200, kind: 'cert-invalid', overridable: false,
    message: 'The certificate provided cannot be used with the selected key exchange algorithm.',
  },
  SSL_ERROR_NO_TRUSTED_SSL_CLIENT_CA: {
    code: -12199, kind: 'client-cert', overridable: false,
    message: 'No certificate authority is trusted for SSL client authentication.',
  },
  SSL_ERROR_SESSION_NOT_FOUND: {
    code: -12198, kind: 'protocol-error', overridable: false,
    message: "Client's SSL session ID not found in server's session cache.",
  },
  SSL_ERROR_DECRYPTION_FAILED_ALERT: {
    code: -12197, kind: 'protocol-error', overridable: false,
    message: 'Peer was unable to decrypt an SSL record it received.',
  },
  SSL_ERROR_RECORD_OVERFLOW_ALERT: {
    code: -12196, kind: 'protocol-error', overridable: false,
    message: 'Peer received an SSL record that was longer than is permitted.',
  },
  SSL_ERROR_UNKNOWN_CA_ALERT: {
    code: -12195, kind: 'client-cert', overridable: false,
    message: 'Peer does not recognize and trust the CA that issued your certificate.',
  },
  SSL_ERROR_ACCESS_DENIED_ALERT: {
    code: -12194, kind: 'client-cert', overridable: false,
    message: 'Peer received a valid certificate, but access was denied.',
  },
  SSL_ERROR_DECODE_ERROR_ALERT: {
    code: -12193, kind: 'protocol-error', overridable: false,
    message: 'Peer could not decode an SSL handshake message.',
  },
  SSL_ERROR_DECRYPT_ERROR_ALERT: {
    code: -12192, kind: 'protocol-error', overridable: false,
    message: 'Peer reports failure of signature verification or key exchange.',
  },
  SSL_ERROR_EXPORT_RESTRICTION_ALERT: {
    code: -12191, kind: 'protocol-mismatch', overridable: false,
    message: 'Peer reports negotiation not in compliance with export regulations.',
  },
  SSL_ERROR_PROTOCOL_VERSION_ALERT: {
    code: -12190, kind: 'protocol-mismatch', overridable: false,
    message: 'Peer reports incompatible or unsupported protocol version.',
  },
  SSL_ERROR_INSUFFICIENT_SECURITY_ALERT: {
    code: -12189, kind: 'protocol-mismatch', overridable: false,
    message: 'Server requires ciphers more secure than those supported by client.',
  },
  SSL_ERROR_INTERNAL_ERROR_ALERT: {
    code: -12188, kind: 'protocol-error', overridable: false,
    message: 'Peer reports it experienced an internal error.',
  },
  SSL_ERROR_USER_CANCELED_ALERT: {
    code: -12187, kind: 'handshake-interrupted', overridable: false,
    message: 'Peer user canceled handshake.',
  },
  SSL_ERROR_NO_RENEGOTIATION_ALERT: {
    code: -12186, kind: 'protocol-error', overridable: false,
    message: 'Peer does not permit renegotiation of SSL security parameters.',
  },
  SSL_ERROR_SERVER_CACHE_NOT_CONFIGURED: {
    code: -12185, kind: 'tls-unknown', overridable: false,
    message: 'SSL server cache not configured and not disabled for this socket.',
  },
  SSL_ERROR_UNSUPPORTED_EXTENSION_ALERT: {
    code: -12184, kind: 'protocol-error', overridable: false,
    message: 'SSL peer does not support requested TLS hello extension.',
  },
  SSL_ERROR_CERTIFICATE_UNOBTAINABLE_ALERT: {
    code: -12183, kind: 'client-cert', overridable: false,
    message: 'SSL peer could not obtain your certificate from the supplied URL.',
  },
  // the server has no certificate for this host name (SNI)
  SSL_ERROR_UNRECOGNIZED_NAME_ALERT: {
    code: -12182, kind: 'cert-name', overridable: false,
    message: 'SSL peer has no certificate for the requested DNS name.',
  },
  SSL_ERROR_BAD_CERT_STATUS_RESPONSE_ALERT: {
    code: -12181, kind: 'cert-invalid', overridable: false,
    message: 'SSL peer was unable to get an OCSP response for its certificate.',
  },
  SSL_ERROR_BAD_CERT_HASH_VALUE_ALERT: {
    code: -12180, kind: 'cert-invalid', overridable: false,
    message: 'SSL peer reported bad certificate hash value.',
  },
  SSL_ERROR_RX_UNEXPECTED_NEW_SESSION_TICKET: {
    code: -12179, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected New Session Ticket handshake message.',
  },
  SSL_ERROR_RX_MALFORMED_NEW_SESSION_TICKET: {
    code: -12178, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed New Session Ticket handshake message.',
  },
  SSL_ERROR_DECOMPRESSION_FAILURE: {
    code: -12177, kind: 'protocol-error', overridable: false,
    message: 'SSL received a compressed record that could not be decompressed.',
  },
  SSL_ERROR_RENEGOTIATION_NOT_ALLOWED: {
    code: -12176, kind: 'protocol-error', overridable: false,
    message: 'Renegotiation is not allowed on this SSL socket.',
  },
  SSL_ERROR_UNSAFE_NEGOTIATION: {
    code: -12175, kind: 'protocol-mismatch', overridable: false,
    message: 'Peer attempted old style (potentially vulnerable) handshake.',
  },
  SSL_ERROR_RX_UNEXPECTED_UNCOMPRESSED_RECORD: {
    code: -12174, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected uncompressed record.',
  },
  SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY: {
    code: -12173, kind: 'protocol-mismatch', overridable: false,
    message: 'SSL received a weak ephemeral Diffie-Hellman key in Server Key Exchange handshake message.',
  },
  SSL_ERROR_NEXT_PROTOCOL_DATA_INVALID: {
    code: -12172, kind: 'protocol-error', overridable: false,
    message: 'SSL received invalid NPN extension data.',
  },
  SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_SERVERS: {
    code: -12170, kind: 'tls-unknown', overridable: false,
    message: 'SSL feature not supported for servers.',
  },
  SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_CLIENTS: {
    code: -12169, kind: 'tls-unknown', overridable: false,
    message: 'SSL feature not supported for clients.',
  },
  // the locally configured TLS version range is impossible (about:config)
  SSL_ERROR_INVALID_VERSION_RANGE: {
    code: -12168, kind: 'protocol-mismatch', overridable: false,
    message: 'SSL version range is not valid.',
  },
  SSL_ERROR_CIPHER_DISALLOWED_FOR_VERSION: {
    code: -12167, kind: 'protocol-error', overridable: false,
    message: 'SSL peer selected a cipher suite disallowed for the selected protocol version.',
  },
  SSL_ERROR_RX_MALFORMED_HELLO_VERIFY_REQUEST: {
    code: -12166, kind: 'protocol-error', overridable: false,
    message: 'SSL received a malformed Hello Verify Request handshake message.',
  },
  SSL_ERROR_RX_UNEXPECTED_HELLO_VERIFY_REQUEST: {
    code: -12165, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Hello Verify Request handshake message.',
  },
  SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_VERSION: {
    code: -12164, kind: 'tls-unknown', overridable: false,
    message: 'SSL feature not supported for the protocol version.',
  },
  SSL_ERROR_RX_UNEXPECTED_CERT_STATUS: {
    code: -12163, kind: 'protocol-error', overridable: false,
    message: 'SSL received an unexpected Certificate Status handshake message.',
  },
  SSL_ERROR_UNSUPPORTED_HASH_ALGORITHM: {
    code: -12162, kind: 'protocol-mismatch', overridable: false,
    message: 'Unsupported hash algorithm used by TLS peer.',
  },
  SSL_ERROR_DIGEST_FAILURE: {
    code: -12161, kind: 'tls-unknown', overridable: false,
    message: 'Digest function failed.',
  },
  SSL_ERROR_INCORRECT_SIGNATURE_ALGORITHM: {
    code: -12160, kind: 'protocol-error', overridable: false,
    message: 'Incorrect signature algorithm specified in a digitally-signed element.',
  },
  SSL_ERROR_NEXT_PROTOCOL_NO_CALLBACK: {
    code: -12159, kind: 'tls-unknown', overridable: false,
    message: 'The next protocol negotiation extension was enabled, but the callback was cleared prior to being needed.',
  },
  SSL_ERROR_NEXT_PROTOCOL_NO_PROTOCOL: {
    code: -12158, kind: 'protocol-mismatch', overridable: false,
    message: 'The server supports no protocols that the client advertises in the ALPN extension.',
  },
  // the server saw a version downgrade: something on the path broke the first attempt
  SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT: {
    code: -12157, kind: 'interception-detected', overridable: false,
    message: 'The server rejected the handshake because the client downgraded to a lower TLS version than the server supports.',
  },
  SSL_ERROR_WEAK_SERVER_CERT_KEY: {
    code: -12156, kind: 'cert-weak', overridable: false,
    message: 'The server certificate included a public key that was too weak.',
  },
  SSL_ERROR_RX_SHORT_DTLS_READ: {
    code: -12155, kind: 'tls-unknown', overridable: false,
    message: 'Not enough room in buffer for DTLS record.',
  },
  SSL_ERROR_NO_SUPPORTED_SIGNATURE_ALGORITHM: {
    code: -12154, kind: 'protocol-mismatch', overridable: false,
    message: 'No supported TLS signature algorithm was configured.',
  },
  SSL_ERROR_UNSUPPORTED_SIGNATURE_ALGORITHM: {
    code: -12153, kind: 'protocol-mismatch', overridable: false,
    message: 'The peer used an unsupported combination of signature and hash algorithm.',
  },
  SSL_ERROR_MISSING_EXTENDED_MASTER_SECRET: {
    code: -12152, kind: 'protocol-error', overridable: false,
    message: 'The peer tried to resume without a correct extended_master_secret extension.',
  },
  SSL_ERROR_UNEXPECTED_EXTENDED_MASTER_SECRET: {
    code: -12151, kind: 'protocol-error', overridable: false,
    message: 'The peer tried to resume with an unexpected extended_master_secret extension.',
  },
  SSL_ERROR_RX_MALFORMED_KEY_SHARE: { code: -12150, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MISSING_KEY_SHARE: { code: -12149, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_MALFORMED_ECDHE_KEY_SHARE: { code: -12148, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_MALFORMED_DHE_KEY_SHARE: { code: -12147, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_UNEXPECTED_ENCRYPTED_EXTENSIONS: { code: -12146, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MISSING_EXTENSION_ALERT: { code: -12145, kind: 'protocol-error', overridable: false },
  // NSS raises this when no key-exchange group is shared
  SSL_ERROR_KEY_EXCHANGE_FAILURE: { code: -12144, kind: 'protocol-mismatch', overridable: false },
  SSL_ERROR_EXTENSION_DISALLOWED_FOR_VERSION: { code: -12143, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_MALFORMED_ENCRYPTED_EXTENSIONS: { code: -12142, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MALFORMED_PRE_SHARED_KEY: { code: -12141, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MALFORMED_EARLY_DATA: { code: -12140, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MISSING_ALPN_EXTENSION: { code: -12138, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_UNEXPECTED_EXTENSION: { code: -12137, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MISSING_SUPPORTED_GROUPS_EXTENSION: { code: -12136, kind: 'protocol-error', overridable: false },
  SSL_ERROR_TOO_MANY_RECORDS: { code: -12135, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_UNEXPECTED_HELLO_RETRY_REQUEST: { code: -12134, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_MALFORMED_HELLO_RETRY_REQUEST: { code: -12133, kind: 'protocol-error', overridable: false },
  SSL_ERROR_BAD_2ND_CLIENT_HELLO: { code: -12132, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MISSING_SIGNATURE_ALGORITHMS_EXTENSION: { code: -12131, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MALFORMED_PSK_KEY_EXCHANGE_MODES: { code: -12130, kind: 'protocol-error', overridable: false },
  SSL_ERROR_MISSING_PSK_KEY_EXCHANGE_MODES: { code: -12129, kind: 'protocol-error', overridable: false },
  // a TLS 1.3 downgrade signal
  SSL_ERROR_DOWNGRADE_WITH_EARLY_DATA: { code: -12128, kind: 'interception-detected', overridable: false },
  SSL_ERROR_TOO_MUCH_EARLY_DATA: { code: -12127, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_UNEXPECTED_END_OF_EARLY_DATA: { code: -12126, kind: 'protocol-error', overridable: false },
  SSL_ERROR_RX_MALFORMED_END_OF_EARLY_DATA: { code: -12125, kind: 'protocol-error', overridable: false },
  // an I/O failure inside certificate checking; cause unknown
  SEC_ERROR_IO: {
    code: -8192, kind: 'tls-unknown', overridable: false,
    message: 'An I/O error occurred during security authorization.',
  },
  SEC_ERROR_LIBRARY_FAILURE: {
    code: -8191, kind: 'tls-unknown', overridable: false,
    message: 'security library failure.',
  },
  SEC_ERROR_BAD_DATA: {
    code: -8190, kind: 'protocol-error', overridable: false,
    message: 'security library: received bad data.',
  },
  SEC_ERROR_INVALID_TIME: {
    code: -8184, kind: 'cert-invalid', overridable: true,
    message: 'Improperly formatted time string.',
  },
  SEC_ERROR_BAD_DER: {
    code: -8183, kind: 'cert-invalid', overridable: false,
    message: 'security library: improperly formatted DER-encoded message.',
  },
  SEC_ERROR_BAD_SIGNATURE: {
    code: -8182, kind: 'cert-invalid', overridable: false,
    message: "Peer's certificate has an invalid signature.",
  },
  SEC_ERROR_EXPIRED_CERTIFICATE: {
    code: -8181, kind: 'cert-date', overridable: true,
    message: "Peer's Certificate has expired.",
  },
  SEC_ERROR_REVOKED_CERTIFICATE: {
    code: -8180, kind: 'cert-revoked', overridable: false,
    message: "Peer's Certificate has been revoked.",
  },
  SEC_ERROR_UNKNOWN_ISSUER: {
    code: -8179, kind: 'cert-untrusted', overridable: true,
    message: "Peer's Certificate issuer is not recognized.",
  },
  SEC_ERROR_BAD_KEY: {
    code: -8178, kind: 'cert-invalid', overridable: false,
    message: "Peer's public key is invalid.",
  },
  // Firefox's own certificate store (cert9.db) is unreadable
  SEC_ERROR_BAD_DATABASE: {
    code: -8174, kind: 'tls-unknown', overridable: false,
    message: 'security library: bad database.',
  },
  SEC_ERROR_UNTRUSTED_ISSUER: {
    code: -8172, kind: 'cert-untrusted', overridable: false,
    message: "Peer's certificate issuer has been marked as not trusted by the user.",
  },
  SEC_ERROR_UNTRUSTED_CERT: {
    code: -8171, kind: 'cert-untrusted', overridable: false,
    message: "Peer's certificate has been marked as not trusted by the user.",
  },
  SEC_ERROR_NO_KEY: {
    code: -8166, kind: 'client-cert', overridable: false,
    message: 'The private key for this certificate cannot be found in key database',
  },
  SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE: {
    code: -8162, kind: 'cert-date', overridable: true,
    message: "The certificate issuer's certificate has expired. Check your system date and time.",
  },
  SEC_ERROR_CRL_EXPIRED: {
    code: -8161, kind: 'cert-invalid', overridable: false,
    message: "The CRL for the certificate's issuer has expired. Update it or check your system date and time.",
  },
  SEC_ERROR_CRL_BAD_SIGNATURE: {
    code: -8160, kind: 'cert-invalid', overridable: false,
    message: "The CRL for the certificate's issuer has an invalid signature.",
  },
  SEC_ERROR_CRL_INVALID: {
    code: -8159, kind: 'cert-invalid', overridable: false,
    message: 'New CRL has an invalid format.',
  },
  SEC_ERROR_EXTENSION_VALUE_INVALID: {
    code: -8158, kind: 'cert-invalid', overridable: false,
    message: 'Certificate extension value is invalid.',
  },
  SEC_ERROR_EXTENSION_NOT_FOUND: {
    code: -8157, kind: 'cert-invalid', overridable: false,
    message: 'Certificate extension not found.',
  },
  // the issuing CA certificate is unusable, so the chain is untrusted
  SEC_ERROR_CA_CERT_INVALID: {
    code: -8156, kind: 'cert-untrusted', overridable: true,
    message: 'Issuer certificate is invalid.',
  },
  SEC_ERROR_PATH_LEN_CONSTRAINT_INVALID: {
    code: -8155, kind: 'cert-invalid', overridable: false,
    message: 'Certificate path length constraint is invalid.',
  },
  SEC_ERROR_CERT_USAGES_INVALID: {
    code: -8154, kind: 'cert-invalid', overridable: false,
    message: 'Certificate usages field is invalid.',
  },
  SEC_ERROR_INVALID_KEY: {
    code: -8152, kind: 'cert-invalid', overridable: false,
    message: 'The key does not support the requested operation.',
  },
  SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION: {
    code: -8151, kind: 'cert-invalid', overridable: false,
    message: 'Certificate contains unknown critical extension.',
  },
  SEC_ERROR_UNSUPPORTED_KEYALG: {
    code: -8144, kind: 'cert-invalid', overridable: false,
    message: 'Unsupported or unknown key algorithm.',
  },
  SEC_ERROR_REVOKED_KEY: {
    code: -8131, kind: 'cert-revoked', overridable: false,
    message: "The key for this site's certificate has been revoked.",
  },
  // the smart card or security key holding a client certificate is missing
  SEC_ERROR_NO_TOKEN: {
    code: -8127, kind: 'client-cert', overridable: false,
    message: 'The security card or token does not exist, needs to be initialized, or has been removed.',
  },
  SEC_ERROR_READ_ONLY: {
    code: -8126, kind: 'tls-unknown', overridable: false,
    message: 'security library: read-only database.',
  },
  SEC_ERROR_INADEQUATE_KEY_USAGE: {
    code: -8102, kind: 'cert-invalid', overridable: false,
    message: 'Certificate key usage inadequate for attempted operation.',
  },
  SEC_ERROR_INADEQUATE_CERT_TYPE: {
    code: -8101, kind: 'cert-invalid', overridable: false,
    message: 'Certificate type not approved for application.',
  },
  SEC_ERROR_CERT_NOT_IN_NAME_SPACE: {
    code: -8080, kind: 'cert-invalid', overridable: false,
    message: 'The Certifying Authority for this certificate is not permitted to issue a certificate with this name.',
  },
  SEC_ERROR_CRL_NOT_YET_VALID: {
    code: -8078, kind: 'cert-invalid', overridable: false,
    message: 'The certificate revocation list for this certificate is not yet valid.',
  },
  SEC_ERROR_CERT_BAD_ACCESS_LOCATION: {
    code: -8075, kind: 'cert-invalid', overridable: false,
    message: 'The location for the certificate status server has invalid format.',
  },
  SEC_ERROR_OCSP_UNKNOWN_RESPONSE_TYPE: {
    code: -8074, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP response cannot be fully decoded; it is of an unknown type.',
  },
  SEC_ERROR_OCSP_BAD_HTTP_RESPONSE: {
    code: -8073, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server returned unexpected/invalid HTTP data.',
  },
  SEC_ERROR_OCSP_MALFORMED_REQUEST: {
    code: -8072, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server found the request to be corrupted or improperly formed.',
  },
  SEC_ERROR_OCSP_SERVER_ERROR: {
    code: -8071, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server experienced an internal error.',
  },
  SEC_ERROR_OCSP_TRY_SERVER_LATER: {
    code: -8070, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server suggests trying again later.',
  },
  SEC_ERROR_OCSP_REQUEST_NEEDS_SIG: {
    code: -8069, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server requires a signature on this request.',
  },
  SEC_ERROR_OCSP_UNAUTHORIZED_REQUEST: {
    code: -8068, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server has refused this request as unauthorized.',
  },
  SEC_ERROR_OCSP_UNKNOWN_RESPONSE_STATUS: {
    code: -8067, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server returned an unrecognizable status.',
  },
  SEC_ERROR_OCSP_UNKNOWN_CERT: {
    code: -8066, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP server has no status for the certificate.',
  },
  SEC_ERROR_OCSP_MALFORMED_RESPONSE: {
    code: -8063, kind: 'cert-invalid', overridable: false,
    message: 'The response from the OCSP server was corrupted or improperly formed.',
  },
  SEC_ERROR_OCSP_UNAUTHORIZED_RESPONSE: {
    code: -8062, kind: 'cert-invalid', overridable: false,
    message: 'The signer of the OCSP response is not authorized to give status for this certificate.',
  },
  SEC_ERROR_OCSP_FUTURE_RESPONSE: {
    code: -8061, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP response is not yet valid (contains a date in the future).',
  },
  SEC_ERROR_OCSP_OLD_RESPONSE: {
    code: -8060, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP response contains out-of-date information.',
  },
  SEC_ERROR_EXTRA_INPUT: {
    code: -8052, kind: 'cert-invalid', overridable: false,
    message: 'DER-encoded message contained extra unused data.',
  },
  SEC_ERROR_UNSUPPORTED_ELLIPTIC_CURVE: {
    code: -8051, kind: 'cert-invalid', overridable: false,
    message: 'Unsupported elliptic curve.',
  },
  SEC_ERROR_UNSUPPORTED_EC_POINT_FORM: {
    code: -8050, kind: 'cert-invalid', overridable: false,
    message: 'Unsupported elliptic curve point form.',
  },
  SEC_ERROR_UNRECOGNIZED_OID: {
    code: -8049, kind: 'cert-invalid', overridable: false,
    message: 'Unrecognized Object Identifier.',
  },
  SEC_ERROR_OCSP_INVALID_SIGNING_CERT: {
    code: -8048, kind: 'cert-invalid', overridable: false,
    message: 'Invalid OCSP signing certificate in OCSP response.',
  },
  SEC_ERROR_REVOKED_CERTIFICATE_CRL: {
    code: -8047, kind: 'cert-revoked', overridable: false,
    message: "Certificate is revoked in issuer's certificate revocation list.",
  },
  SEC_ERROR_REVOKED_CERTIFICATE_OCSP: {
    code: -8046, kind: 'cert-revoked', overridable: false,
    message: "Issuer's OCSP responder reports certificate is revoked.",
  },
  SEC_ERROR_OCSP_RESPONDER_CERT_INVALID: {
    code: -8036, kind: 'cert-invalid', overridable: false,
    message: "Configured OCSP responder's certificate is invalid.",
  },
  SEC_ERROR_OCSP_BAD_SIGNATURE: {
    code: -8035, kind: 'cert-invalid', overridable: false,
    message: 'OCSP response has an invalid signature.',
  },
  // chain building gave up
  SEC_ERROR_OUT_OF_SEARCH_LIMITS: {
    code: -8034, kind: 'cert-invalid', overridable: false,
    message: 'Cert validation search is out of search limits',
  },
  SEC_ERROR_POLICY_VALIDATION_FAILED: {
    code: -8032, kind: 'cert-invalid', overridable: false,
    message: 'Cert chain fails policy validation',
  },
  SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED: {
    code: -8016, kind: 'cert-weak', overridable: true,
    message: 'The certificate was signed using a signature algorithm that is disabled because it is not secure.',
  },
  SEC_ERROR_SIGNATURE_ALGORITHM_DISABLED: { code: -8011, kind: 'cert-weak', overridable: false },
  SEC_ERROR_ALGORITHM_MISMATCH: { code: -8010, kind: 'cert-invalid', overridable: false },
  MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE: {
    code: -16384, kind: 'cert-invalid', overridable: false,
    message: 'The server uses key pinning (HPKP) but no trusted certificate chain could be constructed that matches the pinset. Key pinning violations cannot be overridden.',
  },
  MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY: {
    code: -16383, kind: 'cert-invalid', overridable: true,
    message: 'The server uses a certificate with a basic constraints extension identifying it as a certificate authority. For a properly-issued certificate, this should not be the case.',
  },
  MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE: {
    code: -16382, kind: 'cert-weak', overridable: true,
    message: 'The server presented a certificate with a key size that is too small to establish a secure connection.',
  },
  MOZILLA_PKIX_ERROR_V1_CERT_USED_AS_CA: {
    code: -16381, kind: 'cert-invalid', overridable: true,
    message: "An X.509 version 1 certificate that is not a trust anchor was used to issue the server's certificate. X.509 version 1 certificates are deprecated and should not be used to sign other certificates.",
  },
  // an e-mail name mismatch; not expected for web sites
  MOZILLA_PKIX_ERROR_NO_RFC822NAME_MATCH: { code: -16380, kind: 'cert-name', overridable: false },
  MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE: {
    code: -16379, kind: 'cert-date', overridable: true,
    message: 'The server presented a certificate that is not yet valid.',
  },
  MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE: {
    code: -16378, kind: 'cert-date', overridable: true,
    message: "A certificate that is not yet valid was used to issue the server's certificate.",
  },
  MOZILLA_PKIX_ERROR_SIGNATURE_ALGORITHM_MISMATCH: {
    code: -16377, kind: 'cert-invalid', overridable: false,
    message: 'The signature algorithm in the signature field of the certificate does not match the algorithm in its signatureAlgorithm field.',
  },
  MOZILLA_PKIX_ERROR_OCSP_RESPONSE_FOR_CERT_MISSING: {
    code: -16376, kind: 'cert-invalid', overridable: false,
    message: 'The OCSP response does not include a status for the certificate being verified.',
  },
  MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG: {
    code: -16375, kind: 'cert-invalid', overridable: false,
    message: 'The server presented a certificate that is valid for too long.',
  },
  MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING: {
    code: -16374, kind: 'cert-invalid', overridable: false,
    message: 'A required TLS feature is missing.',
  },
  MOZILLA_PKIX_ERROR_INVALID_INTEGER_ENCODING: {
    code: -16373, kind: 'cert-invalid', overridable: false,
    message: 'The server presented a certificate that contains an invalid encoding of an integer. Common causes include negative serial numbers, negative RSA moduli, and encodings that are longer than necessary.',
  },
  MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME: {
    code: -16372, kind: 'cert-invalid', overridable: true,
    message: 'The server presented a certificate with an empty issuer distinguished name.',
  },
  // used for the Symantec distrust: a root browsers stopped trusting
  MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED: {
    code: -16371, kind: 'cert-untrusted', overridable: true,
    message: 'An additional policy constraint failed when validating this certificate.',
  },
  MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT: {
    code: -16370, kind: 'cert-untrusted', overridable: true,
    message: 'The certificate is not trusted because it is self-signed.',
  },
  MOZILLA_PKIX_ERROR_MITM_DETECTED: { code: -16369, kind: 'interception-detected', overridable: true },
  MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY: { code: -16368, kind: 'cert-invalid', overridable: false },
  MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED: {
    code: -16367, kind: 'cert-untrusted', overridable: false,
    message: 'The certificate authority that issued the certificate was distrusted before the certificate was issued.',
  },
  SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT: { code: -12107, kind: 'client-cert', overridable: false },

  // NSPR socket errors (prerr.h, base -6000). Firefox shows these on its "Secure Connection Failed"
  // page when the socket dies inside the TLS handshake (PR_END_OF_FILE_ERROR is the classic sign of
  // a middlebox or security product cutting the handshake). Same https rule as other resets.
  PR_IO_TIMEOUT_ERROR: { code: -5990, kind: 'handshake-interrupted', httpsOnly: true, overridable: false },
  PR_CONNECT_REFUSED_ERROR: { code: -5981, kind: 'not-tls', overridable: false },
  PR_NETWORK_UNREACHABLE_ERROR: { code: -5980, kind: 'not-tls', overridable: false },
  PR_CONNECT_TIMEOUT_ERROR: { code: -5979, kind: 'handshake-interrupted', httpsOnly: true, overridable: false },
  PR_CONNECT_RESET_ERROR: { code: -5961, kind: 'handshake-interrupted', httpsOnly: true, overridable: false },
  PR_END_OF_FILE_ERROR: { code: -5938, kind: 'handshake-interrupted', httpsOnly: true, overridable: false },
};
