// The shape every diagnose rule shares. Pure data: no browser APIs.
import type { Cause } from '../kinds';
import type { Evidence } from '../evidence';
import type { Text } from '../text';

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

/** A rule: looks at validated evidence and the current time (ms, local clock); returns a finding or null. */
export type Rule = (e: Evidence, now: number) => RuleFinding | null;

export interface NamedRule {
  readonly name: string;
  readonly run: Rule;
}
