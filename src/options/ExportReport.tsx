// Export a support report of the history: text or JSON, no cookies or page content, URLs without
// query strings or fragments, and settings as switches only (host lists may name private hosts).
import { useMemo } from 'preact/hooks';
import type { Environment } from '../core/evidence';
import type { HistoryEntry } from '../core/history';
import { historyReport, historyReportText } from '../core/report';
import type { Settings } from '../core/settings';
import { browser } from '../platform/browser';
import { CopyReportButton, ShownReport } from '../ui/ReportControls';
import { t } from '../ui/i18n';

interface Props {
  entries: readonly HistoryEntry[];
  settings: Settings;
  environment: Environment;
}

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportReport({ entries, settings, environment }: Props) {
  const report = useMemo(
    () => historyReport({ entries, settings, environment, version: browser.runtime.getManifest().version, now: Date.now() }),
    [entries, settings, environment],
  );
  const text = useMemo(() => historyReportText(report, t), [report]);
  const json = useMemo(() => `${JSON.stringify(report, null, 2)}\n`, [report]);
  const stamp = report.generatedAt.slice(0, 10);
  return (
    <>
      <p class="hint">{t('ui_export_about')}</p>
      <p class="form-actions">
        {(
          [
            ['text', 'txt', 'text/plain', text, 'ui_export_text'],
            ['json', 'json', 'application/json', json, 'ui_export_json'],
          ] as const
        ).map(([format, extension, type, body, label]) => (
          <button
            type="button"
            data-testid={`export-${format}`}
            onClick={() => download(`handshake-doctor-report-${stamp}.${extension}`, type, body)}
          >
            {t(label)}
          </button>
        ))}
        <CopyReportButton text={text} testId="export-copy" />
      </p>
      <ShownReport
        forms={[
          { testId: 'export-report-text', text },
          { testId: 'export-report-json', text: json },
        ]}
      />
    </>
  );
}
