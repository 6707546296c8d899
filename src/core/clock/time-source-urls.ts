// Which URLs the active clock check reads the time from, and when it is worth running.
import type { ClockSkew } from '../evidence';
import { normalizeSampleHost } from './skew';
import type { Settings } from '../settings';
import { THRESHOLDS } from '../diagnose/thresholds';
import { siteKey } from '../diagnose/util';

/**
 * At most this many time sources per check. Three agreeing sites make the strongest clock finding
 * (`THRESHOLDS.clock.strongSources`); one more absorbs a source that does not answer (a site with
 * nothing on port 80, or an HSTS host the browser upgrades to https before any server answers).
 */
export const MAX_TIME_SOURCES = 4;

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/** Hostname of an http(s) URL usable as a time source ('' for loopback, malformed or other schemes). */
function sourceHost(url: string): string {
  if (!HTTP_URL.test(url)) return '';
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeSampleHost(u.hostname) : '';
  } catch {
    return '';
  }
}

/** `<scheme>//host/` for a host as URL.hostname gives it (IPv6 keeps its brackets). */
const rootOf = (url: string, scheme: 'http:' | 'https:'): string | undefined => {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${scheme}//${u.hostname}/`;
  } catch {
    return undefined;
  }
};

/**
 * The URLs the active clock check fetches, at most MAX_TIME_SOURCES, one per site (the estimate
 * counts sites, so two URLs on one site would add a request and no evidence). Left out: loopback
 * hosts (they share this computer's clock) and the failing site (the party whose certificate is
 * in question does not get to say what time it is).
 *
 * - `settings.timeSources` non-empty: those URLs as given (http or https), in order.
 * - Otherwise the hosts of `probeUrls` over https:// (`httpFallback` gives the http:// URL to read
 *   when that fails), only while the other-site probe is on: switching that probe off means
 *   "contact no other site", and the clock check honours it.
 */
export function timeSourceUrls(settings: Pick<Settings, 'timeSources' | 'probeUrls' | 'otherSiteProbe'>, failingUrl: string): string[] {
  const candidates: string[] = settings.timeSources.length
    ? [...settings.timeSources]
    : (settings.otherSiteProbe ? settings.probeUrls : []).map((u) => rootOf(u, 'https:')).filter((u): u is string => u !== undefined);
  const failingHost = sourceHost(failingUrl);
  const sites = new Set<string>(failingHost ? [siteKey(failingHost)] : []);
  const out: string[] = [];
  for (const url of candidates) {
    const host = sourceHost(url);
    if (!host || sites.has(siteKey(host))) continue;
    sites.add(siteKey(host));
    out.push(url);
    if (out.length >= MAX_TIME_SOURCES) break;
  }
  return out;
}

/**
 * The plain-http root of an https time source, read when the https reading fails: with the clock
 * off by enough to break certificates, every https source fails, while an http answer (even a
 * redirect to https) still carries the server's time. Undefined for an http URL.
 */
export function httpFallback(url: string): string | undefined {
  return url.toLowerCase().startsWith('https:') ? rootOf(url, 'http:') : undefined;
}

/**
 * Is the estimate too thin to judge a date error? True with no estimate, or one resting on fewer
 * sites than the clock rules need for a firm finding either way (`minSources`, 2): below that,
 * neither clock-skew nor clock-correct can reach a confident verdict.
 */
export function needsActiveCheck(estimate: ClockSkew | undefined): boolean {
  return !estimate || new Set(estimate.sources.map(siteKey)).size < THRESHOLDS.clock.minSources;
}
