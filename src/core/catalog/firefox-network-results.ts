// Firefox nsresult names outside the security module, from xpcom/base/ErrorList.py. webRequest
// reports non-TLS failures by these names (in every UI language); webNavigation reports the same
// failures as "Error code N" with N the nsresult value.
//
// Two tables: the few results a TLS handshake can end in (resets and timeouts on https, HTTP/2's
// refusal of the negotiated TLS, HSTS), which classify to a TLS kind; and the rest, all `not-tls`,
// listed only so that a decoded number reads as its name. The shipped Firefox background drops
// non-TLS failures unread, so it carries only the first (src/platform/catalog.ts).
import type { CatalogEntry } from './classification';

// The annotations tell the bundler these calls are pure, so a build that never reads the table
// (Chromium's) drops it instead of keeping every call.
/** nsresult of a failure in module m with code c: severity bit | (m + 0x45) << 16 | c. */
const failure = /* @__NO_SIDE_EFFECTS__ */ (module: number, code: number): number =>
  (0x80000000 | ((module + 0x45) << 16) | code) >>> 0;
/** nsresult of NS_ERROR_MODULE_NETWORK failure `code`: 0x804B0000 + code. */
export const networkResultFor = /* @__NO_SIDE_EFFECTS__ */ (code: number): number => failure(6, code);
const network = networkResultFor;

/** Results a TLS handshake can end in: each classifies to a TLS kind. */
export const FIREFOX_TLS_NETWORK_RESULTS: Readonly<Record<string, CatalogEntry>> = {
  // Firefox uses one code for a connect timeout and for a TLS stall (measured: 2152398862).
  NS_ERROR_NET_TIMEOUT: { code: network(14), kind: 'handshake-interrupted', httpsOnly: true },
  // "The connection was established, but no data was ever received" (measured: RST in the handshake).
  NS_ERROR_NET_RESET: { code: network(20), kind: 'handshake-interrupted', httpsOnly: true },
  // "The connection was established, but the data transfer was interrupted": includes a TLS close mid-handshake.
  NS_ERROR_NET_INTERRUPT: { code: network(71), kind: 'handshake-interrupted', httpsOnly: true },
  // HTTP/2 refused the negotiated TLS (old version or a cipher HTTP/2 forbids): the site's TLS setup.
  NS_ERROR_NET_INADEQUATE_SECURITY: { code: network(82), kind: 'protocol-mismatch', overridable: false },
  NS_ERROR_NET_TIMEOUT_EXTERNAL: { code: network(85), kind: 'handshake-interrupted', httpsOnly: true },
  // A certificate error on a host that demands HTTPS (HSTS): never overridable, whatever the cert fault.
  NS_ERROR_BAD_HSTS_CERT: { code: network(89), kind: 'cert-invalid', overridable: false },
};

/** Every other result: `not-tls`, named so that a decoded number reads as its name. */
export const FIREFOX_NON_TLS_RESULTS: Readonly<Record<string, CatalogEntry>> = {
  // Core results, not part of any module.
  NS_ERROR_ABORT: { code: 0x80004004, kind: 'not-tls' },
  NS_ERROR_FAILURE: { code: 0x80004005, kind: 'not-tls' },
  NS_ERROR_UNEXPECTED: { code: 0x8000ffff, kind: 'not-tls' },
  NS_ERROR_OUT_OF_MEMORY: { code: 0x8007000e, kind: 'not-tls' },
  NS_ERROR_NOT_AVAILABLE: { code: 0x80040111, kind: 'not-tls' },

  // NS_ERROR_MODULE_NETWORK.
  NS_BINDING_FAILED: { code: network(1), kind: 'not-tls' },
  NS_BINDING_ABORTED: { code: network(2), kind: 'not-tls' }, // navigation cancelled: 2152398850
  NS_BINDING_REDIRECTED: { code: network(3), kind: 'not-tls' },
  NS_BINDING_RETARGETED: { code: network(4), kind: 'not-tls' },
  NS_ERROR_MALFORMED_URI: { code: network(10), kind: 'not-tls' },
  NS_ERROR_NOT_CONNECTED: { code: network(12), kind: 'not-tls' },
  NS_ERROR_CONNECTION_REFUSED: { code: network(13), kind: 'not-tls' }, // 2152398861
  NS_ERROR_IN_PROGRESS: { code: network(15), kind: 'not-tls' },
  NS_ERROR_OFFLINE: { code: network(16), kind: 'not-tls' },
  NS_ERROR_NO_CONTENT: { code: network(17), kind: 'not-tls' },
  NS_ERROR_UNKNOWN_PROTOCOL: { code: network(18), kind: 'not-tls' },
  NS_ERROR_PORT_ACCESS_NOT_ALLOWED: { code: network(19), kind: 'not-tls' },
  NS_ERROR_INVALID_CONTENT_ENCODING: { code: network(27), kind: 'not-tls' },
  NS_ERROR_CORRUPTED_CONTENT: { code: network(29), kind: 'not-tls' },
  NS_ERROR_UNKNOWN_HOST: { code: network(30), kind: 'not-tls' },
  NS_ERROR_REDIRECT_LOOP: { code: network(31), kind: 'not-tls' },
  NS_ERROR_DNS_LOOKUP_QUEUE_FULL: { code: network(33), kind: 'not-tls' },
  NS_ERROR_NET_ERROR_RESPONSE: { code: network(35), kind: 'not-tls' },
  NS_ERROR_NET_EMPTY_RESPONSE: { code: network(36), kind: 'not-tls' }, // an HTTP answer arrived: the handshake was done
  NS_ERROR_UNKNOWN_PROXY_HOST: { code: network(42), kind: 'not-tls' },
  NS_ERROR_DEFINITIVE_UNKNOWN_HOST: { code: network(43), kind: 'not-tls' },
  NS_ERROR_DOCUMENT_NOT_CACHED: { code: network(70), kind: 'not-tls' },
  NS_ERROR_PROXY_CONNECTION_REFUSED: { code: network(72), kind: 'not-tls' },
  NS_ERROR_UNSAFE_CONTENT_TYPE: { code: network(74), kind: 'not-tls' },
  NS_ERROR_NET_PARTIAL_TRANSFER: { code: network(76), kind: 'not-tls' }, // data had started to flow: past the handshake
  NS_ERROR_LOAD_SHOWED_ERRORPAGE: { code: network(77), kind: 'not-tls' },
  NS_ERROR_DOCSHELL_DYING: { code: network(78), kind: 'not-tls' },
  NS_ERROR_NET_HTTP2_SENT_GOAWAY: { code: network(83), kind: 'not-tls' },
  NS_ERROR_NET_HTTP3_PROTOCOL_ERROR: { code: network(84), kind: 'not-tls' },
  NS_ERROR_HTTPS_ONLY: { code: network(86), kind: 'not-tls' },
  NS_ERROR_WEBSOCKET_CONNECTION_REFUSED: { code: network(87), kind: 'not-tls' },
  NS_ERROR_NON_LOCAL_CONNECTION_REFUSED: { code: network(88), kind: 'not-tls' },
  NS_ERROR_PARSING_HTTP_STATUS_LINE: { code: network(90), kind: 'not-tls' },
  NS_ERROR_SUPERFLUOS_AUTH: { code: network(91), kind: 'not-tls' },
  NS_ERROR_INTERCEPTION_FAILED: { code: network(100), kind: 'not-tls' }, // service-worker interception, not TLS
  NS_ERROR_PROXY_AUTHENTICATION_FAILED: { code: network(1407), kind: 'not-tls' },
  NS_ERROR_PROXY_BAD_GATEWAY: { code: network(1502), kind: 'not-tls' },
  NS_ERROR_PROXY_GATEWAY_TIMEOUT: { code: network(1504), kind: 'not-tls' },
};

/** Both tables: every result outside the security module the catalog knows. */
export const FIREFOX_NETWORK_RESULTS: Readonly<Record<string, CatalogEntry>> = { ...FIREFOX_NON_TLS_RESULTS, ...FIREFOX_TLS_NETWORK_RESULTS };
