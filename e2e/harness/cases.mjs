// The fault cases and what real browsers report for them. The expectations are copied from
// test/fixtures/shared-data/observed-errors.tsv (measured: Debian Chromium 156, Firefox ESR 153);
// test/unit/e2e/harness/cases.test.ts keeps the two in sync.

/**
 * @typedef {'healthy' | 'expired' | 'not-yet-valid' | 'self-signed' | 'untrusted-root' | 'wrong-host'
 *   | 'tls-1.0-1.1-only' | 'dhe-only' | 'client-cert-required' | 'client-cert-tls12' | 'tcp-reset'
 *   | 'plain-http' | 'refused' | 'tls12-only'} CaseName
 *
 * @typedef {object} CaseDef
 * @property {CaseName} name
 * @property {string} title  readable title for the index page
 * @property {string} host  hostname under .hd.test
 * @property {string | null} tsvCase  row of observed-errors.tsv (null: healthy, no error)
 * @property {string[]} expectChromium  net::ERR_* strings Chromium may report (any one of them)
 * @property {string} expectFirefox  decoded Firefox error name ('' = loads)
 */

// The harness holds the browser's side open after the refusal (servers.mjs: createHoldOpenFront), so
// Chromium names the fault every time; with a FIN behind the alert it is ERR_SOCKET_NOT_CONNECTED about a third of the time.
const CHROMIUM_CLIENT_CERT = ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT'];

/** @type {readonly CaseDef[]} */
export const CASE_DEFS = Object.freeze([
  {
    name: 'healthy',
    title: 'Healthy site (valid certificate from the test root)',
    host: 'healthy.hd.test',
    tsvCase: null,
    expectChromium: [],
    expectFirefox: '',
  },
  {
    name: 'expired',
    title: 'Expired certificate',
    host: 'expired.hd.test',
    tsvCase: 'expired',
    expectChromium: ['net::ERR_CERT_DATE_INVALID'],
    expectFirefox: 'SEC_ERROR_EXPIRED_CERTIFICATE',
  },
  {
    name: 'not-yet-valid',
    title: 'Certificate not yet valid',
    host: 'not-yet-valid.hd.test',
    tsvCase: 'not-yet-valid',
    expectChromium: ['net::ERR_CERT_DATE_INVALID'],
    expectFirefox: 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE',
  },
  {
    name: 'self-signed',
    title: 'Self-signed certificate',
    host: 'self-signed.hd.test',
    tsvCase: 'self-signed',
    expectChromium: ['net::ERR_CERT_AUTHORITY_INVALID'],
    expectFirefox: 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
  },
  {
    name: 'untrusted-root',
    title: 'Certificate from an untrusted root',
    host: 'untrusted-root.hd.test',
    tsvCase: 'untrusted-root',
    expectChromium: ['net::ERR_CERT_AUTHORITY_INVALID'],
    expectFirefox: 'SEC_ERROR_UNKNOWN_ISSUER',
  },
  {
    name: 'wrong-host',
    title: 'Certificate for another host name',
    host: 'wrong-host.hd.test',
    tsvCase: 'wrong-host',
    expectChromium: ['net::ERR_CERT_COMMON_NAME_INVALID'],
    expectFirefox: 'SSL_ERROR_BAD_CERT_DOMAIN',
  },
  {
    name: 'tls-1.0-1.1-only',
    title: 'Server speaks only TLS 1.0 / 1.1',
    host: 'tls-1-0-1-1-only.hd.test',
    tsvCase: 'tls-1.0-1.1-only',
    expectChromium: ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'],
    expectFirefox: 'SSL_ERROR_PROTOCOL_VERSION_ALERT',
  },
  {
    name: 'dhe-only',
    title: 'Server offers only DHE cipher suites',
    host: 'dhe-only.hd.test',
    tsvCase: 'dhe-only',
    expectChromium: ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'],
    expectFirefox: 'SSL_ERROR_NO_CYPHER_OVERLAP',
  },
  {
    name: 'client-cert-required',
    title: 'Client certificate required (TLS 1.3)',
    host: 'client-cert-required.hd.test',
    tsvCase: 'client-cert-tls13',
    expectChromium: CHROMIUM_CLIENT_CERT,
    expectFirefox: 'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT',
  },
  {
    name: 'client-cert-tls12',
    title: 'Client certificate required (TLS 1.2)',
    host: 'client-cert-tls12.hd.test',
    tsvCase: 'client-cert-tls12',
    expectChromium: CHROMIUM_CLIENT_CERT,
    expectFirefox: 'SSL_ERROR_HANDSHAKE_FAILURE_ALERT',
  },
  {
    name: 'tcp-reset',
    title: 'Connection reset during the handshake',
    host: 'tcp-reset.hd.test',
    tsvCase: 'tcp-reset',
    expectChromium: ['net::ERR_CONNECTION_RESET'],
    expectFirefox: 'NS_ERROR_NET_RESET',
  },
  {
    name: 'plain-http',
    title: 'Plain HTTP spoken on the HTTPS port',
    host: 'plain-http.hd.test',
    tsvCase: 'plain-http',
    expectChromium: ['net::ERR_SSL_PROTOCOL_ERROR'],
    expectFirefox: 'SSL_ERROR_RX_RECORD_TOO_LONG',
  },
  {
    name: 'refused',
    title: 'Connection refused (nothing listens; not a TLS failure)',
    host: 'refused.hd.test',
    tsvCase: 'refused',
    expectChromium: ['net::ERR_CONNECTION_REFUSED'],
    expectFirefox: 'NS_ERROR_CONNECTION_REFUSED',
  },
  {
    name: 'tls12-only',
    title: 'Server speaks only TLS 1.2 (loads unless the browser refuses TLS 1.2)',
    host: 'tls12-only.hd.test',
    tsvCase: null,
    expectChromium: [],
    expectFirefox: '',
  },
]);

/** Hosts served by the interception root (one server each). */
export const INTERCEPTION_HOSTS = Object.freeze(['icpt-1.hd.test', 'icpt-2.hd.test', 'icpt-3.hd.test', 'icpt-4.hd.test', 'icpt-5.hd.test']);
/** What the browsers report for an interception host (a leaf from a root they do not trust). */
export const INTERCEPTION_EXPECT = Object.freeze({
  expectChromium: ['net::ERR_CERT_AUTHORITY_INVALID'],
  expectFirefox: 'SEC_ERROR_UNKNOWN_ISSUER',
});
export const TIME_HOST = 'time.hd.test';
/**
 * More names of the time server, each its own site (the clock check counts sites, and never the
 * failing site's own names, so hd.test names cannot stand in for independent time sources).
 */
export const TIME_SOURCE_HOSTS = Object.freeze(['time-a.test', 'time-b.test', 'time-c.test']);
/** The names a forged-Date redirect chain bounces through: hop0..hop10, all one site. */
export const FORGED_DATE_HOPS = 11;
export const forgedDateHost = (/** @type {number} */ i) => `hop${i}.forged.hd.test`;
/** The default TLS 1.2 check URL's host (src/core/settings.ts), served on its real port 1012 by a TLS-1.2-only server. */
export const TLS12_CHECK_HOST = 'tls-v1-2.badssl.com';
export const TLS12_CHECK_PORT = 1012;
/** The only name on the wrong-host certificate. */
export const WRONG_HOST_CERT_NAME = 'other-name.hd.invalid';
/**
 * Names that are not public sites, each served by its own server (scope-servers.mjs): a device at
 * home that speaks only TLS 1.0, a device with its own self-signed certificate, and an intranet site
 * (a `.internal` name and a single-label one) whose certificate comes from an authority the browser
 * does not trust, as an organisation's own would on an unmanaged device. src/core/host-scope.ts
 * judges them by name; like every harness name they resolve to 127.0.0.1.
 */
export const SCOPE_HOSTS = Object.freeze({
  'device-tls10': 'router.local',
  'device-self-signed': 'nas.home.arpa',
  'intranet-internal': 'wiki.internal',
  'intranet-single-label': 'intranet',
});
