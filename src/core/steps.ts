// What `checklist` returns: ordered steps with per-browser/OS instructions already chosen.
import type { Text } from './text';

export type StepAction =
  /** A page the browser lets an extension open with tabs.create (e.g. chrome://settings/security). */
  | { readonly type: 'open-url'; readonly url: string; readonly label: Text }
  /** Text to copy where the browser forbids opening the page (Firefox about:config). */
  | { readonly type: 'copy'; readonly text: string; readonly label: Text }
  /** Retry the failed site from the background and report what changed. */
  | { readonly type: 'retry'; readonly label: Text };

export interface Step {
  /** Stable id: used for progress tracking and tests. */
  readonly id: string;
  readonly title: Text;
  /** Why this step applies here, from the evidence. */
  readonly why: readonly Text[];
  /** Exact instructions for this browser on this OS, in order. */
  readonly instructions: readonly Text[];
  readonly actions: readonly StepAction[];
  /** How to tell it worked. */
  readonly verify: Text;
  /** Set for steps that destroy something: what is lost and how to back it up first. */
  readonly destructive?: { readonly loses: Text; readonly backup: Text };
}
