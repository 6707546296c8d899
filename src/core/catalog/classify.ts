// classify(raw, url): what kind of failure a browser's raw error string describes.
//
// The inputs, by dialect:
//   Chromium          "net::ERR_CERT_DATE_INVALID" (the prefix may be missing)
//   Firefox webNav    "Error code 2153390069"  — an nsresult, language-independent
//   Firefox webReq    "NS_ERROR_NET_RESET", "SSL_ERROR_BAD_CERT_DOMAIN",
//                     "NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_…)",
//                     or the TLS error's message text in the UI language.
//
// The language-independent route for Firefox text: webRequest names every non-TLS network
// failure with an NS_ERROR_* / NS_BINDING_* token in every UI language, and only TLS failures
// come as translated prose. So text that is not a token and not a known en-US message is, on an
// https URL, honestly a TLS failure we cannot name: `tls-unknown`, with errorCode '' (surfaces show
// the raw text). The same text on a non-https URL cannot be a TLS failure: `not-tls`.
//
// Never throws: hostile input (markup, huge strings, non-strings at runtime) classifies safely.
import type { CatalogEntry, Classification, ClassificationSource } from './classification';
import { classifyChromiumToken, fromEntry, isHttps, lookup, result } from './chromium';
import { firefoxResultNamer, isSecurityModuleResult, securityResultFor } from './firefox-error-code';
import { firefoxNameForMessage, MAX_MESSAGE_LENGTH } from './firefox-message-text';
import { FIREFOX_NETWORK_RESULTS, FIREFOX_TLS_NETWORK_RESULTS, networkResultFor } from './firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from './firefox-security-errors';

export { chromiumEntry } from './chromium';

type Table = Readonly<Record<string, CatalogEntry>>;

/** A lookup of Firefox names in the security tables and the given network table. */
const firefoxEntryIn =
  /* @__NO_SIDE_EFFECTS__ */
  (network: Table) =>
  (name: string): CatalogEntry | undefined =>
    lookup(FIREFOX_SECURITY_ERRORS, name) ?? lookup(network, name);

/** A Firefox name from any Firefox table. */
export const firefoxEntry = firefoxEntryIn(FIREFOX_NETWORK_RESULTS);
/**
 * A Firefox name from the tables of TLS failures only: non-TLS results (`not-tls` in the full
 * tables) read as unknown. Enough wherever only TLS failures matter, e.g. for "does the browser
 * offer to continue?", which no non-TLS failure does.
 */
export const firefoxTlsEntry = firefoxEntryIn(FIREFOX_TLS_NETWORK_RESULTS);

// Fallback for well-formed names newer than the tables (Chromium's is in chromium.ts). The
// mapping itself is the reviewed tables; the prefix only decides between "recognizably TLS" and
// "not ours" for names the tables have never seen.
const NEW_FIREFOX_TLS_NAME = /^(SSL_ERROR_|SEC_ERROR_|MOZILLA_PKIX_ERROR_)/;

const FIREFOX_TOKEN = /^[A-Z][A-Z0-9_]+$/;
const FIREFOX_ERROR_CODE = /^Error code:?\s*(\d{1,20}|0x[0-9a-f]{1,16})$/i;
const GENERATE_FAILURE =
  /^NS_ERROR_GENERATE_FAILURE\(\s*NS_ERROR_MODULE_([A-Z_]{1,40})\s*,\s*(-?\d{1,6}|[A-Z][A-Z0-9_]{0,80})\s*\)$/;

/** One dialect's reading of a trimmed, length-checked raw error, or undefined if not its own. */
export type DialectReader = (text: string, https: boolean) => Classification | undefined;

/**
 * A reader of Firefox's language-independent forms (`Error code N`, NS_ERROR_GENERATE_FAILURE,
 * names), naming results from the security tables and the given network table.
 */
const firefoxTokenReader = /* @__NO_SIDE_EFFECTS__ */ (network: Table): DialectReader => {
  const entryOf = firefoxEntryIn(network);
  const nameFor = firefoxResultNamer(network);

  function classifyFirefoxName(name: string, https: boolean, source: ClassificationSource): Classification | undefined {
    const entry = entryOf(name);
    if (entry) return fromEntry(entry, name, source, https);
    if (NEW_FIREFOX_TLS_NAME.test(name)) return result('tls-unknown', name, source);
    if (name.startsWith('NS_') || name.startsWith('PR_')) return result('not-tls', name, source);
    return undefined; // some other capitalised word: treat as text
  }

  function classifyFirefoxCode(text: string, https: boolean): Classification | undefined {
    const match = FIREFOX_ERROR_CODE.exec(text);
    if (!match?.[1]) return undefined;
    const n = Number(match[1]); // Number() reads both decimal and 0x… forms
    const name = nameFor(n);
    const entry = name === undefined ? undefined : entryOf(name);
    if (name !== undefined && entry) return fromEntry(entry, name, 'firefox-code', https);
    // Unknown number: the security module only ever reports TLS/certificate failures.
    return result(isSecurityModuleResult(n) ? 'tls-unknown' : 'not-tls', '', 'firefox-code');
  }

  /** NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_X, Y): Firefox's text when an error has no message. */
  function classifyGeneratedFailure(text: string, https: boolean): Classification | undefined {
    const match = GENERATE_FAILURE.exec(text);
    if (!match?.[1] || !match[2]) return undefined;
    const [, module, inner] = match;
    const numeric = /^-?\d+$/.test(inner);
    if (module === 'SECURITY') {
      const name = numeric ? nameFor(securityResultFor(-Math.abs(Number(inner)))) : inner;
      const entry = name === undefined ? undefined : entryOf(name);
      if (name !== undefined && entry) return fromEntry(entry, name, 'firefox-name', https);
      // Whatever the name, the security module only reports TLS/certificate failures.
      return result('tls-unknown', name ?? '', 'firefox-name');
    }
    if (module === 'NETWORK' && numeric) {
      const name = nameFor(networkResultFor(Math.abs(Number(inner)) & 0xffff));
      const entry = name === undefined ? undefined : entryOf(name);
      if (name !== undefined && entry) return fromEntry(entry, name, 'firefox-name', https);
    }
    return result('not-tls', '', 'firefox-name');
  }

  return (text, https) =>
    classifyFirefoxCode(text, https) ??
    classifyGeneratedFailure(text, https) ??
    (FIREFOX_TOKEN.test(text) ? classifyFirefoxName(text, https, 'firefox-name') : undefined);
};

/** webRequest's message text, matched against the en-US wording (full classifier only). */
function classifyFirefoxText(text: string, https: boolean): Classification | undefined {
  const name = firefoxNameForMessage(text);
  const entry = name === undefined ? undefined : firefoxEntry(name);
  return name !== undefined && entry ? fromEntry(entry, name, 'firefox-text', https) : undefined;
}

/** Firefox's language-independent forms: `Error code N`, NS_ERROR_GENERATE_FAILURE, names. */
export const readFirefoxTokens: DialectReader = firefoxTokenReader(FIREFOX_NETWORK_RESULTS);
/**
 * The same, without names for non-TLS results: they classify as `not-tls` all the same (a bare
 * `NS_*` name by its prefix, an unknown number outside the security module as not TLS), only
 * with errorCode '' for a number. The shipped Firefox background drops such failures unread, so
 * it reads with this one and carries none of those names (src/platform/catalog.ts).
 */
export const readFirefoxTlsTokens: DialectReader = firefoxTokenReader(FIREFOX_TLS_NETWORK_RESULTS);

/**
 * A classifier over the given dialects, tried in order. Builds compose only what their browser
 * reports, so a bundle carries only those tables (src/platform/catalog.ts); `classify` reads all.
 */
export function classifierOf(...readers: DialectReader[]): (raw: string, url?: string) => Classification {
  return (raw, url) => {
    if (typeof raw !== 'string') return result('not-tls', '', 'unknown');
    // No browser reports anything this long: garbage, so stay out of the way (before any regex runs).
    if (raw.length > MAX_MESSAGE_LENGTH) return result('not-tls', '', 'unknown');
    const text = raw.trim();
    if (!text) return result('not-tls', '', 'unknown');
    const https = isHttps(url);
    for (const read of readers) {
      const found = read(text, https);
      if (found) return found;
    }
    return result(https ? 'tls-unknown' : 'not-tls', '', 'unknown');
  };
}

/** What kind of failure the browser's raw error describes, and its normalized code: every dialect. */
export const classify = classifierOf(readFirefoxTokens, classifyChromiumToken, classifyFirefoxText);
