// What `diagnose` returns and `checklist` consumes.
import type { Cause, FailureKind } from './kinds';
import type { Text } from './text';

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
}
