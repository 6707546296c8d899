// The one bound on URLs the extension stores (incidents, per-tab state, history): a URL longer
// than URL_KEPT is stored as its first URL_KEPT characters, a mark and a hash of the whole URL.
// Stored forms compare as the URLs do (same URL, same form), so "is this the failure we noted?"
// still works for a cut URL, while a page cannot fill storage with long URLs (Chromium accepts
// URLs up to 2 MiB, Firefox up to 1 MiB). A cut form is for matching and showing, never loaded.
import * as z from 'zod/mini';

/** How many characters of a URL are stored as they are. */
export const URL_KEPT = 2048;

/**
 * Marks a cut URL. Both browsers report URLs canonical, with non-ASCII characters
 * percent-encoded, so this character never appears in a URL they report.
 */
const CUT_MARK = '\u2026';
const HASH_HEX = 16;

/** The longest URL stored anywhere: a cut URL with its mark and hash. */
export const MAX_STORED_URL = URL_KEPT + CUT_MARK.length + HASH_HEX;

/**
 * The longest URL versions before this bound stored (they cut at 70 KB). Records from them are
 * read and brought within the bound, not dropped: an update must not lose a person's history.
 */
const LEGACY_MAX_URL = 70 * 1024;

/** A URL as stored: within the bound (a longer one from an older version is cut on reading). */
export const StoredUrlSchema = z.pipe(
  z.string().check(z.maxLength(LEGACY_MAX_URL)),
  z.transform((url: string) => boundUrl(url)),
);

/** FNV-1a over UTF-16 code units, 32 bits, from `basis`. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * 64 bits of hash (two FNV-1a passes from different bases). Synchronous (Web Crypto's SHA-256 is
 * not), so the pure core and the schemas can cut URLs, and about 2 ms for a 1 MB URL. Not
 * collision-resistant, and it need not be: two URLs collide only if they share their first
 * URL_KEPT characters (the same site, which could load either URL anyway), and the worst outcome
 * is that site's two URLs being taken for one.
 */
const urlHash = (url: string): string => fnv1a(url, 0x811c9dc5) + fnv1a(url, 0x050c5d1f);

const CUT_TAIL = new RegExp(`${CUT_MARK}[0-9a-f]{${HASH_HEX}}$`);

/** Whether a stored URL is the cut form of a longer one. */
export const isCutUrl = (url: string): boolean => url.length === MAX_STORED_URL && CUT_TAIL.test(url);

/** The stored form of `url`: the URL itself up to URL_KEPT characters, else cut plus hash. A stored form is its own. */
export function boundUrl(url: string): string {
  if (url.length <= URL_KEPT || isCutUrl(url)) return url;
  return `${url.slice(0, URL_KEPT)}${CUT_MARK}${urlHash(url)}`;
}
