// The controls both reports share (the troubleshooter's and the options page's history report):
// "Copy the report" with its spoken result, and the report shown as text on request.
import { useState } from 'preact/hooks';
import { t } from './i18n';

export function CopyReportButton({ text, testId }: { text: string; testId: string }) {
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setStatus(t('ui_report_copied')),
      () => setStatus(t('ui_copy_failed')),
    );
  return (
    <>
      <button type="button" data-testid={testId} onClick={copy}>
        {t('ui_report_copy')}
      </button>
      <span role="status" class="status">
        {status}
      </span>
    </>
  );
}

/** The report's forms (text, and JSON for the history), shown on request, each focusable for reading. */
export function ShownReport({ forms }: { forms: readonly { testId: string; text: string }[] }) {
  return (
    <details>
      <summary>{t('ui_report_show')}</summary>
      {forms.map(({ testId, text }) => (
        <pre class="report-text" data-testid={testId} tabIndex={0}>
          {text}
        </pre>
      ))}
    </details>
  );
}
