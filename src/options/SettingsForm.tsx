// The settings a person can change. Fields an administrator set (storage.managed) show their
// value read-only, with a note. Lists are edited one entry per line; every field is checked
// against the settings schema before anything is saved.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../core/message-key';
import { SettingsFields, type Settings } from '../core/settings';
import type { EffectiveSettings } from '../platform/effective-settings';
import { t } from '../ui/i18n';

type ListField = 'probeUrls' | 'timeSources' | 'neverIntervene';
const LIST_FIELDS: readonly ListField[] = ['probeUrls', 'timeSources', 'neverIntervene'];

type NumberField = 'historyLimit' | 'historyMaxAgeDays';

interface Draft extends Record<NumberField, string> {
  settings: Settings;
  lists: Record<ListField, string>;
}

const toDraft = (s: Settings): Draft => ({
  settings: s,
  lists: { probeUrls: s.probeUrls.join('\n'), timeSources: s.timeSources.join('\n'), neverIntervene: s.neverIntervene.join('\n') },
  historyLimit: String(s.historyLimit),
  historyMaxAgeDays: String(s.historyMaxAgeDays),
});

/** A hint whose message has an `_error` twin, shown when the field is invalid. */
type HintWithError = { [K in MessageKey]: `${K}_error` extends MessageKey ? K : never }[MessageKey];

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A field's digits as a number; anything else is NaN, which the schema refuses. */
const wholeNumberOf = (text: string): number => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** The settings the draft describes, or the fields that are invalid. */
function parseDraft(draft: Draft): { settings: Settings; invalid: (keyof Settings)[] } {
  const next: Record<string, unknown> = { ...draft.settings };
  for (const field of LIST_FIELDS) next[field] = lines(draft.lists[field]);
  next.historyLimit = wholeNumberOf(draft.historyLimit);
  next.historyMaxAgeDays = wholeNumberOf(draft.historyMaxAgeDays);
  const invalid = (Object.keys(SettingsFields) as (keyof Settings)[]).filter((k) => !SettingsFields[k].safeParse(next[k]).success);
  return { settings: next as Settings, invalid };
}

interface Props {
  state: EffectiveSettings;
  onSave: (own: Settings) => Promise<void>;
}

export function SettingsForm({ state, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(state.own));
  const [invalid, setInvalid] = useState<(keyof Settings)[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => setDraft(toDraft(state.own)), [state.own]);

  const locked = (k: keyof Settings) => state.locked.includes(k);
  /** What the field shows: the administrator's value when locked, else the draft. */
  const shown = <K extends keyof Settings>(k: K): Settings[K] => (locked(k) ? state.effective[k] : draft.settings[k]);
  const setField = <K extends keyof Settings>(k: K, value: Settings[K]) =>
    setDraft((d) => ({ ...d, settings: { ...d.settings, [k]: value } }));
  const setList = (k: ListField, value: string) => setDraft((d) => ({ ...d, lists: { ...d.lists, [k]: value } }));
  const listText = (k: ListField) => (locked(k) ? state.effective[k].join('\n') : draft.lists[k]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = parseDraft(draft);
    setInvalid(parsed.invalid);
    if (parsed.invalid.length) {
      setStatus(t('ui_opt_invalid'));
      return;
    }
    await onSave(parsed.settings);
    setStatus(t('ui_opt_saved'));
  };

  const check = (k: 'banner' | 'reprobe' | 'otherSiteProbe' | 'clockCheck', label: MessageKey, hint: MessageKey) => (
    <Field name={k} locked={locked(k)}>
      <label class="check">
        <input
          type="checkbox"
          id={`opt-${k}`}
          data-testid={`opt-${k}`}
          checked={shown(k)}
          disabled={locked(k)}
          aria-describedby={`opt-${k}-hint`}
          onChange={(e) => setField(k, (e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t(label)}</span>
      </label>
      <p class="hint" id={`opt-${k}-hint`}>
        {t(hint)}
      </p>
    </Field>
  );

  /** What a field's control is described by: its hint, and its error while the value is refused. */
  const describedBy = (k: keyof Settings) => `opt-${k}-hint${invalid.includes(k) ? ` opt-${k}-error` : ''}`;
  const hintAndError = (k: keyof Settings, hint: HintWithError) => (
    <>
      <p class="hint" id={`opt-${k}-hint`}>
        {t(hint)}
      </p>
      {invalid.includes(k) && (
        <p class="error" id={`opt-${k}-error`}>
          {t(`${hint}_error`)}
        </p>
      )}
    </>
  );

  const list = (k: ListField, label: MessageKey, hint: HintWithError, depends = false) => (
    <Field name={k} locked={locked(k)} depends={depends}>
      <label for={`opt-${k}`} class="field-label">
        {t(label)}
      </label>
      <textarea
        id={`opt-${k}`}
        data-testid={`opt-${k}`}
        rows={4}
        spellcheck={false}
        value={listText(k)}
        disabled={locked(k)}
        aria-invalid={invalid.includes(k) ? 'true' : undefined}
        aria-describedby={describedBy(k)}
        onInput={(e) => setList(k, (e.currentTarget as HTMLTextAreaElement).value)}
      />
      {hintAndError(k, hint)}
    </Field>
  );

  const whole = (k: NumberField, label: MessageKey, hint: HintWithError, max: number) => (
    <Field name={k} locked={locked(k)}>
      <label for={`opt-${k}`} class="field-label">
        {t(label)}
      </label>
      <input
        type="number"
        id={`opt-${k}`}
        data-testid={`opt-${k}`}
        min={SettingsFields[k].safeParse(0).success ? 0 : 1}
        max={max}
        value={locked(k) ? String(state.effective[k]) : draft[k]}
        disabled={locked(k)}
        aria-invalid={invalid.includes(k) ? 'true' : undefined}
        aria-describedby={describedBy(k)}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setDraft((d) => ({ ...d, [k]: value }));
        }}
      />
      {hintAndError(k, hint)}
    </Field>
  );

  return (
    <form class="settings" onSubmit={submit} noValidate>
      <Field name="onPageFailure" locked={locked('onPageFailure')}>
        <fieldset>
          <legend>{t('ui_opt_on_failure')}</legend>
          {(['troubleshooter', 'badge'] as const).map((value) => (
            <label class="check">
              <input
                type="radio"
                name="onPageFailure"
                value={value}
                data-testid={`opt-onPageFailure-${value}`}
                checked={shown('onPageFailure') === value}
                disabled={locked('onPageFailure')}
                onChange={() => setField('onPageFailure', value)}
              />
              <span>{t(`ui_opt_on_failure_${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </Field>
      {check('banner', 'ui_opt_banner', 'ui_opt_banner_hint')}
      {check('reprobe', 'ui_opt_reprobe', 'ui_opt_reprobe_hint')}
      {check('otherSiteProbe', 'ui_opt_other_sites', 'ui_opt_other_sites_hint')}
      <p class="hint" data-testid="portal-check-hint">
        {t('ui_opt_portal_check_hint', state.effective[__BROWSER__ === 'firefox' ? 'firefoxPortalCheckUrl' : 'portalCheckUrl'])}
      </p>
      {list('probeUrls', 'ui_opt_probe_urls', 'ui_opt_probe_urls_hint', true)}
      <Field name="tls12CheckUrl" locked={locked('tls12CheckUrl')} depends>
        <label for="opt-tls12CheckUrl" class="field-label">
          {t('ui_opt_tls12_check')}
        </label>
        <input
          type="url"
          id="opt-tls12CheckUrl"
          data-testid="opt-tls12CheckUrl"
          spellcheck={false}
          value={shown('tls12CheckUrl')}
          disabled={locked('tls12CheckUrl')}
          aria-invalid={invalid.includes('tls12CheckUrl') ? 'true' : undefined}
          aria-describedby={describedBy('tls12CheckUrl')}
          onInput={(e) => setField('tls12CheckUrl', (e.currentTarget as HTMLInputElement).value.trim())}
        />
        {hintAndError('tls12CheckUrl', 'ui_opt_tls12_check_hint')}
      </Field>
      {check('clockCheck', 'ui_opt_clock', 'ui_opt_clock_hint')}
      {list('timeSources', 'ui_opt_time_sources', 'ui_opt_time_sources_hint', true)}
      {list('neverIntervene', 'ui_opt_never', 'ui_opt_never_hint')}
      {whole('historyLimit', 'ui_opt_history_limit', 'ui_opt_history_limit_hint', 500)}
      {whole('historyMaxAgeDays', 'ui_opt_history_age', 'ui_opt_history_age_hint', 3650)}
      <p class="form-actions">
        <button type="submit" class="primary" data-testid="save-settings">
          {t('ui_opt_save')}
        </button>
        <span class="status" role="status" data-testid="settings-status">
          {status}
        </span>
      </p>
    </form>
  );
}

interface FieldProps {
  name: string;
  locked: boolean;
  /** Belongs to the switch above it (shown indented). */
  depends?: boolean;
  children: ComponentChildren;
}

function Field({ name, locked, depends = false, children }: FieldProps) {
  return (
    <div class={`field${depends ? ' depends' : ''}${locked ? ' locked' : ''}`} data-field={name} data-locked={locked ? 'true' : undefined}>
      {children}
      {locked && <p class="locked-note">{t('ui_opt_locked')}</p>}
    </div>
  );
}
