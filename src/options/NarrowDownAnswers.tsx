// The answers to the narrowing-down step: for each comparison, not tried yet, works, or fails too.
// The guide reorders itself from them (src/core/guided/narrow-down-branch.ts) and says how.
import { keyPart } from '../core/message-key';
import {
  COMPARISONS,
  narrowDownFinding,
  type Comparison,
  type ComparisonResult,
  type NarrowDownAnswers as Answers,
} from '../core/guided/narrow-down-branch';
import { t } from '../ui/i18n';

interface Props {
  answers: Answers;
  onAnswer: (comparison: Comparison, result: ComparisonResult | undefined) => void;
}

const RESULTS: readonly (ComparisonResult | undefined)[] = [undefined, 'works', 'fails'];

function label(comparison: Comparison, result: ComparisonResult | undefined): string {
  return result ? t(`ui_guided_narrow_${keyPart(comparison)}_${result}`) : t('ui_guided_narrow_not_tried');
}

export function NarrowDownAnswers({ answers, onAnswer }: Props) {
  const finding = narrowDownFinding(answers);
  return (
    <fieldset class="narrow-answers" data-testid="narrow-answers">
      <legend>{t('ui_guided_narrow_legend')}</legend>
      {COMPARISONS.map((c) => (
        <fieldset class="narrow-answer" data-comparison={c}>
          <legend>{t(`ui_guided_narrow_${keyPart(c)}`)}</legend>
          {RESULTS.map((r) => (
            <label class="check">
              <input
                type="radio"
                name={`narrow-${c}`}
                value={r ?? 'not-tried'}
                checked={answers[c] === r}
                onChange={() => onAnswer(c, r)}
              />
              <span>{label(c, r)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p class="status" role="status" data-testid="narrow-finding" data-finding={finding}>
        {finding === 'site' ? t('ui_guided_narrow_site') : finding === 'this-side' ? t('ui_guided_narrow_this_side') : ''}
      </p>
    </fieldset>
  );
}
