// Folding one round of active time-source readings into the skew state.
import { addActiveCheck, SKEW_AGREES_MS, type SkewState } from './skew';

export interface TimeReading {
  host: string;
  /** local − server, ms (`skewFromTimeSource`). */
  skewMs: number;
  /** Local time of the reading. */
  localMs: number;
}

/**
 * The readings of one round that agree with each other: the largest group of readings within
 * `agreeMs` of one of them (ties: the group closer to what the state already holds, then the
 * first). A time source with a broken clock is outvoted here instead of erasing the others.
 */
export function consensus(readings: readonly TimeReading[], state: SkewState, agreeMs = SKEW_AGREES_MS): TimeReading[] {
  let best: TimeReading[] = [];
  let bestSupport = -1;
  for (const center of readings) {
    const group = readings.filter((r) => Math.abs(r.skewMs - center.skewMs) <= agreeMs);
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
 * `addActiveCheck`, which also clears older passive samples that disagree (what a clock change
 * leaves behind). Returns the same object when nothing was usable.
 */
export function applyActiveRound(state: SkewState, readings: readonly TimeReading[]): SkewState {
  let next = state;
  for (const r of consensus(readings, state)) next = addActiveCheck(next, r.host, r.skewMs, r.localMs);
  return next;
}
