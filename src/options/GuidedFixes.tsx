// Guided fixes: the full checklist as a step-by-step guide, for a recorded incident or for "a
// site won't load" when nothing was recorded. Browser and system default to what was detected;
// the person can pick others (helping someone on another computer, say).
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { kindTitle } from '../core/catalog/explain';
import { checklist } from '../core/checklist';
import { checklistContext } from '../core/checklist/context';
import type { Step, StepAction } from '../core/checklist/types';
import { diagnose } from '../core/diagnose';
import type { Environment } from '../core/evidence';
import { readShownError } from '../core/guided/error-pages';
import { guideVersion } from '../core/guided/guide-version';
import { branchAfterNarrowingDown, narrowDownFinding, type NarrowDownAnswers as Answers } from '../core/guided/narrow-down-branch';
import { unrecordedDiagnosis, unrecordedSteps } from '../core/guided/unrecorded';
import type { HistoryEntry } from '../core/history';
import { BROWSERS, OSES, type BrowserName, type OsName } from '../core/kinds';
import type { MessageKey } from '../core/message-key';
import { isWebUrl } from '../core/url';
import { browser } from '../platform/browser';
import { DiagnosisSummary } from '../ui/DiagnosisSummary';
import { formatTime, t } from '../ui/i18n';
import { useStepProgress } from '../ui/useStepProgress';
import { ErrorSeenField } from './ErrorSeenField';
import { GuideStepper } from './GuideStepper';
import { NarrowDownAnswers } from './NarrowDownAnswers';

export const NO_INCIDENT = 'none';

interface Props {
  entries: readonly HistoryEntry[];
  detected: Environment;
  selected: string;
  onSelect: (id: string) => void;
}

export function GuidedFixes({ entries, detected, selected, onSelect }: Props) {
  const entry = entries.find((e) => e.id === selected);
  const [seen, setSeen] = useState('');
  const [browserName, setBrowser] = useState<BrowserName>(entry?.evidence.environment.browser ?? detected.browser);
  const [os, setOs] = useState<OsName>(entry?.evidence.environment.os ?? detected.os);
  const [answers, setAnswers] = useState<Answers>({});
  const [status, setStatus] = useState('');
  useEffect(() => {
    setBrowser(entry?.evidence.environment.browser ?? detected.browser);
    setOs(entry?.evidence.environment.os ?? detected.os);
  }, [entry?.id, entry?.evidence.environment.browser, entry?.evidence.environment.os, detected]);
  // The comparisons were about one problem: another one starts afresh.
  useEffect(() => setAnswers({}), [selected]);

  // What the person says the browser showed, read against the catalog (headings in the page's language).
  const read = useMemo(() => readShownError(seen, (key) => t(key)), [seen]);
  const diagnosis = useMemo(
    () => (entry ? diagnose(entry.evidence) : unrecordedDiagnosis(read?.kind ?? 'tls-unknown', read?.errorCode)),
    [entry, read],
  );
  // The recorded site, opened again only when it is an http(s) address.
  const site = entry && isWebUrl(entry.evidence.failure.url) ? entry.evidence.failure.url : undefined;
  const steps = useMemo(() => {
    // No tab here shows the browser's own error page; "Go to the report" is the troubleshooter's (this
    // page exports the history instead); the sign-in address lives in the incident while the browser
    // runs, not in the history; with no site recorded (or none that may be opened), there is no site
    // to try again either.
    const dropped = new Set<StepAction['type']>(['show-native', 'report', 'open-sign-in', ...(site ? [] : (['retry'] as const))]);
    // The version only where it is this browser's: the update step needs it.
    const env = { browser: browserName, os, version: guideVersion(browserName, entry?.evidence.environment ?? detected) };
    const all = entry ? checklist(diagnosis, env, checklistContext(entry.evidence)) : unrecordedSteps(checklist(diagnosis, env));
    const shown = all.map((s) => ({ ...s, actions: s.actions.filter((a) => !dropped.has(a.type)) }));
    return branchAfterNarrowingDown(shown, narrowDownFinding(answers));
  }, [diagnosis, browserName, os, entry, site, detected, answers]);
  // Progress is kept per recorded incident while the browser runs (the troubleshooter's own).
  const [done, toggle] = useStepProgress(entry ? entry.id : null);

  const act = async (action: StepAction) => {
    if (action.type === 'open-url') await browser.tabs.create({ url: action.url });
    else if (action.type === 'copy')
      await navigator.clipboard.writeText(action.text).then(
        // What is copied is a command, a setting or the error, not always an address to paste.
        () => setStatus(t('ui_guided_copied')),
        () => setStatus(t('ui_copy_failed')),
      );
    else if (site) await browser.tabs.create({ url: site });
  };
  const narrowDown = (step: Step) =>
    step.id === 'narrow-down' && (
      <NarrowDownAnswers answers={answers} onAnswer={(comparison, result) => setAnswers((prev) => ({ ...prev, [comparison]: result }))} />
    );

  return (
    <div class="guided" data-testid="guided-fixes">
      <div class="pickers">
        <Picker id="guided-source" label="ui_guided_source" value={selected} onPick={onSelect}>
          <option value={NO_INCIDENT}>{t('ui_guided_none')}</option>
          {entries.map((e) => (
            <option value={e.id}>
              {formatTime(e.recordedAt)} · {e.evidence.failure.host} ·{' '}
              {e.evidence.failure.errorCode || t(kindTitle(e.evidence.failure.kind))}
            </option>
          ))}
        </Picker>
        <DetectedPicker
          id="guided-browser"
          label="ui_guided_browser"
          value={browserName}
          options={BROWSERS}
          detected={detected.browser}
          optionLabel={(b) => t(`ui_browser_${b}`)}
          onPick={setBrowser}
        />
        <DetectedPicker
          id="guided-os"
          label="ui_guided_os"
          value={os}
          options={OSES}
          detected={detected.os}
          optionLabel={(o) => t(`ui_os_${o}`)}
          onPick={setOs}
        />
      </div>
      {!entry && <ErrorSeenField value={seen} read={read} browser={browserName} onInput={setSeen} />}
      {entry ? <DiagnosisSummary diagnosis={diagnosis} headingLevel={3} /> : <p class="note">{t('ui_guided_none_about')}</p>}
      <GuideStepper steps={steps} done={done} onToggle={toggle} onAction={act} extra={narrowDown} />
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}

interface PickerProps {
  id: string;
  label: MessageKey;
  value: string;
  onPick: (value: string) => void;
  children: ComponentChildren;
}

/** A labelled choice of the guide's pickers. */
function Picker({ id, label, value, onPick, children }: PickerProps) {
  return (
    <p>
      <label for={id} class="field-label">
        {t(label)}
      </label>
      <select id={id} data-testid={id} value={value} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
        {children}
      </select>
    </p>
  );
}

interface DetectedPickerProps<T extends string> {
  id: string;
  label: MessageKey;
  value: T;
  options: readonly T[];
  detected: T;
  optionLabel: (option: T) => string;
  onPick: (option: T) => void;
}

/** A choice (browser, system) with the detected one marked. */
function DetectedPicker<T extends string>({ id, label, value, options, detected, optionLabel, onPick }: DetectedPickerProps<T>) {
  return (
    <Picker id={id} label={label} value={value} onPick={(v) => onPick(v as T)}>
      {options.map((o) => (
        <option value={o}>
          {optionLabel(o)}
          {o === detected ? ` ${t('ui_guided_detected')}` : ''}
        </option>
      ))}
    </Picker>
  );
}
