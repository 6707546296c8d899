// The verdict block every view of a diagnosis shares; it carries the test contract attributes.
import type { Diagnosis } from '../core/diagnose/types';
import { explanation, kindTitle } from '../core/catalog/explain';
import { connectionUntrusted } from '../core/diagnose/safety';
import { t } from './i18n';

interface Props {
  diagnosis: Diagnosis;
  /** The popup shows the verdict without the explanation. */
  compact?: boolean;
  /** The verdict heading's level: 1 where it is the page's subject, lower inside another page. */
  headingLevel?: 1 | 2 | 3;
}

export function DiagnosisSummary({ diagnosis, compact = false, headingLevel = 1 }: Props) {
  const top = diagnosis.causes[0];
  const Verdict = `h${headingLevel}` as 'h1';
  const { lines, scope } = explanation(diagnosis);
  return (
    <section
      class="diagnosis"
      data-testid="diagnosis"
      data-error-code={diagnosis.errorCode || diagnosis.rawError}
      data-kind={diagnosis.kind}
      data-cause={top?.cause ?? 'unknown'}
      data-clock={diagnosis.clock ?? 'unknown'}
      data-product={diagnosis.product}
      aria-labelledby="verdict"
    >
      <p class="kind-title">{t(kindTitle(diagnosis.kind))}</p>
      <Verdict id="verdict" class="verdict">
        {t(diagnosis.summary)}
      </Verdict>
      {/* Where whoever answered may not be the site, the safe advice comes right under the verdict, in bold. */}
      {connectionUntrusted(diagnosis) && (
        <p class="do-not-enter" data-testid="do-not-enter">
          <strong>{t('ui_do_not_enter')}</strong>
        </p>
      )}
      <p class="site">
        <span class="label">{t('ui_site')}</span> <bdi class="host">{diagnosis.host}</bdi>
        <span class="sep" aria-hidden="true">
          {' · '}
        </span>
        <span class="label">{t('ui_error')}</span> <code class="error-code">{diagnosis.errorCode || diagnosis.rawError}</code>
      </p>
      {!compact &&
        lines.map((line) => (
          <p class="explain" data-testid={scope ? 'host-scope' : undefined}>
            {t(line)}
          </p>
        ))}
      {diagnosis.uncertain && <p class="uncertain">{t('ui_uncertain')}</p>}
    </section>
  );
}
