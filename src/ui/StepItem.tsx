// One step of the checklist: its title with a box to check it off, why it applies, what it
// destroys (if anything: before the instructions, so it is read first), the exact instructions,
// its actions, and how to tell it worked.
import { useState } from 'preact/hooks';
import { stepsText } from '../core/checklist/steps-text';
import type { DestructiveNotes, Step, StepAction } from '../core/checklist/types';
import { t } from './i18n';

interface Props {
  step: Step;
  /** Its position, shown as "1.", "2."… (the checklist is an order, not a pick list). */
  number: number;
  done: boolean;
  onToggle: (id: string, done: boolean) => void;
  onAction: (action: StepAction) => void;
}

type CopyReportAndSteps = Extract<StepAction, { type: 'copy-report-and-steps' }>;

/** The troubleshooter's support report as its page shows it (ReportPanel); other pages have none. */
const shownReport = (): string => document.querySelector('[data-testid="report-text"]')?.textContent ?? '';

/** Copies the report and the whole checklist itself, so every page that lists steps offers it alike. */
function CopyReportAndStepsButton({ action }: { action: CopyReportAndSteps }) {
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard.writeText([shownReport(), stepsText(action.steps, t)].filter(Boolean).join('\n')).then(
      () => setStatus(t('ui_steps_copied')),
      () => setStatus(t('ui_copy_failed')),
    );
  return (
    <p class="actions">
      <button type="button" data-action={action.type} onClick={copy}>
        {t(action.label)}
      </button>{' '}
      <span role="status" class="status">
        {status}
      </span>
    </p>
  );
}

/** "Before you start" and "What this removes", each under its heading. */
function Notes({ notes, copy }: { notes: DestructiveNotes; copy: CopyReportAndSteps | undefined }) {
  return (
    <div class="warning" role="note" data-testid="destructive-notes">
      <h3>{t('ui_step_before_you_start')}</h3>
      <p>{t(notes.backup)}</p>
      <p>{t(notes.resume)}</p>
      {copy && <CopyReportAndStepsButton action={copy} />}
      <h3>{t('ui_step_what_it_removes')}</h3>
      <p>{t(notes.removes)}</p>
    </div>
  );
}

export function StepItem({ step, number, done, onToggle, onAction }: Props) {
  const copy = step.actions.find((a): a is CopyReportAndSteps => a.type === 'copy-report-and-steps');
  const actions = step.actions.filter((a) => a.type !== 'copy-report-and-steps');
  return (
    <>
      <label class="step-title">
        <input type="checkbox" checked={done} onChange={(e) => onToggle(step.id, (e.currentTarget as HTMLInputElement).checked)} />
        <span>
          <span class="step-number">{number}.</span> {t(step.title)}
        </span>
      </label>
      {step.why.map((line) => (
        <p class="why">{t(line)}</p>
      ))}
      {step.destructive && <Notes notes={step.destructive} copy={copy} />}
      <ol class="instructions">
        {step.instructions.map((line) => (
          <li>{t(line)}</li>
        ))}
      </ol>
      {actions.length > 0 && (
        <p class="actions">
          {actions.map((action) => (
            <button type="button" data-action={action.type} onClick={() => onAction(action)}>
              {t(action.label)}
              {action.type === 'copy' && <code class="copy-text">{action.text}</code>}
            </button>
          ))}
        </p>
      )}
      <p class="step-verify">{t(step.verify)}</p>
    </>
  );
}

/** "2 of 5 steps done" with a bar; carries the counts for tests. */
export function StepProgress({ steps, done }: { steps: readonly Step[]; done: ReadonlySet<string> }) {
  const count = steps.filter((s) => done.has(s.id)).length;
  return (
    <p class="progress" data-testid="progress" data-done={count} data-total={steps.length}>
      <span id="progress-label">{t('ui_progress', String(count), String(steps.length))}</span>
      <progress value={count} max={Math.max(steps.length, 1)} aria-labelledby="progress-label" />
    </p>
  );
}
