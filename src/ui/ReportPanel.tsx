// A support report to copy: text only, no cookies or page content, URLs without query strings
// or fragments (core/report.ts builds it).
import { useMemo } from 'preact/hooks';
import { incidentReport, incidentReportText } from '../core/report';
import type { Step } from '../core/checklist/types';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { CopyReportButton, ShownReport } from './ReportControls';
import { t } from './i18n';

interface Props {
  view: IncidentView;
  steps: readonly Step[];
  done: ReadonlySet<string>;
}

export function ReportPanel({ view, steps, done }: Props) {
  const text = useMemo(
    () =>
      incidentReportText(
        incidentReport(
          {
            evidence: view.incident.evidence,
            recordedAt: view.incident.createdAt,
            diagnosis: view.diagnosis,
            browserOverride: view.browserOverride,
            steps,
            done,
            version: browser.runtime.getManifest().version,
            now: Date.now(),
          },
          t,
        ),
        t,
      ),
    [view, steps, done],
  );
  return (
    <section class="report" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('ui_report_heading')}</h2>
      <p>{t('ui_report_about')}</p>
      <p class="button-row">
        <CopyReportButton text={text} testId="copy-report" />
      </p>
      <ShownReport forms={[{ testId: 'report-text', text }]} />
    </section>
  );
}
