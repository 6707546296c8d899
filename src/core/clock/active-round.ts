// Folding one round of active time-source readings into the skew state.
import { siteKey } from '../diagnose/util';
import { addActiveCheck, SKEW_AGREES_MS, type SkewReading, type SkewState } from './skew';

/** The first reading of each site: one organization's many names are one voice. */
function onePerSite(readings: readonly SkewReading[]): SkewReading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const site = siteKey(r.host);
    if (seen.has(site)) return false;
    seen.add(site);
    return true;
  });
}

/**
 * The readings of one round that agree with each other: the largest group of readings within
 * `agreeMs` of one of them (ties: the group closer to what the state already holds, then the
 * first), counting one reading per site. A time source with a broken clock is outvoted here
 * instead of erasing the others. When
 * any reading came over https, only those are considered: an http `Date` can be rewritten on the
 * way, and the https readings succeeding shows the clock is close enough for certificates.
 */
export function consensus(readings: readonly SkewReading[], state: SkewState, agreeMs = SKEW_AGREES_MS): SkewReading[] {
  const perSite = onePerSite(readings);
  const secure = perSite.filter((r) => r.secure);
  const pool = secure.length ? secure : perSite;
  let best: SkewReading[] = [];
  let bestSupport = -1;
  for (const center of pool) {
    const group = pool.filter((r) => Math.abs(r.skewMs - center.skewMs) <= agreeMs);
    const support = state.samples.filter((s) => Math.abs(s.skewMs - center.skewMs) <= agreeMs).length;
    if (group.length > best.length || (group.length === best.length && support > bestSupport)) {
      // Members farthest from the center first, the center last: `addActiveCheck` drops whatever
      // disagrees with the reading it adds, so the reading that agrees with all of them goes last.
      best = [...group].sort((a, b) => Math.abs(b.skewMs - center.skewMs) - Math.abs(a.skewMs - center.skewMs));
      bestSupport = support;
    }
  }
  return best;
}

/**
 * Record a round of active readings: only the consensus is kept (see `consensus`), each through
 * `addActiveCheck`, which also clears older samples that disagree (what a clock change leaves
 * behind; an http reading never clears an https one). Returns the same object when nothing was usable.
 */
export function applyActiveRound(state: SkewState, readings: readonly SkewReading[]): SkewState {
  let next = state;
  for (const r of consensus(readings, state)) next = addActiveCheck(next, r);
  return next;
}
