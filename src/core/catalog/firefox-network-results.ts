// The Firefox nsresults outside the security module that a TLS handshake can end in (resets and
// timeouts on https, HTTP/2's refusal of the negotiated TLS, HSTS), from xpcom/base/ErrorList.py.
// webRequest reports them by name (in every UI language); webNavigation reports the same failures
// as "Error code N" with N the nsresult value. The other results of ErrorList.py are not listed:
// they are not TLS failures, and the Firefox background drops those unread.
import type { CatalogEntry } from './classification';

// The annotations tell the bundler these calls are pure, so a build that never reads the table
// (Chromium's) drops it instead of keeping every call.
/** nsresult of a failure in module m with code c: severity bit | (m + 0x45) << 16 | c. */
const failure = /* @__NO_SIDE_EFFECTS__ */ (module: number, code: number): number => (0x80000000 | ((module + 0x45) << 16) | code) >>> 0;
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
