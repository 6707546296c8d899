// Past incidents, newest first: when, where (no query string or fragment), what, and why.
import { useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history';
import { kindTitle } from '../core/catalog/explain';
import { causeTitle } from '../core/diagnose/cause-text';
import { formatTime, t } from '../ui/i18n';

interface Props {
  entries: readonly HistoryEntry[];
  limit: number;
  maxAgeDays: number;
  onClear: () => Promise<void>;
  onGuide: (id: string) => void;
}

export function HistorySection({ entries, limit, maxAgeDays, onClear, onGuide }: Props) {
  const [status, setStatus] = useState('');
  return (
    <>
      <p class="hint">{t('ui_history_about', String(limit))}</p>
      <p class="hint" data-testid="history-age">
        {t('ui_history_age_about', String(maxAgeDays))}
      </p>
      {entries.length === 0 ? (
        <p data-testid="history-empty">{t('ui_history_empty')}</p>
      ) : (
        <table class="history" data-testid="history">
          <thead>
            <tr>
              <th scope="col">{t('ui_history_when')}</th>
              <th scope="col">{t('ui_history_address')}</th>
              <th scope="col">{t('ui_history_problem')}</th>
              <th scope="col">{t('ui_history_cause')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('ui_history_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="history-entry" data-kind={e.evidence.failure.kind} data-url={e.evidence.failure.url}>
                <td class="nowrap">{formatTime(e.recordedAt)}</td>
                <td class="address">
                  <bdi>{e.evidence.failure.url}</bdi>
                  {e.evidence.failure.frame === 'sub' && <span class="tag">{t('ui_history_part')}</span>}
                </td>
                <td>
                  {t(kindTitle(e.evidence.failure.kind))}
                  <br />
                  <code>{e.evidence.failure.errorCode || e.evidence.failure.rawError}</code>
                </td>
                <td>{t(causeTitle(e.cause))}</td>
                <td>
                  <button type="button" class="link" onClick={() => onGuide(e.id)}>
                    {t('ui_history_guide')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="form-actions">
        <button
          type="button"
          data-testid="clear-history"
          disabled={entries.length === 0}
          onClick={() =>
            onClear().then(
              () => setStatus(t('ui_history_cleared')),
              () => setStatus(t('ui_history_clear_failed')),
            )
          }
        >
          {t('ui_history_clear')}
        </button>
        <span class="status" role="status">
          {status}
        </span>
      </p>
    </>
  );
}
