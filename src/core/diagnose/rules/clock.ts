// Clock rules: is a certificate-date failure explained by the local clock?
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { clockSkewText, minutes, sitesWithin, usableClock } from '../util';

const T = THRESHOLDS.clock;

/**
 * clock-skew: a cert-date failure, and the clock estimate is off by at least ±5 min →
 * `system-clock`. ≥ 2 sources: 0.6 (under a day), 0.85 (a day or more), 0.95 (a day or more from
 * ≥ 3 sources); a single source: 0.3 / 0.45. Sources are counted per site, the failing site left
 * out (`usableClock`). It rests on servers' `Date` headers alone, so it never hides the
 * site-certificate cause (see `DATE_HEADER_RULES`).
 */
export const clockSkew = defineRule('clock-skew', (e) => {
  if (e.failure.kind !== 'cert-date') return null;
  const clock = usableClock(e.clock, e.failure.host);
  if (!clock) return null;
  const abs = Math.abs(clock.skewMs);
  if (abs < T.toleranceMs) return null;
  const n = clock.sources.length;
  const far = abs >= T.farMs;
  const confidence =
    n < T.minSources
      ? far
        ? T.skewOneSourceFar
        : T.skewOneSourceNear
      : far
        ? n >= T.strongSources
          ? T.skewStrong
          : T.skewFar
        : T.skewNear;
  return {
    cause: 'system-clock',
    confidence,
    evidence: [clockSkewText(clock.skewMs, clock.sources)],
  };
});

/**
 * clock-correct: a cert-date failure, and ≥ 2 sources agree the clock is within ±5 min →
 * `site-certificate` (0.75; 0.85 with ≥ 3 sources): the certificate itself is out of date.
 */
export const clockCorrect = defineRule('clock-correct', (e) => {
  if (e.failure.kind !== 'cert-date') return null;
  const clock = usableClock(e.clock, e.failure.host);
  if (!clock || Math.abs(clock.skewMs) >= T.toleranceMs) return null;
  const n = clock.sources.length;
  if (n < T.minSources) return null;
  return {
    cause: 'site-certificate',
    confidence: n >= T.strongSources ? T.correctStrong : T.correct,
    evidence: [text('ev_clock_matches', n)],
  };
});

/**
 * many-date-failures: no usable clock estimate, and cert-date failures on ≥ 3 distinct sites
 * (current one included) within 10 minutes → `system-clock` (0.55).
 */
export const manyDateFailures = defineRule('many-date-failures', (e, now) => {
  if (e.failure.kind !== 'cert-date' || usableClock(e.clock, e.failure.host)) return null;
  const W = THRESHOLDS.manyDateFailures;
  const sites = sitesWithin(e, now, W.windowMs, (f) => f.kind === 'cert-date');
  if (sites.size < W.minSites) return null;
  return {
    cause: 'system-clock',
    confidence: W.confidence,
    evidence: [text('ev_many_date_failures', sites.size, minutes(W.windowMs))],
  };
});

/**
 * Rules whose only evidence is servers' `Date` headers. A `Date` header is whatever a server (or,
 * over http, anyone on the path) chose to send, so these may rank the clock first but never make
 * the site-certificate cause, with its "do not enter passwords" advice, disappear.
 */
export const DATE_HEADER_RULES: readonly Rule[] = [clockSkew];

/** This file's rules, in the order diagnose runs them. */
export const CLOCK_RULES: readonly Rule[] = [clockSkew, clockCorrect, manyDateFailures];
