// The Chromium dialect: `net::ERR_*` names → kind, and whether Chromium's warning page offers a
// way through. Chromium builds use these alone (src/platform/catalog.ts), so they ship without the
// Firefox tables; the Firefox dialect (firefox.ts) shares the helpers below.
import type { FailureKind } from '../kinds';
import type { CatalogEntry, Classification, ClassificationSource } from './classification';
import { CHROMIUM_NET_ERRORS } from './chromium-net-errors';

export const lookup = <T>(table: Readonly<Record<string, T>>, name: string): T | undefined =>
  Object.hasOwn(table, name) ? table[name] : undefined;

const chromiumEntry = (name: string): CatalogEntry | undefined => lookup(CHROMIUM_NET_ERRORS, name);

export const isHttps = (url: unknown): boolean => typeof url === 'string' && /^https:/i.test(url.trimStart());

export const result = (kind: FailureKind, errorCode: string, source: ClassificationSource): Classification => ({
  kind,
  errorCode,
  source,
});

/** A table entry's kind for this URL: resets, closes and timeouts count only on https. */
export const fromEntry = (entry: CatalogEntry, errorCode: string, source: ClassificationSource, https: boolean) =>
  result(entry.httpsOnly && !https ? 'not-tls' : entry.kind, errorCode, source);

// A well-formed name newer than the table: the prefix only decides between "recognizably TLS"
// and "not ours"; the mapping itself is the reviewed table.
const NEW_CHROMIUM_TLS_NAME = /^ERR_(SSL_|CERT_|CERTIFICATE_|TLS|ECH_)/;
const CHROMIUM_TOKEN = /^(?:net::)?(ERR_[A-Z0-9_]+)$/i;

/** A `net::ERR_*` token (the prefix may be missing), or undefined for anything else. */
function classifyChromiumToken(text: string, https: boolean): Classification | undefined {
  const match = CHROMIUM_TOKEN.exec(text);
  if (!match?.[1]) return undefined;
  const name = match[1].toUpperCase();
  const errorCode = `net::${name}`;
  const entry = chromiumEntry(name);
  if (entry) return fromEntry(entry, errorCode, 'chromium', https);
  return result(NEW_CHROMIUM_TLS_NAME.test(name) ? 'tls-unknown' : 'not-tls', errorCode, 'chromium');
}

/** No browser reports anything longer: garbage, so stay out of the way (before any regex runs). */
export const MAX_RAW_ERROR_LENGTH = 2048;

/**
 * What kind of failure Chromium's raw error describes, and its normalized code. Anything but a
 * `net::ERR_*` name (which Chromium never reports) is `tls-unknown` on https and `not-tls` elsewhere.
 */
export function classifyChromium(raw: string, url?: string): Classification {
  if (typeof raw !== 'string' || raw.length > MAX_RAW_ERROR_LENGTH) return result('not-tls', '', 'unknown');
  const text = raw.trim();
  if (!text) return result('not-tls', '', 'unknown');
  const https = isHttps(url);
  return classifyChromiumToken(text, https) ?? result(https ? 'tls-unknown' : 'not-tls', '', 'unknown');
}

/**
 * Does the browser's own warning page let the person continue past this error? Asked so the
 * product never suggests a way around an error the browser itself will not let anyone bypass (the
 * extension never bypasses anything itself). true: it offers "continue anyway"; false: it does not
 * (revoked, pinning, HSTS, protocol errors…); undefined: not an error the tables know, or not a
 * TLS failure. Decided from the code alone: a host with HSTS or a pinned key makes every
 * certificate error non-overridable whatever the code, so callers that know the host is such a
 * host must treat the answer as false.
 */
export function overrideFromEntry(entry: CatalogEntry | undefined): boolean | undefined {
  if (!entry || entry.kind === 'not-tls') return undefined; // no TLS warning page at all
  // Only certificate errors get a warning with a way through; TLS protocol failures, client
  // certificate failures and interrupted handshakes show an error page with nothing to override.
  return entry.overridable ?? false;
}

/** Whether Chromium's warning page offers a way through (overrideFromEntry), for `net::ERR_*` codes; undefined for anything else. */
export function chromiumOffersOverride(errorCode: string): boolean | undefined {
  if (typeof errorCode !== 'string' || errorCode.length > 200) return undefined;
  const chromium = CHROMIUM_TOKEN.exec(errorCode.trim());
  return chromium?.[1] ? overrideFromEntry(chromiumEntry(chromium[1].toUpperCase())) : undefined;
}
