// diagnose(evidence) → Diagnosis: run every rule, combine per cause, rank, judge certainty.
import type { Evidence } from '../evidence';
import { text, type Text } from '../text';
import type { Diagnosis, RankedCause, RuleFinding } from './types';
import { clockStanding } from './clock-standing';
import { combineFindings, isUncertain } from './combine';
import { verdictText } from './cause-text';
import { interceptorOf, interceptorVerdict } from './interceptor';
import { refineWithReprobe } from './refine';
import { RULES, alternativeHostAnswers } from './rules';
import { probeResults, usableClock } from './util';

/** Every rule's finding for this evidence, in rule order. */
export function runRules(e: Evidence, now: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const run of RULES) {
    // Rules are written not to throw on any validated evidence (tests check each one directly on
    // edge values). This guard is the last line: one faulty rule costs its finding, not the
    // whole diagnosis, because diagnose runs inside event listeners.
    try {
      const f = run(e, now);
      if (f) findings.push(f);
    } catch {
      /* skipped: see above */
    }
  }
  return findings;
}

/** Lines naming the evidence we did not have, for the `unknown` fallback. */
function missingEvidence(e: Evidence): Text[] {
  const lines = [text('ev_nothing_fired')];
  if (!usableClock(e.clock)) lines.push(text('ev_missing_clock'));
  if (!probeResults(e)) lines.push(text('ev_missing_other_sites'));
  if (!e.reprobe || (e.reprobe.status !== 'ok' && e.reprobe.status !== 'failed')) lines.push(text('ev_missing_reprobe'));
  return lines;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Diagnose one TLS failure from validated evidence. `now` (ms, local clock) anchors the "recent"
 * windows; it defaults to the failure's own time, so a stored incident diagnoses the same later.
 *
 * - A vague first report (interrupted, unrecognized) takes the re-probe's precise error (refine.ts).
 * - kind `not-tls`: cause `unknown`, no rules run (the product stays out of the way).
 * - Otherwise: causes sorted by confidence (rounded to 3 decimals), at least one; `uncertain`
 *   when the top is below 0.5 or the top two are within 0.15; the summary is `verdict_uncertain`
 *   then, else the top cause's verdict, with the host as $1 (`verdict_alternative_host` when the
 *   other form of the name answering is the strongest finding, that form as $2).
 * - When the top cause is `interception` and the evidence names who intercepts (interceptor.ts),
 *   `product` carries that name and a firm verdict names it.
 */
export function diagnose(evidence: Evidence, now: number = evidence.failure.time): Diagnosis {
  const e = refineWithReprobe(evidence);
  const { kind, errorCode, rawError, host } = e.failure;
  const base = { kind, errorCode, rawError, host };
  if (kind === 'not-tls') {
    return {
      ...base,
      causes: [{ cause: 'unknown', confidence: 0, rule: 'not-tls', evidence: [text('ev_not_tls')] }],
      uncertain: false,
      summary: text('verdict_not_tls', host),
    };
  }
  const at = Number.isFinite(now) ? now : e.failure.time;
  return diagnosisFromFindings(e, runRules(e, at));
}

/**
 * The ranking step on its own: combine findings (noisy-or, see combine.ts), sort, judge certainty,
 * and fall back to `unknown` with lines naming the missing evidence when no finding survives.
 */
export function diagnosisFromFindings(e: Evidence, findings: readonly RuleFinding[]): Diagnosis {
  const { kind, errorCode, rawError, host } = e.failure;
  const combined = combineFindings(findings);
  const uncertain = isUncertain(combined);
  const causes: RankedCause[] = combined.length
    ? combined.map((c) => ({ ...c, confidence: round3(c.confidence) }))
    : [{ cause: 'unknown', confidence: 0, rule: 'nothing-fired', evidence: missingEvidence(e) }];
  const top = causes[0]?.cause ?? 'unknown';
  const interceptor = top === 'interception' ? interceptorOf(e) : undefined;
  // A name mismatch whose other form works: the verdict names where the site answers.
  const alternative = causes[0]?.rule === alternativeHostAnswers.ruleName ? e.alternativeHost?.host : undefined;
  return {
    kind,
    errorCode,
    rawError,
    host,
    causes,
    uncertain,
    summary: uncertain
      ? text('verdict_uncertain', host)
      : interceptor
        ? interceptorVerdict(interceptor, host)
        : alternative
          ? text('verdict_alternative_host', host, alternative)
          : verdictText(top, host),
    ...(interceptor ? { product: interceptor.name } : {}),
    clock: clockStanding(e, { top, uncertain }),
  };
}
