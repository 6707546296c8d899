// What the page may say about the person's clock, from what was measured: every sentence and step
// about the clock follows this one answer, so the explanation and the checklist cannot disagree.
import type { Evidence } from '../evidence';
import type { Cause } from '../kinds';
import { THRESHOLDS } from './thresholds';
import { usableClock } from './util';

/**
 * `verified`: enough time sources agree the clock is right; `wrong`: enough agree it is off, or the
 * firm verdict is the clock; `unknown`: not measured, failed, or a single source (which can itself
 * be wrong).
 */
export type ClockStanding = 'verified' | 'wrong' | 'unknown';

export function clockStanding(evidence: Pick<Evidence, 'clock' | 'failure'>, verdict: { top: Cause; uncertain: boolean }): ClockStanding {
  if (verdict.top === 'system-clock' && !verdict.uncertain) return 'wrong';
  const clock = usableClock(evidence.clock, evidence.failure.host);
  if (!clock || clock.sources.length < THRESHOLDS.clock.minSources) return 'unknown';
  return Math.abs(clock.skewMs) < THRESHOLDS.clock.toleranceMs ? 'verified' : 'wrong';
}
