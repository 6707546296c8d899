// Which URLs the active clock check reads the time from, and when it is worth running.
// The check reads the `Date` header over plain http://: after a date error every https:// answer
// fails the same way, while an http:// answer (even a redirect to https) carries the server's time.
import type { ClockSkew } from '../evidence';
import { normalizeSampleHost } from './skew';
import type { Settings } from '../settings';
import { THRESHOLDS } from '../diagnose/thresholds';

/**
 * At most this many time sources per check. Three agreeing hosts make the strongest clock finding
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

/** `http://host/` for a host as URL.hostname gives it (IPv6 keeps its brackets). */
const plainHttpRoot = (url: string): string | undefined => {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `http://${u.hostname}/`;
  } catch {
    return undefined;
  }
};

/**
 * The URLs the active clock check fetches, at most MAX_TIME_SOURCES, one per host (the estimate
 * counts hosts, so two URLs on one host would add a request and no evidence). Loopback hosts are
 * left out: they share this computer's clock.
 *
 * - `settings.timeSources` non-empty: those URLs as given (http or https), in order.
 * - Otherwise the failing site over http:// (the same site the person just tried to reach), then
 *   the hosts of `probeUrls` over http:// only while the other-site probe is on: switching that
 *   probe off means "contact no other site", and the clock check honours it.
 */
export function timeSourceUrls(settings: Pick<Settings, 'timeSources' | 'probeUrls' | 'otherSiteProbe'>, failingUrl: string): string[] {
  const candidates: string[] = settings.timeSources.length
    ? [...settings.timeSources]
    : [failingUrl, ...(settings.otherSiteProbe ? settings.probeUrls : [])].map(plainHttpRoot).filter((u): u is string => u !== undefined);
  const out: string[] = [];
  const hosts = new Set<string>();
  for (const url of candidates) {
    const host = sourceHost(url);
    if (!host || hosts.has(host)) continue;
    hosts.add(host);
    out.push(url);
    if (out.length >= MAX_TIME_SOURCES) break;
  }
  return out;
}

/**
 * Is the passive estimate too thin to judge a date error? True with no estimate, or one resting on
 * fewer hosts than the clock rules need for a firm finding either way (`minSources`, 2): below
 * that, neither clock-skew nor clock-correct can reach a confident verdict.
 */
export function needsActiveCheck(estimate: ClockSkew | undefined): boolean {
  return !estimate || new Set(estimate.sources).size < THRESHOLDS.clock.minSources;
}
