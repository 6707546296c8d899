// Shapes of the diagnose module: what diagnose returns (and checklist consumes), and what every
// rule shares. Pure data: no browser APIs.
import type { Cause, FailureKind } from '../kinds';
import type { Evidence } from '../evidence';
import type { Text } from '../text';
import type { ClockStanding } from './clock-standing';

export interface RankedCause {
  readonly cause: Cause;
  /** 0..1; causes are sorted by it, highest first. */
  readonly confidence: number;
  /** Name of the rule that produced it (for tests and support reports). */
  readonly rule: string;
  /** Evidence lines a person can read: why we think so. */
  readonly evidence: readonly Text[];
}

export interface Diagnosis {
  readonly kind: FailureKind;
  readonly errorCode: string;
  readonly rawError: string;
  readonly host: string;
  /** At least one entry; the first is the verdict. */
  readonly causes: readonly RankedCause[];
  /** True when the evidence is too thin to tell causes apart: surfaces say so instead of guessing. */
  readonly uncertain: boolean;
  /** One plain sentence for the verdict. */
  readonly summary: Text;
  /** Who intercepts (a security product or the extension controlling the proxy), when the top cause is interception and the evidence names it. */
  readonly product?: string;
  /** What was measured about the person's clock; absent when nothing was recorded (read as `unknown`). */
  readonly clock?: ClockStanding;
}

/** Counter-evidence a finding carries against another cause: its combined confidence is multiplied by `factor` (0..1). */
export interface Weakening {
  readonly cause: Cause;
  readonly factor: number;
}

/** What one rule concluded from the evidence. */
export interface RuleFinding {
  /** The rule's name (kebab-case); becomes `RankedCause.rule` when it is the strongest contribution. */
  readonly rule: string;
  readonly cause: Cause;
  /** This rule's contribution, 0..1. Contributions to the same cause are combined by noisy-or. */
  readonly confidence: number;
  /** Lines a person can read: why the rule thinks so. Message keys plus plain-string subs. */
  readonly evidence: readonly Text[];
  /** Optional counter-evidence applied after combination (e.g. "it loaded when we tried again"). */
  readonly weakens?: readonly Weakening[];
}

/**
 * A rule: looks at validated evidence and the current time (ms, local clock); returns a finding or
 * null. Made by defineRule, which names it.
 */
export interface Rule {
  (e: Evidence, now: number): RuleFinding | null;
  readonly ruleName: string;
}
