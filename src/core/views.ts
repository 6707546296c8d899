// What the background answers to extension pages (messages.ts names which message answers which).
// Pages show these as they are: the background computed them from records it validated on read.
import type { Diagnosis } from './diagnose/types';
import type { FailureKind } from './kinds';
import type { Incident } from './incident';

/** An incident as every surface shows it. */
export interface IncidentView {
  readonly incident: Incident;
  readonly diagnosis: Diagnosis;
  /** Whether the browser's own page lets the person continue (catalog); null: not a code it knows. */
  readonly browserOverride: boolean | null;
}

/**
 * "Did this fix it?", answered by probing the failed URL again from the background:
 * `fixed` it loads now; `same` the same error; `changed` a different error; `unreachable` no answer
 * (timed out, or the browser named no error).
 */
export type FixOutcome = 'fixed' | 'same' | 'changed' | 'unreachable';

export interface FixCheck {
  readonly outcome: FixOutcome;
  /** The error the incident recorded. */
  readonly before: string;
  /** The error now ('' when it loads or nothing was reported). */
  readonly errorCode: string;
  readonly kind?: FailureKind;
  readonly checkedAt: number;
}
