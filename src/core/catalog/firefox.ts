// The Firefox dialect: what kind of failure Firefox's raw error describes, and whether Firefox's
// warning page offers a way through. The Firefox build uses these alone (src/platform/catalog.ts).
//
// The inputs, as Firefox reports them:
//   webNavigation  "Error code 2153390069": an nsresult, decoded in firefox-error-code.ts
//   webRequest     "NS_ERROR_NET_RESET", "SSL_ERROR_BAD_CERT_DOMAIN",
//                  "NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_…)",
//                  or the TLS error's message text in the UI language.
//
// webRequest names every non-TLS network failure with an NS_ERROR_* / NS_BINDING_* token in every
// UI language, and only TLS failures come as translated prose. So text that is not a token is, on
// an https URL, honestly a TLS failure we cannot name yet: `tls-unknown`, with errorCode ''. The
// precise code arrives later for pages (webNavigation's `Error code N` for frames, which upgrades
// the incident, repeat-report.ts); failed sub-resources stay unnamed (classify-subresource.ts). The
// same text on a non-https URL cannot be a TLS failure: `not-tls`.
//
// Only the names of TLS results are carried: the Firefox background drops non-TLS failures
// unread, so a non-TLS result reads as `not-tls` by its prefix or module, unnamed when a number.
//
// Never throws: hostile input (markup, huge strings, non-strings at runtime) classifies safely.
import type { CatalogEntry, Classification, ClassificationSource } from './classification';
import { fromEntry, isHttps, lookup, MAX_RAW_ERROR_LENGTH, overrideFromEntry, result } from './chromium';
import { firefoxResultName, isSecurityModuleResult, securityResultFor } from './firefox-error-code';
import { FIREFOX_TLS_NETWORK_RESULTS, networkResultFor } from './firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from './firefox-security-errors';

/** A Firefox name from the tables of TLS failures, or undefined. */
const firefoxTlsEntry = (name: string): CatalogEntry | undefined =>
  lookup(FIREFOX_SECURITY_ERRORS, name) ?? lookup(FIREFOX_TLS_NETWORK_RESULTS, name);

// Fallback for well-formed names newer than the tables (Chromium's is in chromium.ts). The
// mapping itself is the reviewed tables; the prefix only decides between "recognizably TLS" and
// "not ours" for names the tables have never seen.
const NEW_FIREFOX_TLS_NAME = /^(SSL_ERROR_|SEC_ERROR_|MOZILLA_PKIX_ERROR_)/;

const FIREFOX_TOKEN = /^[A-Z][A-Z0-9_]+$/;
const FIREFOX_ERROR_CODE = /^Error code:?\s*(\d{1,20}|0x[0-9a-f]{1,16})$/i;
const GENERATE_FAILURE = /^NS_ERROR_GENERATE_FAILURE\(\s*NS_ERROR_MODULE_([A-Z_]{1,40})\s*,\s*(-?\d{1,6}|[A-Z][A-Z0-9_]{0,80})\s*\)$/;

function classifyFirefoxName(name: string, https: boolean, source: ClassificationSource): Classification | undefined {
  const entry = firefoxTlsEntry(name);
  if (entry) return fromEntry(entry, name, source, https);
  if (NEW_FIREFOX_TLS_NAME.test(name)) return result('tls-unknown', name, source);
  if (name.startsWith('NS_') || name.startsWith('PR_')) return result('not-tls', name, source);
  return undefined; // some other capitalised word: treat as text
}

function classifyFirefoxCode(text: string, https: boolean): Classification | undefined {
  const match = FIREFOX_ERROR_CODE.exec(text);
  if (!match?.[1]) return undefined;
  const n = Number(match[1]); // Number() reads both decimal and 0x… forms
  const name = firefoxResultName(n);
  const entry = name === undefined ? undefined : firefoxTlsEntry(name);
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
    const name = numeric ? firefoxResultName(securityResultFor(-Math.abs(Number(inner)))) : inner;
    const entry = name === undefined ? undefined : firefoxTlsEntry(name);
    if (name !== undefined && entry) return fromEntry(entry, name, 'firefox-name', https);
    // Whatever the name, the security module only reports TLS/certificate failures.
    return result('tls-unknown', name ?? '', 'firefox-name');
  }
  if (module === 'NETWORK' && numeric) {
    const name = firefoxResultName(networkResultFor(Math.abs(Number(inner)) & 0xffff));
    const entry = name === undefined ? undefined : firefoxTlsEntry(name);
    if (name !== undefined && entry) return fromEntry(entry, name, 'firefox-name', https);
  }
  return result('not-tls', '', 'firefox-name');
}

/** What kind of failure Firefox's raw error describes, and its normalized code. */
export function classifyFirefox(raw: string, url?: string): Classification {
  if (typeof raw !== 'string' || raw.length > MAX_RAW_ERROR_LENGTH) return result('not-tls', '', 'unknown');
  const text = raw.trim();
  if (!text) return result('not-tls', '', 'unknown');
  const https = isHttps(url);
  return (
    classifyFirefoxCode(text, https) ??
    classifyGeneratedFailure(text, https) ??
    (FIREFOX_TOKEN.test(text) ? classifyFirefoxName(text, https, 'firefox-name') : undefined) ??
    result(https ? 'tls-unknown' : 'not-tls', '', 'unknown')
  );
}

/**
 * Whether Firefox's warning page offers a way through, for its names alone; undefined for
 * anything else. Only TLS failures can have an override, so the lookup leaves the non-TLS
 * results out.
 */
export function firefoxOffersOverride(errorCode: string): boolean | undefined {
  if (typeof errorCode !== 'string' || errorCode.length > 200) return undefined;
  return overrideFromEntry(firefoxTlsEntry(errorCode.trim()));
}
