// The checklist: ordered steps, each with why, exact instructions, actions and how to verify.
import type { Step, StepAction } from '../core/steps';
import { t } from './i18n';

interface Props {
  steps: readonly Step[];
  done: ReadonlySet<string>;
  onToggle: (id: string, done: boolean) => void;
  onAction: (action: StepAction) => void;
}

export function StepList({ steps, done, onToggle, onAction }: Props) {
  return (
    <section class="steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('ui_steps_heading')}</h2>
      <p class="progress" data-testid="progress">
        {t('ui_progress', String(steps.filter((s) => done.has(s.id)).length), String(steps.length))}
      </p>
      <ol class="step-list">
        {steps.map((step) => (
          <li class={`step${done.has(step.id) ? ' done' : ''}`} data-step={step.id} key={step.id}>
            <label class="step-title">
              <input
                type="checkbox"
                checked={done.has(step.id)}
                onChange={(e) => onToggle(step.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{t(step.title)}</span>
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
                  <button type="button" class="secondary" onClick={() => onAction(action)}>
                    {t(action.label)}
                    {action.type === 'copy' && <code class="copy-text">{action.text}</code>}
                  </button>
                ))}
              </p>
            )}
            <p class="verify">{t(step.verify)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
