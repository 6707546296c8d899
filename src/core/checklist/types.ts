// Shapes of the checklist: the steps it returns (ordered, with per-browser/OS instructions already
// chosen), and what a step definition is given and must provide.
import type { Diagnosis, RankedCause } from '../diagnose/types';
import type { BrowserName, Cause, OsName } from '../kinds';
import type { Text } from '../text';
import type { StepId } from './steps';

export type StepAction =
  /** A page the browser lets an extension open with tabs.create (e.g. chrome://settings/security). */
  | { readonly type: 'open-url'; readonly url: string; readonly label: Text }
  /** Text to copy where the browser forbids opening the page (Firefox about:config). */
  | { readonly type: 'copy'; readonly text: string; readonly label: Text }
  /** Retry the failed site from the background and report what changed. */
  | { readonly type: 'retry'; readonly label: Text }
  /** Show the browser's own error page for the failed page (the troubleshooter's one-time pass). */
  | { readonly type: 'show-native'; readonly label: Text }
  /** Go to the support report on the same page (the troubleshooter's "Copy the report"). */
  | { readonly type: 'report'; readonly label: Text }
  /**
   * Copy the support report shown on the page, if any, and the whole checklist as text: offered by
   * steps after which this page is gone (the browser restarts, or the extension is turned off or
   * removed). `steps` is the checklist it belongs to, filled in once the list is complete.
   */
  | { readonly type: 'copy-report-and-steps'; readonly label: Text; readonly steps: readonly CopiedStep[] }
  /** Open the captive portal's sign-in page the background recorded, in a new tab it leaves alone. */
  | { readonly type: 'open-sign-in'; readonly label: Text };

export interface Step {
  /** Stable id, from the step's definition: used for progress tracking and tests. */
  readonly id: StepId;
  readonly title: Text;
  /** Why this step applies here, from the evidence. */
  readonly why: readonly Text[];
  /** Exact instructions for this browser on this OS, in order. */
  readonly instructions: readonly Text[];
  readonly actions: readonly StepAction[];
  /** How to tell it worked. */
  readonly verify: Text;
  /** Set for steps that destroy something; shown before the instructions. */
  readonly destructive?: DestructiveNotes;
}

/** What a destructive step says before its instructions, each in full sentences. */
export interface DestructiveNotes {
  /** "Before you start": how to back up what the step removes, and how to undo it. */
  readonly backup: Text;
  /** "What this removes": what is lost, and what is kept. */
  readonly removes: Text;
  /** Whether the browser restarts and this extension is turned off or removed, and how to pick up again. */
  readonly resume: Text;
}

/** A step as "copy the report and these steps" writes it out: everything but its buttons. */
export type CopiedStep = Omit<Step, 'actions'>;

export interface ChecklistEnv {
  readonly browser: BrowserName;
  readonly os: OsName;
  /** The browser's own version (e.g. `156` or `153.8.0`), when known. */
  readonly version?: string;
}

/** Names the background learned; each one turns a generic instruction into a specific one. */
export interface ChecklistContext {
  /** Security product or middlebox whose certificate was seen (interception-software.tsv `name`). */
  readonly interceptionProduct?: string;
  /** Extension that controls the browser's proxy settings (needs the `management` permission). */
  readonly proxyExtensionName?: string;
}

/** Everything a definition may look at. Names in `context` are trimmed; empty ones are absent. */
export interface StepInput {
  readonly diagnosis: Diagnosis;
  readonly browser: BrowserName;
  readonly os: OsName;
  /** The browser's own version, when the caller knows it. */
  readonly version?: string;
  readonly context: ChecklistContext;
  /** The diagnosis's uncertainty, also set when it listed no cause at all. */
  readonly uncertain: boolean;
  /** The verdict: the highest-ranked cause. */
  readonly top: RankedCause;
  /** Included causes that bring this step in, highest first (empty for steps no cause brings in). */
  readonly triggers: readonly RankedCause[];
}

/** Everything of a step but its id, which the definition carries. */
type StepBody = Omit<Step, 'id'>;

interface DefinitionBase<Id extends string> {
  /** The step's stable id (kebab-case). */
  readonly id: Id;
  /** Causes that bring the step in; it is placed at the rank of the first of them. */
  readonly causes: readonly Cause[];
  /** Whether the step can apply here at all: the failure kind, the browser, the OS. */
  applies(input: StepInput): boolean;
  /** Brings the step in although none of `causes` ranks (placed after the cause-driven steps). */
  fallback?(input: StepInput): boolean;
  /** Position among the steps of the same cause; lower first, ties keep definition order. */
  priority?(input: StepInput): number;
}

/** A step that destroys nothing. */
interface SafeDefinition<Id extends string> extends DefinitionBase<Id> {
  readonly destructive?: false;
  build(input: StepInput): StepBody & { readonly destructive?: undefined };
}

/** A step that destroys something: it comes after all others (DESTRUCTIVE_STEPS order) and must carry its notes. */
interface DestructiveDefinition<Id extends string> extends DefinitionBase<Id> {
  readonly destructive: true;
  build(input: StepInput): StepBody & { readonly destructive: DestructiveNotes };
}

export type StepDefinition<Id extends string = string> = SafeDefinition<Id> | DestructiveDefinition<Id>;
