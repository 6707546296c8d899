// Why we think so: the ranked causes with the evidence lines behind each, and how likely each is in
// words (src/core/diagnose/confidence-words.ts). The step cards leave these lines out (stepsWithoutShownEvidence).
import type { Diagnosis } from '../core/diagnose/types';
import { causeTitle } from '../core/diagnose/cause-text';
import { confidenceKey } from '../core/diagnose/confidence-words';
import { t } from './i18n';

export function EvidenceList({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <section class="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('ui_evidence_heading')}</h2>
      <ol class="causes">
        {diagnosis.causes.map((cause) => (
          <li class="cause" data-cause={cause.cause} key={cause.cause}>
            <span class="cause-title">{t(causeTitle(cause.cause))}</span>
            <span class="confidence">{t(confidenceKey(cause.confidence))}</span>
            <ul>
              {cause.evidence.map((line) => (
                <li>{t(line)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
