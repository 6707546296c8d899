// Which sites the "is it just this site?" probe contacts, and how often a round may run.
import { normalizeHost } from './diagnose/util';

/**
 * At most this many other sites per round. The rules need two answers for their firmer findings
 * (`other-sites-fine` / `other-sites-fail` with ≥ 2); the default list has three. With src/background/probe.ts's
 * 4 concurrent requests and 8 s timeout, 5 keeps a round under ~16 s even when every site hangs.
 */
export const MAX_OTHER_SITES = 5;

/**
 * However many failures arrive, at most one round per this interval: the person browsing through
 * a broken network hits many failures in a burst, and one round already answered the question for
 * all of them (later incidents in the interval reuse its results).
 */
export const OTHER_SITE_ROUND_INTERVAL_MS = 60_000;

/** The active clock check is rate-limited the same way (one round of time sources per minute). */
export const TIME_CHECK_INTERVAL_MS = 60_000;

/**
 * The configured probe URLs to contact after a failure on `failingHost`: https only, without the
 * failing host itself (it is not an "other" site, and the re-probe already asks it), one URL per
 * host, in order, capped. Hosts are compared exactly (`normalizeHost`), not by registrable name:
 * the list is the person's, and a probe of www.example.org says something even when a.example.org
 * fails.
 */
export function otherSiteTargets(probeUrls: readonly string[], failingHost: string, max = MAX_OTHER_SITES): string[] {
  const failingSite = normalizeHost(failingHost);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const url of probeUrls) {
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== 'https:') continue;
      host = u.hostname;
    } catch {
      continue;
    }
    const site = normalizeHost(host);
    if (!site || site === failingSite || seen.has(site)) continue;
    seen.add(site);
    out.push(url);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * May a new round start at local time `now`, the last one having started at `lastAt`? Yes when
 * none ran, when `intervalMs` passed, or when the clock was moved back past it (a clock just
 * fixed must not block the check for up to years).
 */
export function roundAllowed(lastAt: number | undefined, now: number, intervalMs: number): boolean {
  if (lastAt === undefined || !Number.isFinite(lastAt)) return true;
  return now - lastAt >= intervalMs || now < lastAt;
}
