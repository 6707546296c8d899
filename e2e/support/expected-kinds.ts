// Harness case → the FailureKind the troubleshooter must show. One table for both browsers: the
// same fault must give the same kind in Chromium and in Firefox, whatever each browser calls it.
export const EXPECTED_KIND: Readonly<Record<string, string>> = Object.freeze({
  expired: 'cert-date',
  'not-yet-valid': 'cert-date',
  'self-signed': 'cert-untrusted',
  'untrusted-root': 'cert-untrusted',
  'wrong-host': 'cert-name',
  'tls-1.0-1.1-only': 'protocol-mismatch',
  'dhe-only': 'protocol-mismatch',
  'client-cert-required': 'client-cert',
  'tcp-reset': 'handshake-interrupted',
  'plain-http': 'protocol-error',
});
