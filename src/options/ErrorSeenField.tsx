// "What did the browser's error page say?": a text field with the codes and headings the browsers
// show as suggestions (the picked browser's first), so a person finds theirs by typing any part of
// it; what they enter is read against the catalog tables and the kind it maps to is said below.
import { useMemo } from 'preact/hooks';
import { kindTitle } from '../core/catalog/explain';
import { errorPageBrowser, errorPageHeadings, shownCodes, type ErrorPageBrowser, type ShownError } from '../core/guided/error-pages';
import type { BrowserName, FailureKind } from '../core/kinds';
import type { MessageKey } from '../core/message-key';
import { t } from '../ui/i18n';

interface Props {
  value: string;
  /** What `value` was read as, or undefined when it names nothing known. */
  read: ShownError | undefined;
  browser: BrowserName;
  onInput: (value: string) => void;
}

const PAGE_NAMES: Readonly<Record<ErrorPageBrowser, MessageKey>> = {
  chromium: 'ui_guided_error_page_chromium',
  firefox: 'ui_browser_firefox',
};

const hintFor = (page: ErrorPageBrowser, kind: FailureKind): string => t('ui_guided_error_option', t(PAGE_NAMES[page]), t(kindTitle(kind)));

function ReadAs({ value, read }: Pick<Props, 'value' | 'read'>) {
  if (!value.trim()) return null;
  if (!read || read.kind === 'tls-unknown') return <>{t('ui_guided_error_unknown')}</>;
  if (read.kind === 'not-tls') return <>{t('ui_guided_error_not_tls')}</>;
  return <>{t('ui_guided_error_found', t(kindTitle(read.kind)))}</>;
}

export function ErrorSeenField({ value, read, browser, onInput }: Props) {
  const page = errorPageBrowser(browser);
  const suggestions = useMemo(
    () => [
      ...errorPageHeadings(page).map((h) => ({ value: t(h.key), hint: hintFor(h.browser, h.kind) })),
      ...shownCodes(page).map((c) => ({ value: c.shown, hint: hintFor(c.browser, c.kind) })),
    ],
    [page],
  );
  return (
    <p class="error-seen">
      <label for="guided-error" class="field-label">
        {t('ui_guided_error')}
      </label>
      <input
        id="guided-error"
        data-testid="guided-error"
        type="text"
        list="guided-error-list"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="guided-error-hint guided-error-read"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <datalist id="guided-error-list">
        {suggestions.map((s) => (
          <option value={s.value} label={s.hint} />
        ))}
      </datalist>
      <span class="hint" id="guided-error-hint">
        {t('ui_guided_error_hint')}
      </span>
      <span class="hint" id="guided-error-read" data-testid="guided-error-read" data-kind={read?.kind ?? 'tls-unknown'} aria-live="polite">
        <ReadAs value={value} read={read} />
      </span>
    </p>
  );
}
