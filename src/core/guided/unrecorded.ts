// Guided fixes when nothing was recorded: no site and perhaps no error code. Nothing rules a cause
// out, so every cause stays open; and the step texts written for a recorded failure are adapted:
// sentences that name the site or error ("Mention the site ($1) and the error ($2)") are swapped
// for ones that need neither, so no empty placeholder or stand-in reaches the person; nothing empty
// is offered to copy; and no step claims evidence ("your clock looks wrong") nobody measured.
import type { StepAction, Step } from '../checklist/types';
import type { Diagnosis } from '../diagnose/types';
import { CAUSES, CERTIFICATE_KINDS, type Cause, type FailureKind } from '../kinds';
import { keyPart, type MessageKey } from '../message-key';
import { text, type Text } from '../text';

/**
 * Every cause open, in the order the classic advice checks them (the computer first, the site
 * last); the checklist then brings in every step that can apply to the kind on this browser and
 * system. What the site may have got wrong follows the kind: its certificate for a certificate
 * error, its setup for the others, either when the error is unknown.
 */
function openCauses(kind: FailureKind): Cause[] {
  const site: Cause[] = CERTIFICATE_KINDS.has(kind)
    ? ['site-certificate']
    : kind === 'tls-unknown'
      ? ['site-certificate', 'site-configuration']
      : ['site-configuration'];
  return ['system-clock', 'interception', 'network', 'browser-settings', 'client-certificate', ...site, 'unknown'];
}

/**
 * A diagnosis for a failure nobody recorded: the kind and code the person picked, no host. An
 * empty host is a public site to the checklist (src/core/host-scope.ts), so the site-owner step
 * can apply; a stand-in word such as "the site" would read as a single-label intranet name.
 */
export function unrecordedDiagnosis(kind: FailureKind, errorCode = ''): Diagnosis {
  return {
    kind,
    errorCode,
    rawError: errorCode,
    host: '',
    causes: openCauses(kind).map((cause) => ({ cause, confidence: 0, rule: 'guided:nothing-recorded', evidence: [] })),
    uncertain: true,
    summary: text('ui_guided_none_about'),
  };
}

/** The sentence for a step text whose host (`$1`) is unknown; `error` is the code when the person gave one. */
type Rewrite = (error: string) => Text;

/**
 * Step texts that name the host, by key, with the sentence that replaces them when it is empty.
 * The error code, where the text also names it, is always the second placeholder.
 */
const WITHOUT_HOST: Readonly<Partial<Record<MessageKey, Rewrite>>> = {
  step_site_certificate_possible: () => text('ui_guided_site_certificate_possible'),
  step_site_configuration_possible: () => text('ui_guided_site_configuration_possible'),
  step_site_contact: (error) => (error ? text('ui_guided_site_contact_error', error) : text('ui_guided_site_contact')),
  step_filter_work: (error) => (error ? text('ui_guided_filter_work_error', error) : text('ui_guided_filter_work')),
  step_client_it: () => text('ui_guided_client_it'),
};

/** Whether a text has a placeholder filled with nothing. */
export const hasEmptySub = (t: Text): boolean => (t.subs ?? []).some((s) => s.trim() === '');

function withoutEmpty(t: Text): Text {
  if (!hasEmptySub(t)) return t;
  const rewrite = WITHOUT_HOST[t.key];
  return rewrite ? rewrite(t.subs?.[1]?.trim() ?? '') : t;
}

/**
 * Copies of the site and error: with no site, only the error is left to copy, and with no error,
 * nothing at all (the action goes).
 */
function copyWithoutSite(a: StepAction): StepAction[] {
  if (a.type !== 'copy') return [a];
  if (a.text.trim() === '') return [];
  return [a.label.key === 'step_action_copy_details' ? { ...a, label: text('ui_guided_copy_error') } : a];
}

/** The plain-language reason each cause brings a step (src/core/checklist/common.ts): each says something was seen. */
const CAUSE_WHY: ReadonlySet<MessageKey> = new Set(CAUSES.map((c): MessageKey => `step_why_${keyPart(c)}`));

/** Why a step is there when nothing was measured: it is one of the usual checks, not a finding. */
function whyUnrecorded(why: readonly Text[]): Text[] {
  const rest = why.filter((t) => !CAUSE_WHY.has(t.key));
  return rest.length < why.length ? [text('ui_guided_why_unrecorded'), ...rest] : [...rest];
}

/** The steps of an unrecorded problem as the person may read them (see the top of this file). */
export function unrecordedSteps(steps: readonly Step[]): Step[] {
  return steps.map((s) => ({
    ...s,
    title: withoutEmpty(s.title),
    why: whyUnrecorded(s.why).map(withoutEmpty),
    instructions: s.instructions.map(withoutEmpty),
    actions: s.actions.flatMap(copyWithoutSite),
    verify: withoutEmpty(s.verify),
  }));
}
