// "Is it just this site?": after a main-frame TLS failure, fetch the configured probe URLs
// (settings.probeUrls) from the worker and read each exact outcome. Bounded: probe.ts gives each
// request a timeout and caps concurrency; there are no retries; at most MAX_OTHER_SITES sites;
// at most one round per minute however many failures arrive (later incidents reuse its results).
import { classify } from '../../platform/catalog';
import { normalizeHost } from '../../core/diagnose/util';
import type { Failure, OtherSiteProbe, ProbeResult } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { probe } from '../probe';
import { OTHER_SITE_ROUND_INTERVAL_MS, otherSiteTargets, roundAllowed } from '../../core/probe-plan';
import { readRounds, updateRounds } from './rounds';
import { readingProbeIssuers } from '../firefox/probe-issuers';

/** One probe of `url`, its outcome classified (the TLS 1.2 check asks its endpoint this way too). */
export async function probeSite(url: string): Promise<ProbeResult> {
  const host = new URL(url).hostname.slice(0, 1024);
  const outcome = await probe(url);
  if (outcome.ok) return { host, ok: true };
  // A timeout, or an error webRequest never named: not a TLS answer either way.
  if (!outcome.error || outcome.error === 'timeout') return { host, ok: false };
  const c = classify(outcome.error, url);
  return { host, ok: false, errorCode: (c.errorCode || outcome.error).slice(0, 256), kind: c.kind };
}

let current: Promise<ProbeResult[] | undefined> | undefined;

/** Runs a round, or returns the last round's results when one ran within the interval. */
function roundOrRecent(targets: readonly string[]): Promise<ProbeResult[] | undefined> {
  current ??= (async () => {
    const rounds = await readRounds();
    const now = Date.now();
    if (!roundAllowed(rounds.otherSites?.at, now, OTHER_SITE_ROUND_INTERVAL_MS)) return rounds.otherSites?.results;
    // Mark the round started before any request, so a worker restart mid-round cannot start another.
    await updateRounds((r) => ({ ...r, otherSites: { at: now, results: [] } }));
    // Firefox: the probes' certificate issuers may name interception software (probe-issuers.ts).
    const results = await readingProbeIssuers(targets, () => Promise.all(targets.map(probeSite)));
    await updateRounds((r) => ({ ...r, otherSites: { at: now, results } }));
    return results;
  })().finally(() => {
    current = undefined;
  });
  return current;
}

export async function otherSiteProbeFor(failure: Failure, settings: Settings): Promise<OtherSiteProbe> {
  if (!settings.otherSiteProbe) return { status: 'disabled', results: [] };
  const targets = otherSiteTargets(settings.probeUrls, failure.host);
  if (targets.length === 0) return { status: 'skipped', results: [] };
  // A reused round may have probed the site that fails now: it is not an "other" site here.
  const own = normalizeHost(failure.host);
  const results = ((await roundOrRecent(targets)) ?? []).filter((r) => normalizeHost(r.host) !== own);
  return results.length ? { status: 'done', results } : { status: 'skipped', results: [] };
}
