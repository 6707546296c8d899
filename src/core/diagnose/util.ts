// Small pure helpers the rules share: host comparison, bounded views of the evidence lists,
// kind groups, and the clock-skew line.
import { CERTIFICATE_KINDS, type Cause, type FailureKind } from '../kinds';
import type { ClockSkew, Evidence, ProbeResult, RecentFailure } from '../evidence';
import type { MessageKey } from '../message-key';
import { text, type Text } from '../text';
import { THRESHOLDS, TIME } from './thresholds';

/** Kinds that interception software produces when its root is not trusted (or is detected). */
export const INTERCEPTION_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'cert-untrusted',
  'cert-invalid',
  'interception-detected',
]);

export const PROTOCOL_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(['protocol-mismatch', 'protocol-error']);

/** The causes only the site (or its owner) can be blamed for. */
export const SITE_CAUSES: readonly Cause[] = ['site-certificate', 'site-configuration', 'client-certificate'];

/** The site cause a kind points to when the problem is specific to this site, or null. */
export function siteCauseFor(kind: FailureKind): Cause | null {
  if (CERTIFICATE_KINDS.has(kind)) return 'site-certificate';
  if (PROTOCOL_KINDS.has(kind)) return 'site-configuration';
  if (kind === 'client-cert') return 'client-certificate';
  return null;
}

export const isTlsKind = (kind: FailureKind | undefined): kind is FailureKind => kind !== undefined && kind !== 'not-tls';

export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Lowercase, without brackets (IPv6) or trailing dots. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  while (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

// Second-level labels under two-letter country TLDs that are registries, not sites (co.uk,
// co.jp, com.au, ne.jp…). A heuristic instead of the Public Suffix List: it errs towards
// grouping (a.foo.xx and b.foo.xx count as one site), which only ever under-counts.
const REGISTRY_SLDS = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gr', 'ed', 'lg', 'ad']);

/**
 * A registrable-ish name for "are these sites unrelated?": the last two labels (three under
 * co.uk-style registries); IP addresses and single labels whole. So `a.example.com` and
 * `b.example.com` are one site: one company's expired wildcard or private CA must not look like
 * a clock or interception problem spanning many sites.
 */
export function siteKey(host: string): string {
  const h = normalizeHost(host);
  if (h === '' || h.includes(':') || /^[0-9.]+$/.test(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels[labels.length - 1] ?? '';
  const sld = labels[labels.length - 2] ?? '';
  const keep = tld.length === 2 && REGISTRY_SLDS.has(sld) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The most recent recorded failures (the store appends in order), at most
 * `THRESHOLDS.maxRecentFailures`, with malformed entries and times dropped.
 */
export function recentFailures(e: Evidence): readonly RecentFailure[] {
  const list = Array.isArray(e.recentFailures) ? e.recentFailures : [];
  return list.slice(-THRESHOLDS.maxRecentFailures).filter((f) => f != null && typeof f.host === 'string' && Number.isFinite(f.time));
}

/**
 * Distinct sites (by `siteKey`) with a failure matching `match` within `windowMs` of `now`,
 * the current failure included when it matches, where one page (by the `siteKey` of the top-level
 * page the failure was seen on) vouches for one site at most: a page that loads parts from many
 * broken hosts, or a site that sends the person through many of its own pages, is one site and
 * cannot make a single failing site look like "many sites fail". Entries from before pages were
 * recorded count as their own page. Both directions in time count: entries are stamped by the
 * same local clock as `now`, and a failure a moment "after" now is just as recent.
 */
export function sitesWithin(
  e: Evidence,
  now: number,
  windowMs: number,
  match: (f: { host: string; kind: FailureKind; errorCode: string }) => boolean,
): Set<string> {
  const sitesByPage = new Map<string, Set<string>>();
  const add = (site: string, page: string) => {
    if (site === '' || page === '') return;
    const sites = sitesByPage.get(page) ?? new Set<string>();
    sites.add(site);
    sitesByPage.set(page, sites);
  };
  if (match(e.failure)) add(siteKey(e.failure.host), siteKey(e.failure.host));
  if (Number.isFinite(now)) {
    for (const f of recentFailures(e)) {
      if (Math.abs(now - f.time) <= windowMs && match(f))
        add(siteKey(f.host), typeof f.page === 'string' ? siteKey(f.page) : siteKey(f.host));
    }
  }
  return onePerPage(sitesByPage);
}

/**
 * The largest set of sites where each page vouches for a different one (a maximum bipartite
 * matching, Kuhn's augmenting paths: the lists are bounded by `THRESHOLDS.maxRecentFailures`).
 */
function onePerPage(sitesByPage: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const pageOfSite = new Map<string, string>();
  const assign = (page: string, visited: Set<string>): boolean => {
    for (const site of sitesByPage.get(page) ?? []) {
      if (visited.has(site)) continue;
      visited.add(site);
      const holder = pageOfSite.get(site);
      if (holder === undefined || assign(holder, visited)) {
        pageOfSite.set(site, page);
        return true;
      }
    }
    return false;
  };
  for (const page of sitesByPage.keys()) assign(page, new Set());
  return new Set(pageOfSite.keys());
}

/** The other-site probe results, when the probe ran; capped. */
export function probeResults(e: Evidence): readonly ProbeResult[] | null {
  const p = e.otherSiteProbe;
  if (!p || p.status !== 'done' || !Array.isArray(p.results)) return null;
  const results = p.results.slice(0, THRESHOLDS.otherSites.maxResults).filter((r) => r != null);
  return results.length ? results : null;
}

/** A clock estimate worth reading: finite skew, at least one sample and one named source. */
export interface UsableClock {
  readonly skewMs: number;
  /** One normalized host per site (`siteKey`), the failing site left out. */
  readonly sources: readonly string[];
}

/**
 * The clock estimate as the rules count it: one source per site (`siteKey`), so one organization's
 * many host names are one voice, and never the failing site itself (the party whose certificate is
 * in question does not get to say what time it is). Null when no source is left.
 */
export function usableClock(clock: ClockSkew | undefined, failingHost = ''): UsableClock | null {
  if (!clock || !Number.isFinite(clock.skewMs) || !(clock.samples > 0) || !Array.isArray(clock.sources)) return null;
  const sites = new Set<string>(failingHost ? [siteKey(failingHost)] : []);
  const sources: string[] = [];
  for (const host of clock.sources.slice(0, 64).map(normalizeHost)) {
    const site = siteKey(host);
    if (host === '' || sites.has(site)) continue;
    sites.add(site);
    sources.push(host);
  }
  return sources.length ? { skewMs: clock.skewMs, sources } : null;
}

// Units: whole minutes below 2 h, whole hours below 2 days, whole days beyond. Starting each unit
// at 2 keeps every count plural (extension i18n messages have no plural forms), and a skew is
// only ever reported from 5 minutes up.
type Direction = 'behind' | 'ahead';
type Unit = 'minutes' | 'hours' | 'days';
const CLOCK_KEYS: Record<Direction, Record<Unit, { many: MessageKey; one: MessageKey }>> = {
  behind: {
    minutes: { many: 'ev_clock_behind_minutes', one: 'ev_clock_behind_minutes_host' },
    hours: { many: 'ev_clock_behind_hours', one: 'ev_clock_behind_hours_host' },
    days: { many: 'ev_clock_behind_days', one: 'ev_clock_behind_days_host' },
  },
  ahead: {
    minutes: { many: 'ev_clock_ahead_minutes', one: 'ev_clock_ahead_minutes_host' },
    hours: { many: 'ev_clock_ahead_hours', one: 'ev_clock_ahead_hours_host' },
    days: { many: 'ev_clock_ahead_days', one: 'ev_clock_ahead_days_host' },
  },
};

/** "Your clock is 730 days behind the time reported by 3 sites" (or "…reported by example.com"). */
export function clockSkewText(skewMs: number, sources: readonly string[]): Text {
  const dir: Direction = skewMs < 0 ? 'behind' : 'ahead';
  const abs = Math.abs(skewMs);
  const [unit, size]: [Unit, number] =
    abs >= 2 * TIME.DAY ? ['days', TIME.DAY] : abs >= 2 * TIME.HOUR ? ['hours', TIME.HOUR] : ['minutes', TIME.MINUTE];
  const count = Math.round(abs / size);
  const keys = CLOCK_KEYS[dir][unit];
  return sources.length === 1 ? text(keys.one, count, sources[0] ?? '') : text(keys.many, count, sources.length);
}

/** Whole minutes in a window, for lines like "in the last 10 minutes". */
export const minutes = (ms: number): number => Math.round(ms / TIME.MINUTE);
