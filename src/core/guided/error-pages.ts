// What a person can pick as "what the browser showed": the codes each browser's error page prints,
// from the reviewed catalog tables (src/core/catalog), and the headings of those pages (their text
// is in the locale files, in the browser's own words in each language). Each maps to the kind the
// catalog gives it, so the guided fixes need no list of their own.
import { lookup } from '../catalog/chromium';
import { CHROMIUM_NET_ERRORS, type ChromiumEntry } from '../catalog/chromium-net-errors';
import type { CatalogEntry } from '../catalog/classification';
import { FIREFOX_SECURITY_ERRORS } from '../catalog/firefox-security-errors';
import { isChromiumFamily, type BrowserName, type FailureKind } from '../kinds';
import type { MessageKey } from '../message-key';

/** Whose error page: Chrome, Edge and the other Chromium browsers share theirs. */
export type ErrorPageBrowser = 'chromium' | 'firefox';

export const errorPageBrowser = (browser: BrowserName): ErrorPageBrowser => (isChromiumFamily(browser) ? 'chromium' : 'firefox');

export interface ShownCode {
  /** As the error page prints it: `NET::ERR_CERT_DATE_INVALID`, `ERR_SSL_PROTOCOL_ERROR`, `SEC_ERROR_EXPIRED_CERTIFICATE`. */
  readonly shown: string;
  readonly browser: ErrorPageBrowser;
  readonly kind: FailureKind;
  /** The code as incidents record it: `net::ERR_*` for Chromium, the name for Firefox. */
  readonly errorCode: string;
}

export interface ErrorPageHeading {
  /** The heading in the browser's own words, per language. */
  readonly key: MessageKey;
  readonly browser: ErrorPageBrowser;
  readonly kind: FailureKind;
}

/**
 * The headings of the browsers' TLS error pages. They tell a certificate problem from a failed
 * connection, not which one: a certificate heading is the generic certificate kind, the others the
 * unknown kind (every cause stays open). Sources: Chromium's components/security_interstitials and
 * error page strings; Firefox's toolkit/locales/.../neterror/netError.ftl (certerror-page-title,
 * certerror-sts-page-title, nssFailure2-title).
 */
export const ERROR_PAGE_HEADINGS: readonly ErrorPageHeading[] = [
  { key: 'ui_guided_heading_chromium_not_private', browser: 'chromium', kind: 'cert-invalid' },
  { key: 'ui_guided_heading_chromium_no_secure_connection', browser: 'chromium', kind: 'tls-unknown' },
  { key: 'ui_guided_heading_firefox_risk_ahead', browser: 'firefox', kind: 'cert-invalid' },
  { key: 'ui_guided_heading_firefox_did_not_connect', browser: 'firefox', kind: 'cert-invalid' },
  { key: 'ui_guided_heading_firefox_failed', browser: 'firefox', kind: 'tls-unknown' },
];

/**
 * Chromium prints certificate errors on its warning page as `NET::ERR_…` (net::ErrorToString,
 * upper-cased by the page's style) and every other error on its error page as `ERR_…`
 * (net::ErrorToShortString). Certificate errors are net/base/net_error_list.h's -200..-299 range
 * plus ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN (the certificate-error test in net/base/net_errors.cc).
 */
const isChromiumCertError = (name: string, entry: CatalogEntry): boolean =>
  (entry.code <= -200 && entry.code > -300) || name === 'ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN';

const chromiumShown = (name: string, entry: CatalogEntry): string => (isChromiumCertError(name, entry) ? `NET::${name}` : name);

/** Worth picking: a TLS failure with a kind more precise than "unknown", still reported by current browsers. */
const pickable = (entry: ChromiumEntry): boolean => entry.kind !== 'not-tls' && entry.kind !== 'tls-unknown' && !entry.retired;

const byShown = (a: ShownCode, b: ShownCode): number => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0);

const CHROMIUM_CODES: readonly ShownCode[] = Object.entries(CHROMIUM_NET_ERRORS)
  .filter(([, entry]) => pickable(entry))
  .map(([name, entry]) => ({
    shown: chromiumShown(name, entry),
    browser: 'chromium' as const,
    kind: entry.kind,
    errorCode: `net::${name}`,
  }))
  .sort(byShown);

const FIREFOX_CODES: readonly ShownCode[] = Object.entries(FIREFOX_SECURITY_ERRORS)
  .filter(([, entry]) => pickable(entry))
  .map(([name, entry]) => ({ shown: name, browser: 'firefox' as const, kind: entry.kind, errorCode: name }))
  .sort(byShown);

/** Every code to pick from, the given browser's first. */
export const shownCodes = (first: ErrorPageBrowser): readonly ShownCode[] =>
  first === 'firefox' ? [...FIREFOX_CODES, ...CHROMIUM_CODES] : [...CHROMIUM_CODES, ...FIREFOX_CODES];

/** The headings, the given browser's first. */
export const errorPageHeadings = (first: ErrorPageBrowser): readonly ErrorPageHeading[] => [
  ...ERROR_PAGE_HEADINGS.filter((h) => h.browser === first),
  ...ERROR_PAGE_HEADINGS.filter((h) => h.browser !== first),
];

export interface ShownError {
  readonly kind: FailureKind;
  /** The code as incidents record it, or '' for a heading. */
  readonly errorCode: string;
}

/** Case, runs of spaces and the apostrophe's shape do not matter (pages print ’, keyboards type '). */
const normalize = (s: string): string => s.trim().replace(/\s+/g, ' ').replace(/[‘’]/g, "'").toLowerCase();

/**
 * What the person typed or picked, read as an error the browser showed: a heading (in the words
 * `headingText` gives, the page's language) or a code in any case, with or without `NET::` or
 * Firefox's "Error code:" in front. Any Chromium or Firefox code the tables know is read, a
 * non-TLS one as `not-tls`; anything else is undefined.
 */
export function readShownError(input: string, headingText: (key: MessageKey) => string): ShownError | undefined {
  const typed = normalize(input);
  if (!typed) return undefined;
  const heading = ERROR_PAGE_HEADINGS.find((h) => normalize(headingText(h.key)) === typed);
  if (heading) return { kind: heading.kind, errorCode: '' };
  const name = typed
    .replace(/^error code:?\s*/, '')
    .replace(/^net::/, '')
    .toUpperCase();
  const chromium = lookup(CHROMIUM_NET_ERRORS, name);
  if (chromium) return { kind: chromium.kind, errorCode: `net::${name}` };
  const firefox = lookup(FIREFOX_SECURITY_ERRORS, name);
  return firefox ? { kind: firefox.kind, errorCode: name } : undefined;
}
