// Shared shapes of the checklist: what a step definition is given and what it must provide.
import type { Diagnosis, RankedCause } from '../diagnosis';
import type { BrowserName, Cause, OsName } from '../kinds';
import type { Step } from '../steps';

export interface ChecklistEnv {
  readonly browser: BrowserName;
  readonly os: OsName;
}

/** Names the background learned; each one turns a generic instruction into a specific one. */
export interface ChecklistContext {
  /** Security product or middlebox whose certificate was seen (interception-software.tsv `name`). */
  readonly interceptionProduct?: string;
  /** Extension that controls the browser's proxy settings (needs the `management` permission). */
  readonly proxyExtensionName?: string;
}

export const STEP_IDS = [
  'narrow-down',
  'clock',
  'security-software',
  'extensions',
  'proxy',
  'malware-scan',
  'tls-settings',
  'site-owner',
  'client-certificate',
  'captive-portal',
  'network-filter',
  'certificate-store',
  'browser-reset',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Everything a definition may look at. Names in `context` are trimmed; empty ones are absent. */
export interface StepInput {
  readonly diagnosis: Diagnosis;
  readonly browser: BrowserName;
  readonly os: OsName;
  readonly context: ChecklistContext;
  /** The diagnosis's uncertainty, also set when it listed no cause at all. */
  readonly uncertain: boolean;
  /** The verdict: the highest-ranked cause. */
  readonly top: RankedCause;
  /** Included causes that bring this step in, highest first (empty for steps no cause brings in). */
  readonly triggers: readonly RankedCause[];
}

export interface StepDefinition {
  readonly id: StepId;
  /** Causes that bring the step in; it is placed at the rank of the first of them. */
  readonly causes: readonly Cause[];
  /** Destructive steps come after all others, in the order of DESTRUCTIVE_STEPS. */
  readonly destructive?: boolean;
  /** Whether the step can apply here at all: the failure kind, the browser, the OS. */
  applies(input: StepInput): boolean;
  /** Brings the step in although none of `causes` ranks (placed after the cause-driven steps). */
  fallback?(input: StepInput): boolean;
  /** Position among the steps of the same cause; lower first, ties keep definition order. */
  priority?(input: StepInput): number;
  build(input: StepInput): Step;
}
