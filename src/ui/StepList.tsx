// The checklist: ordered steps, each with why, exact instructions, actions and how to verify.
import type { Step, StepAction } from '../core/checklist/types';
import { t } from './i18n';
import { StepItem, StepProgress } from './StepItem';

/** A checklist view's inputs: the steps, which are done, and what ticking or acting on one does. */
export interface ChecklistViewProps {
  steps: readonly Step[];
  done: ReadonlySet<string>;
  onToggle: (id: string, done: boolean) => void;
  onAction: (action: StepAction) => void;
}

export function StepList({ steps, done, onToggle, onAction }: ChecklistViewProps) {
  return (
    <section class="steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('ui_steps_heading')}</h2>
      <StepProgress steps={steps} done={done} />
      <ol class="step-list">
        {steps.map((step, i) => (
          <li class={`step${done.has(step.id) ? ' done' : ''}`} data-step={step.id} key={step.id}>
            <StepItem step={step} number={i + 1} done={done.has(step.id)} onToggle={onToggle} onAction={onAction} />
          </li>
        ))}
      </ol>
    </section>
  );
}
