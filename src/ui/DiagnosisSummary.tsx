// The verdict block every view of a diagnosis shares; it carries the test contract attributes.
import type { Diagnosis } from '../core/diagnose/types';
import { explain, kindTitle } from '../core/catalog/explain';
import { scopeAbout } from '../core/diagnose/cause-text';
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
  const scope = scopeAbout(diagnosis.host);
  const Verdict = `h${headingLevel}` as 'h1';
  return (
    <section
      class="diagnosis"
      data-testid="diagnosis"
      data-error-code={diagnosis.errorCode || diagnosis.rawError}
      data-kind={diagnosis.kind}
      data-cause={top?.cause ?? 'unknown'}
      data-product={diagnosis.product}
      aria-labelledby="verdict"
    >
      <p class="kind-title">{t(kindTitle(diagnosis.kind))}</p>
      <Verdict id="verdict" class="verdict">
        {t(diagnosis.summary)}
      </Verdict>
      <p class="site">
        <span class="label">{t('ui_site')}</span> <bdi class="host">{diagnosis.host}</bdi>
        <span class="sep" aria-hidden="true">
          {' · '}
        </span>
        <span class="label">{t('ui_error')}</span> <code class="error-code">{diagnosis.errorCode || diagnosis.rawError}</code>
      </p>
      {/* The kind's explanation is written for public sites ("the site's owner"): a device, an intranet
          site or a program on this computer gets whose server it is instead. */}
      {!compact && scope && (
        <p class="explain" data-testid="host-scope">
          {t(scope)}
        </p>
      )}
      {!compact &&
        !scope &&
        explain(diagnosis.kind, diagnosis.errorCode, diagnosis.uncertain ? undefined : top?.cause).map((line) => (
          <p class="explain">{t(line)}</p>
        ))}
      {diagnosis.uncertain && <p class="uncertain">{t('ui_uncertain')}</p>}
    </section>
  );
}
