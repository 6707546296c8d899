// One step of the checklist: its title with a box to check it off, why it applies, the exact
// instructions, what it destroys (if anything), its actions, and how to tell it worked.
import type { Step, StepAction } from '../core/checklist/types';
import { t } from './i18n';

interface Props {
  step: Step;
  /** Its position, shown as "1.", "2."… (the checklist is an order, not a pick list). */
  number: number;
  done: boolean;
  onToggle: (id: string, done: boolean) => void;
  onAction: (action: StepAction) => void;
}

export function StepItem({ step, number, done, onToggle, onAction }: Props) {
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
      <ol class="instructions">
        {step.instructions.map((line) => (
          <li>{t(line)}</li>
        ))}
      </ol>
      {step.destructive && (
        <div class="warning" role="note">
          <p>{t(step.destructive.loses)}</p>
          <p>{t(step.destructive.backup)}</p>
        </div>
      )}
      {step.actions.length > 0 && (
        <p class="actions">
          {step.actions.map((action) => (
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
