// Firefox's en-US message text for each security error, from nsserrors.properties: what Firefox's
// webRequest reports in en-US and English-pack UIs (Japanese included). Rows the tsv only
// paraphrases have none. The tsv's "(obsolete)" and "(used for ...)" notes are annotations, not
// part of the text; three long messages are kept in full because the tsv shortened them
// (firefox-message-text.ts accepts either form). Straight apostrophes: the browser uses curly
// ones, and matching folds them.
//
// Kept apart from the error table because it is a shortcut, not the answer (the text follows the
// UI language): the shipped Firefox background leaves it out and takes the language-independent
// route (src/platform/catalog.ts).
export const FIREFOX_MESSAGES: Readonly<Record<string, string>> = {
  SSL_ERROR_EXPORT_ONLY_SERVER:
    'Unable to communicate securely. Peer does not support high-grade encryption.',
  SSL_ERROR_US_ONLY_SERVER:
    'Unable to communicate securely. Peer requires high-grade encryption which is not supported.',
  SSL_ERROR_NO_CYPHER_OVERLAP:
    'Cannot communicate securely with peer: no common encryption algorithm(s).',
  SSL_ERROR_NO_CERTIFICATE:
    'Unable to find the certificate or key necessary for authentication.',
  SSL_ERROR_BAD_CERTIFICATE:
    "Unable to communicate securely with peer: peers's certificate was rejected.",
  SSL_ERROR_BAD_CLIENT:
    'The server has encountered bad data from the client.',
  SSL_ERROR_BAD_SERVER:
    'The client has encountered bad data from the server.',
  SSL_ERROR_UNSUPPORTED_CERTIFICATE_TYPE:
    'Unsupported certificate type.',
  SSL_ERROR_UNSUPPORTED_VERSION:
    'Peer using unsupported version of security protocol.',
  SSL_ERROR_WRONG_CERTIFICATE:
    'Client authentication failed: private key in key database does not match public key in certificate database.',
  SSL_ERROR_BAD_CERT_DOMAIN:
    "Unable to communicate securely with peer: requested domain name does not match the server's certificate.",
  SSL_ERROR_SSL2_DISABLED:
    'Peer only supports SSL version 2, which is locally disabled.',
  SSL_ERROR_BAD_MAC_READ:
    'SSL received a record with an incorrect Message Authentication Code.',
  SSL_ERROR_BAD_MAC_ALERT:
    'SSL peer reports incorrect Message Authentication Code.',
  SSL_ERROR_BAD_CERT_ALERT:
    'SSL peer cannot verify your certificate.',
  SSL_ERROR_REVOKED_CERT_ALERT:
    'SSL peer rejected your certificate as revoked.',
  SSL_ERROR_EXPIRED_CERT_ALERT:
    'SSL peer rejected your certificate as expired.',
  SSL_ERROR_SSL_DISABLED:
    'Cannot connect: SSL is disabled.',
  SSL_ERROR_UNKNOWN_CIPHER_SUITE:
    'An unknown SSL cipher suite has been requested.',
  SSL_ERROR_NO_CIPHERS_SUPPORTED:
    'No cipher suites are present and enabled in this program.',
  SSL_ERROR_BAD_BLOCK_PADDING:
    'SSL received a record with bad block padding.',
  SSL_ERROR_RX_RECORD_TOO_LONG:
    'SSL received a record that exceeded the maximum permissible length.',
  SSL_ERROR_TX_RECORD_TOO_LONG:
    'SSL attempted to send a record that exceeded the maximum permissible length.',
  SSL_ERROR_RX_MALFORMED_HELLO_REQUEST:
    'SSL received a malformed Hello Request handshake message.',
  SSL_ERROR_RX_MALFORMED_CLIENT_HELLO:
    'SSL received a malformed Client Hello handshake message.',
  SSL_ERROR_RX_MALFORMED_SERVER_HELLO:
    'SSL received a malformed Server Hello handshake message.',
  SSL_ERROR_RX_MALFORMED_CERTIFICATE:
    'SSL received a malformed Certificate handshake message.',
  SSL_ERROR_RX_MALFORMED_SERVER_KEY_EXCH:
    'SSL received a malformed Server Key Exchange handshake message.',
  SSL_ERROR_RX_MALFORMED_CERT_REQUEST:
    'SSL received a malformed Certificate Request handshake message.',
  SSL_ERROR_RX_MALFORMED_HELLO_DONE:
    'SSL received a malformed Server Hello Done handshake message.',
  SSL_ERROR_RX_MALFORMED_CERT_VERIFY:
    'SSL received a malformed Certificate Verify handshake message.',
  SSL_ERROR_RX_MALFORMED_CLIENT_KEY_EXCH:
    'SSL received a malformed Client Key Exchange handshake message.',
  SSL_ERROR_RX_MALFORMED_FINISHED:
    'SSL received a malformed Finished handshake message.',
  SSL_ERROR_RX_MALFORMED_CHANGE_CIPHER:
    'SSL received a malformed Change Cipher Spec record.',
  SSL_ERROR_RX_MALFORMED_ALERT:
    'SSL received a malformed Alert record.',
  SSL_ERROR_RX_MALFORMED_HANDSHAKE:
    'SSL received a malformed Handshake record.',
  SSL_ERROR_RX_MALFORMED_APPLICATION_DATA:
    'SSL received a malformed Application Data record.',
  SSL_ERROR_RX_UNEXPECTED_HELLO_REQUEST:
    'SSL received an unexpected Hello Request handshake message.',
  SSL_ERROR_RX_UNEXPECTED_CLIENT_HELLO:
    'SSL received an unexpected Client Hello handshake message.',
  SSL_ERROR_RX_UNEXPECTED_SERVER_HELLO:
    'SSL received an unexpected Server Hello handshake message.',
  SSL_ERROR_RX_UNEXPECTED_CERTIFICATE:
    'SSL received an unexpected Certificate handshake message.',
  SSL_ERROR_RX_UNEXPECTED_SERVER_KEY_EXCH:
    'SSL received an unexpected Server Key Exchange handshake message.',
  SSL_ERROR_RX_UNEXPECTED_CERT_REQUEST:
    'SSL received an unexpected Certificate Request handshake message.',
  SSL_ERROR_RX_UNEXPECTED_HELLO_DONE:
    'SSL received an unexpected Server Hello Done handshake message.',
  SSL_ERROR_RX_UNEXPECTED_CERT_VERIFY:
    'SSL received an unexpected Certificate Verify handshake message.',
  SSL_ERROR_RX_UNEXPECTED_CLIENT_KEY_EXCH:
    'SSL received an unexpected Client Key Exchange handshake message.',
  SSL_ERROR_RX_UNEXPECTED_FINISHED:
    'SSL received an unexpected Finished handshake message.',
  SSL_ERROR_RX_UNEXPECTED_CHANGE_CIPHER:
    'SSL received an unexpected Change Cipher Spec record.',
  SSL_ERROR_RX_UNEXPECTED_ALERT:
    'SSL received an unexpected Alert record.',
  SSL_ERROR_RX_UNEXPECTED_HANDSHAKE:
    'SSL received an unexpected Handshake record.',
  SSL_ERROR_RX_UNEXPECTED_APPLICATION_DATA:
    'SSL received an unexpected Application Data record.',
  SSL_ERROR_RX_UNKNOWN_RECORD_TYPE:
    'SSL received a record with an unknown content type.',
  SSL_ERROR_RX_UNKNOWN_HANDSHAKE:
    'SSL received a handshake message with an unknown message type.',
  SSL_ERROR_RX_UNKNOWN_ALERT:
    'SSL received an alert record with an unknown alert description.',
  SSL_ERROR_CLOSE_NOTIFY_ALERT:
    'SSL peer has closed this connection.',
  SSL_ERROR_HANDSHAKE_UNEXPECTED_ALERT:
    'SSL peer was not expecting a handshake message it received.',
  SSL_ERROR_DECOMPRESSION_FAILURE_ALERT:
    'SSL peer was unable to successfully decompress an SSL record it received.',
  SSL_ERROR_HANDSHAKE_FAILURE_ALERT:
    'SSL peer was unable to negotiate an acceptable set of security parameters.',
  SSL_ERROR_ILLEGAL_PARAMETER_ALERT:
    'SSL peer rejected a handshake message for unacceptable content.',
  SSL_ERROR_UNSUPPORTED_CERT_ALERT:
    'SSL peer does not support certificates of the type it received.',
  SSL_ERROR_CERTIFICATE_UNKNOWN_ALERT:
    'SSL peer had some unspecified issue with the certificate it received.',
  SSL_ERROR_GENERATE_RANDOM_FAILURE:
    'SSL experienced a failure of its random number generator.',
  SSL_ERROR_SIGN_HASHES_FAILURE:
    'Unable to digitally sign data required to verify your certificate.',
  SSL_ERROR_EXTRACT_PUBLIC_KEY_FAILURE:
    "SSL was unable to extract the public key from the peer's certificate.",
  SSL_ERROR_SERVER_KEY_EXCHANGE_FAILURE:
    'Unspecified failure while processing SSL Server Key Exchange handshake.',
  SSL_ERROR_CLIENT_KEY_EXCHANGE_FAILURE:
    'Unspecified failure while processing SSL Client Key Exchange handshake.',
  SSL_ERROR_ENCRYPTION_FAILURE:
    'Bulk data encryption algorithm failed in selected cipher suite.',
  SSL_ERROR_DECRYPTION_FAILURE:
    'Bulk data decryption algorithm failed in selected cipher suite.',
  SSL_ERROR_SOCKET_WRITE_FAILURE:
    'Attempt to write encrypted data to underlying socket failed.',
  SSL_ERROR_MD5_DIGEST_FAILURE:
    'MD5 digest function failed.',
  SSL_ERROR_SHA_DIGEST_FAILURE:
    'SHA-1 digest function failed.',
  SSL_ERROR_MAC_COMPUTATION_FAILURE:
    'MAC computation failed.',
  SSL_ERROR_SYM_KEY_CONTEXT_FAILURE:
    'Failure to create Symmetric Key context.',
  SSL_ERROR_SYM_KEY_UNWRAP_FAILURE:
    'Failure to unwrap the Symmetric key in Client Key Exchange message.',
  SSL_ERROR_IV_PARAM_FAILURE:
    'PKCS11 code failed to translate an IV into a param.',
  SSL_ERROR_INIT_CIPHER_SUITE_FAILURE:
    'Failed to initialize the selected cipher suite.',
  SSL_ERROR_SESSION_KEY_GEN_FAILURE:
    'Client failed to generate session keys for SSL session.',
  SSL_ERROR_NO_SERVER_KEY_FOR_ALG:
    'Server has no key for the attempted key exchange algorithm.',
  SSL_ERROR_TOKEN_INSERTION_REMOVAL:
    'PKCS#11 token was inserted or removed while operation was in progress.',
  SSL_ERROR_TOKEN_SLOT_NOT_FOUND:
    'No PKCS#11 token could be found to do a required operation.',
  SSL_ERROR_NO_COMPRESSION_OVERLAP:
    'Cannot communicate securely with peer: no common compression algorithm(s).',
  SSL_ERROR_HANDSHAKE_NOT_COMPLETED:
    'Cannot initiate another SSL handshake until current handshake is complete.',
  SSL_ERROR_BAD_HANDSHAKE_HASH_VALUE:
    'Received incorrect handshakes hash values from peer.',
  SSL_ERROR_CERT_KEA_MISMATCH:
    'The certificate provided cannot be used with the selected key exchange algorithm.',
  SSL_ERROR_NO_TRUSTED_SSL_CLIENT_CA:
    'No certificate authority is trusted for SSL client authentication.',
  SSL_ERROR_SESSION_NOT_FOUND:
    "Client's SSL session ID not found in server's session cache.",
  SSL_ERROR_DECRYPTION_FAILED_ALERT:
    'Peer was unable to decrypt an SSL record it received.',
  SSL_ERROR_RECORD_OVERFLOW_ALERT:
    'Peer received an SSL record that was longer than is permitted.',
  SSL_ERROR_UNKNOWN_CA_ALERT:
    'Peer does not recognize and trust the CA that issued your certificate.',
  SSL_ERROR_ACCESS_DENIED_ALERT:
    'Peer received a valid certificate, but access was denied.',
  SSL_ERROR_DECODE_ERROR_ALERT:
    'Peer could not decode an SSL handshake message.',
  SSL_ERROR_DECRYPT_ERROR_ALERT:
    'Peer reports failure of signature verification or key exchange.',
  SSL_ERROR_EXPORT_RESTRICTION_ALERT:
    'Peer reports negotiation not in compliance with export regulations.',
  SSL_ERROR_PROTOCOL_VERSION_ALERT:
    'Peer reports incompatible or unsupported protocol version.',
  SSL_ERROR_INSUFFICIENT_SECURITY_ALERT:
    'Server requires ciphers more secure than those supported by client.',
  SSL_ERROR_INTERNAL_ERROR_ALERT:
    'Peer reports it experienced an internal error.',
  SSL_ERROR_USER_CANCELED_ALERT:
    'Peer user canceled handshake.',
  SSL_ERROR_NO_RENEGOTIATION_ALERT:
    'Peer does not permit renegotiation of SSL security parameters.',
  SSL_ERROR_SERVER_CACHE_NOT_CONFIGURED:
    'SSL server cache not configured and not disabled for this socket.',
  SSL_ERROR_UNSUPPORTED_EXTENSION_ALERT:
    'SSL peer does not support requested TLS hello extension.',
  SSL_ERROR_CERTIFICATE_UNOBTAINABLE_ALERT:
    'SSL peer could not obtain your certificate from the supplied URL.',
  SSL_ERROR_UNRECOGNIZED_NAME_ALERT:
    'SSL peer has no certificate for the requested DNS name.',
  SSL_ERROR_BAD_CERT_STATUS_RESPONSE_ALERT:
    'SSL peer was unable to get an OCSP response for its certificate.',
  SSL_ERROR_BAD_CERT_HASH_VALUE_ALERT:
    'SSL peer reported bad certificate hash value.',
  SSL_ERROR_RX_UNEXPECTED_NEW_SESSION_TICKET:
    'SSL received an unexpected New Session Ticket handshake message.',
  SSL_ERROR_RX_MALFORMED_NEW_SESSION_TICKET:
    'SSL received a malformed New Session Ticket handshake message.',
  SSL_ERROR_DECOMPRESSION_FAILURE:
    'SSL received a compressed record that could not be decompressed.',
  SSL_ERROR_RENEGOTIATION_NOT_ALLOWED:
    'Renegotiation is not allowed on this SSL socket.',
  SSL_ERROR_UNSAFE_NEGOTIATION:
    'Peer attempted old style (potentially vulnerable) handshake.',
  SSL_ERROR_RX_UNEXPECTED_UNCOMPRESSED_RECORD:
    'SSL received an unexpected uncompressed record.',
  SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY:
    'SSL received a weak ephemeral Diffie-Hellman key in Server Key Exchange handshake message.',
  SSL_ERROR_NEXT_PROTOCOL_DATA_INVALID:
    'SSL received invalid NPN extension data.',
  SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_SERVERS:
    'SSL feature not supported for servers.',
  SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_CLIENTS:
    'SSL feature not supported for clients.',
  SSL_ERROR_INVALID_VERSION_RANGE:
    'SSL version range is not valid.',
  SSL_ERROR_CIPHER_DISALLOWED_FOR_VERSION:
    'SSL peer selected a cipher suite disallowed for the selected protocol version.',
  SSL_ERROR_RX_MALFORMED_HELLO_VERIFY_REQUEST:
    'SSL received a malformed Hello Verify Request handshake message.',
  SSL_ERROR_RX_UNEXPECTED_HELLO_VERIFY_REQUEST:
    'SSL received an unexpected Hello Verify Request handshake message.',
  SSL_ERROR_FEATURE_NOT_SUPPORTED_FOR_VERSION:
    'SSL feature not supported for the protocol version.',
  SSL_ERROR_RX_UNEXPECTED_CERT_STATUS:
    'SSL received an unexpected Certificate Status handshake message.',
  SSL_ERROR_UNSUPPORTED_HASH_ALGORITHM:
    'Unsupported hash algorithm used by TLS peer.',
  SSL_ERROR_DIGEST_FAILURE:
    'Digest function failed.',
  SSL_ERROR_INCORRECT_SIGNATURE_ALGORITHM:
    'Incorrect signature algorithm specified in a digitally-signed element.',
  SSL_ERROR_NEXT_PROTOCOL_NO_CALLBACK:
    'The next protocol negotiation extension was enabled, but the callback was cleared prior to being needed.',
  SSL_ERROR_NEXT_PROTOCOL_NO_PROTOCOL:
    'The server supports no protocols that the client advertises in the ALPN extension.',
  SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT:
    'The server rejected the handshake because the client downgraded to a lower TLS version than the server supports.',
  SSL_ERROR_WEAK_SERVER_CERT_KEY:
    'The server certificate included a public key that was too weak.',
  SSL_ERROR_RX_SHORT_DTLS_READ:
    'Not enough room in buffer for DTLS record.',
  SSL_ERROR_NO_SUPPORTED_SIGNATURE_ALGORITHM:
    'No supported TLS signature algorithm was configured.',
  SSL_ERROR_UNSUPPORTED_SIGNATURE_ALGORITHM:
    'The peer used an unsupported combination of signature and hash algorithm.',
  SSL_ERROR_MISSING_EXTENDED_MASTER_SECRET:
    'The peer tried to resume without a correct extended_master_secret extension.',
  SSL_ERROR_UNEXPECTED_EXTENDED_MASTER_SECRET:
    'The peer tried to resume with an unexpected extended_master_secret extension.',
  SEC_ERROR_IO:
    'An I/O error occurred during security authorization.',
  SEC_ERROR_LIBRARY_FAILURE:
    'security library failure.',
  SEC_ERROR_BAD_DATA:
    'security library: received bad data.',
  SEC_ERROR_INVALID_TIME:
    'Improperly formatted time string.',
  SEC_ERROR_BAD_DER:
    'security library: improperly formatted DER-encoded message.',
  SEC_ERROR_BAD_SIGNATURE:
    "Peer's certificate has an invalid signature.",
  SEC_ERROR_EXPIRED_CERTIFICATE:
    "Peer's Certificate has expired.",
  SEC_ERROR_REVOKED_CERTIFICATE:
    "Peer's Certificate has been revoked.",
  SEC_ERROR_UNKNOWN_ISSUER:
    "Peer's Certificate issuer is not recognized.",
  SEC_ERROR_BAD_KEY:
    "Peer's public key is invalid.",
  SEC_ERROR_BAD_DATABASE:
    'security library: bad database.',
  SEC_ERROR_UNTRUSTED_ISSUER:
    "Peer's certificate issuer has been marked as not trusted by the user.",
  SEC_ERROR_UNTRUSTED_CERT:
    "Peer's certificate has been marked as not trusted by the user.",
  SEC_ERROR_NO_KEY:
    'The private key for this certificate cannot be found in key database',
  SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE:
    "The certificate issuer's certificate has expired. Check your system date and time.",
  SEC_ERROR_CRL_EXPIRED:
    "The CRL for the certificate's issuer has expired. Update it or check your system date and time.",
  SEC_ERROR_CRL_BAD_SIGNATURE:
    "The CRL for the certificate's issuer has an invalid signature.",
  SEC_ERROR_CRL_INVALID:
    'New CRL has an invalid format.',
  SEC_ERROR_EXTENSION_VALUE_INVALID:
    'Certificate extension value is invalid.',
  SEC_ERROR_EXTENSION_NOT_FOUND:
    'Certificate extension not found.',
  SEC_ERROR_CA_CERT_INVALID:
    'Issuer certificate is invalid.',
  SEC_ERROR_PATH_LEN_CONSTRAINT_INVALID:
    'Certificate path length constraint is invalid.',
  SEC_ERROR_CERT_USAGES_INVALID:
    'Certificate usages field is invalid.',
  SEC_ERROR_INVALID_KEY:
    'The key does not support the requested operation.',
  SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION:
    'Certificate contains unknown critical extension.',
  SEC_ERROR_UNSUPPORTED_KEYALG:
    'Unsupported or unknown key algorithm.',
  SEC_ERROR_REVOKED_KEY:
    "The key for this site's certificate has been revoked.",
  SEC_ERROR_NO_TOKEN:
    'The security card or token does not exist, needs to be initialized, or has been removed.',
  SEC_ERROR_READ_ONLY:
    'security library: read-only database.',
  SEC_ERROR_INADEQUATE_KEY_USAGE:
    'Certificate key usage inadequate for attempted operation.',
  SEC_ERROR_INADEQUATE_CERT_TYPE:
    'Certificate type not approved for application.',
  SEC_ERROR_CERT_NOT_IN_NAME_SPACE:
    'The Certifying Authority for this certificate is not permitted to issue a certificate with this name.',
  SEC_ERROR_CRL_NOT_YET_VALID:
    'The certificate revocation list for this certificate is not yet valid.',
  SEC_ERROR_CERT_BAD_ACCESS_LOCATION:
    'The location for the certificate status server has invalid format.',
  SEC_ERROR_OCSP_UNKNOWN_RESPONSE_TYPE:
    'The OCSP response cannot be fully decoded; it is of an unknown type.',
  SEC_ERROR_OCSP_BAD_HTTP_RESPONSE:
    'The OCSP server returned unexpected/invalid HTTP data.',
  SEC_ERROR_OCSP_MALFORMED_REQUEST:
    'The OCSP server found the request to be corrupted or improperly formed.',
  SEC_ERROR_OCSP_SERVER_ERROR:
    'The OCSP server experienced an internal error.',
  SEC_ERROR_OCSP_TRY_SERVER_LATER:
    'The OCSP server suggests trying again later.',
  SEC_ERROR_OCSP_REQUEST_NEEDS_SIG:
    'The OCSP server requires a signature on this request.',
  SEC_ERROR_OCSP_UNAUTHORIZED_REQUEST:
    'The OCSP server has refused this request as unauthorized.',
  SEC_ERROR_OCSP_UNKNOWN_RESPONSE_STATUS:
    'The OCSP server returned an unrecognizable status.',
  SEC_ERROR_OCSP_UNKNOWN_CERT:
    'The OCSP server has no status for the certificate.',
  SEC_ERROR_OCSP_MALFORMED_RESPONSE:
    'The response from the OCSP server was corrupted or improperly formed.',
  SEC_ERROR_OCSP_UNAUTHORIZED_RESPONSE:
    'The signer of the OCSP response is not authorized to give status for this certificate.',
  SEC_ERROR_OCSP_FUTURE_RESPONSE:
    'The OCSP response is not yet valid (contains a date in the future).',
  SEC_ERROR_OCSP_OLD_RESPONSE:
    'The OCSP response contains out-of-date information.',
  SEC_ERROR_EXTRA_INPUT:
    'DER-encoded message contained extra unused data.',
  SEC_ERROR_UNSUPPORTED_ELLIPTIC_CURVE:
    'Unsupported elliptic curve.',
  SEC_ERROR_UNSUPPORTED_EC_POINT_FORM:
    'Unsupported elliptic curve point form.',
  SEC_ERROR_UNRECOGNIZED_OID:
    'Unrecognized Object Identifier.',
  SEC_ERROR_OCSP_INVALID_SIGNING_CERT:
    'Invalid OCSP signing certificate in OCSP response.',
  SEC_ERROR_REVOKED_CERTIFICATE_CRL:
    "Certificate is revoked in issuer's certificate revocation list.",
  SEC_ERROR_REVOKED_CERTIFICATE_OCSP:
    "Issuer's OCSP responder reports certificate is revoked.",
  SEC_ERROR_OCSP_RESPONDER_CERT_INVALID:
    "Configured OCSP responder's certificate is invalid.",
  SEC_ERROR_OCSP_BAD_SIGNATURE:
    'OCSP response has an invalid signature.',
  SEC_ERROR_OUT_OF_SEARCH_LIMITS:
    'Cert validation search is out of search limits',
  SEC_ERROR_POLICY_VALIDATION_FAILED:
    'Cert chain fails policy validation',
  SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED:
    'The certificate was signed using a signature algorithm that is disabled because it is not secure.',
  MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE:
    'The server uses key pinning (HPKP) but no trusted certificate chain could be constructed that matches the pinset. Key pinning violations cannot be overridden.',
  MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY:
    'The server uses a certificate with a basic constraints extension identifying it as a certificate authority. For a properly-issued certificate, this should not be the case.',
  MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE:
    'The server presented a certificate with a key size that is too small to establish a secure connection.',
  MOZILLA_PKIX_ERROR_V1_CERT_USED_AS_CA:
    "An X.509 version 1 certificate that is not a trust anchor was used to issue the server's certificate. X.509 version 1 certificates are deprecated and should not be used to sign other certificates.",
  MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE:
    'The server presented a certificate that is not yet valid.',
  MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE:
    "A certificate that is not yet valid was used to issue the server's certificate.",
  MOZILLA_PKIX_ERROR_SIGNATURE_ALGORITHM_MISMATCH:
    'The signature algorithm in the signature field of the certificate does not match the algorithm in its signatureAlgorithm field.',
  MOZILLA_PKIX_ERROR_OCSP_RESPONSE_FOR_CERT_MISSING:
    'The OCSP response does not include a status for the certificate being verified.',
  MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG:
    'The server presented a certificate that is valid for too long.',
  MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING:
    'A required TLS feature is missing.',
  MOZILLA_PKIX_ERROR_INVALID_INTEGER_ENCODING:
    'The server presented a certificate that contains an invalid encoding of an integer. Common causes include negative serial numbers, negative RSA moduli, and encodings that are longer than necessary.',
  MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME:
    'The server presented a certificate with an empty issuer distinguished name.',
  MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED:
    'An additional policy constraint failed when validating this certificate.',
  MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT:
    'The certificate is not trusted because it is self-signed.',
  MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED:
    'The certificate authority that issued the certificate was distrusted before the certificate was issued.',
};
