// The checklist as a step-by-step guide: one step at a time, with the whole list beside it to
// jump around and see what is done. A step can carry more than the checklist gives it (the
// narrowing-down step's answers), below its instructions.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Step } from '../core/checklist/types';
import { t } from '../ui/i18n';
import { StepItem, StepProgress } from '../ui/StepItem';
import type { ChecklistViewProps } from '../ui/StepList';

interface Props extends ChecklistViewProps {
  /** What to show with a step beside its own content, if anything. */
  extra?: (step: Step) => ComponentChildren;
}

export function GuideStepper({ steps, done, onToggle, onAction, extra }: Props) {
  const [index, setIndex] = useState(0);
  const ids = steps.map((s) => s.id).join(',');
  useEffect(() => setIndex(0), [ids]);
  const current = Math.min(index, steps.length - 1);
  const step = steps[current];
  if (!step) return null;
  const go = (i: number) => {
    setIndex(i);
    document.getElementById('guide-step-title')?.focus();
  };
  return (
    <section class="guide" aria-labelledby="steps-heading">
      <h3 id="steps-heading">{t('ui_steps_heading')}</h3>
      <StepProgress steps={steps} done={done} />
      <div class="guide-layout">
        <nav aria-label={t('ui_guide_all_steps')}>
          <ol class="guide-index" data-testid="guide-index">
            {steps.map((s, i) => (
              <li data-step={s.id} class={done.has(s.id) ? 'done' : undefined}>
                <button type="button" class="link" aria-current={i === current ? 'step' : undefined} onClick={() => go(i)}>
                  {t(s.title)}
                </button>
                {done.has(s.id) && <span class="done-mark">{t('ui_guide_done')}</span>}
              </li>
            ))}
          </ol>
        </nav>
        <div class={`step guide-step${done.has(step.id) ? ' done' : ''}`} data-step={step.id} data-testid="guide-step">
          <p class="step-of" id="guide-step-title" tabIndex={-1}>
            {t('ui_guide_step_of', String(current + 1), String(steps.length))}
          </p>
          <StepItem step={step} number={current + 1} done={done.has(step.id)} onToggle={onToggle} onAction={onAction} />
          {extra?.(step)}
          <p class="guide-nav">
            <button type="button" data-testid="guide-previous" disabled={current === 0} onClick={() => go(current - 1)}>
              {t('ui_guide_previous')}
            </button>
            <button
              type="button"
              class="primary"
              data-testid="guide-next"
              disabled={current === steps.length - 1}
              onClick={() => go(current + 1)}
            >
              {t('ui_guide_next')}
            </button>
          </p>
        </div>
      </div>
    </section>
  );
}
