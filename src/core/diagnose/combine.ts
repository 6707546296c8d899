// Turning rule findings into ranked causes.
//
// Contributions to the same cause combine by NOISY-OR: confidence = 1 − Π(1 − cᵢ). Why not max:
// the rules read different evidence (the clock estimate, the other-site probe, the re-probe,
// recent failures, the error itself), so two rules agreeing should count for more than either
// alone (0.45 and 0.5 → 0.725), which max ignores. Noisy-or stays within 0..1, does not depend on
// rule order, and equals the single contribution when only one rule fires. Its assumption,
// independence, is kept by construction: rules that read the same signal exclude each other
// (many-date-failures only runs without a clock estimate; the site-certificate default stands
// down when a local signal is present).
//
// Counter-evidence (`weakens`) then multiplies a cause's combined confidence, so "it loaded when
// we tried again" lowers the site causes however many rules supported them.
import { CAUSES, type Cause } from '../kinds';
import type { Text } from '../text';
import type { RankedCause, RuleFinding } from './types';
import { THRESHOLDS } from './thresholds';
import { clamp01 } from './util';

const textId = (t: Text): string => JSON.stringify([t.key, ...(t.subs ?? [])]);

/** An unrounded ranked cause: ordering and the uncertainty test use the exact value. */
export type CombinedCause = RankedCause;

/** Combine findings per cause (noisy-or, then weakenings); sorted by confidence, ties in CAUSES order. */
export function combineFindings(findings: readonly RuleFinding[]): CombinedCause[] {
  const byCause = new Map<Cause, RuleFinding[]>();
  const factor = new Map<Cause, number>();
  for (const f of findings) {
    for (const w of f.weakens ?? []) {
      const k = Number.isFinite(w.factor) ? clamp01(w.factor) : 1;
      factor.set(w.cause, (factor.get(w.cause) ?? 1) * k);
    }
    if (!(clamp01(f.confidence) > 0)) continue;
    const list = byCause.get(f.cause);
    if (list) list.push(f);
    else byCause.set(f.cause, [f]);
  }

  const out: CombinedCause[] = [];
  for (const [cause, list] of byCause) {
    // Strongest first; a stable sort keeps rule order for ties, so `rule` is deterministic.
    const sorted = [...list].sort((a, b) => clamp01(b.confidence) - clamp01(a.confidence));
    // a ⊕ b = a + b − ab: the same as 1 − Π(1 − cᵢ), exact for a single contribution.
    const combined = sorted.reduce((acc, f) => {
      const c = clamp01(f.confidence);
      return acc + c - acc * c;
    }, 0);
    const confidence = clamp01(combined * (factor.get(cause) ?? 1));
    if (confidence <= 0) continue;
    const seen = new Set<string>();
    const evidence: Text[] = [];
    for (const f of sorted) {
      for (const line of f.evidence) {
        const id = textId(line);
        if (!seen.has(id)) {
          seen.add(id);
          evidence.push(line);
        }
      }
    }
    out.push({ cause, confidence, rule: sorted[0]?.rule ?? '', evidence });
  }
  return out.sort((a, b) => b.confidence - a.confidence || CAUSES.indexOf(a.cause) - CAUSES.indexOf(b.cause));
}

const EPS = 1e-9;

/**
 * Too thin to tell: the top cause is below 0.5 (a guess), or the runner-up is within 0.15 of it
 * (two explanations fit about equally). No causes at all is uncertain too.
 */
export function isUncertain(causes: readonly { readonly confidence: number }[]): boolean {
  const [top, second] = causes;
  // EPS: 0.6 − 0.45 is 0.1499…97 in floating point; a gap of exactly the margin is not "within" it.
  if (!top || !(top.confidence >= THRESHOLDS.verdict.uncertainBelow - EPS)) return true;
  return second !== undefined && top.confidence - second.confidence < THRESHOLDS.verdict.uncertainMargin - EPS;
}
