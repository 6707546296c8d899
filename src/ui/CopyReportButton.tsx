// "Copy the report" with its spoken result: the troubleshooter's and the options page's reports.
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
