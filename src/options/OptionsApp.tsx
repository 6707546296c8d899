// The options page: guided fixes, settings, history, and a support report.
import { useEffect, useState } from 'preact/hooks';
import type { Environment } from '../core/evidence';
import { isIncidentId } from '../core/incident-id';
import { detectEnvironment } from '../platform/environment';
import { t } from '../ui/i18n';
import { ExportReport } from './ExportReport';
import { GuidedFixes, NO_INCIDENT } from './GuidedFixes';
import { HistorySection } from './HistorySection';
import { SettingsForm } from './SettingsForm';
import { useHistory } from './useHistory';
import { useSettings } from './useSettings';

const SECTIONS = ['guided', 'settings', 'history', 'export'] as const;

export function OptionsApp() {
  const [settings, save] = useSettings();
  const [history, clearHistory] = useHistory(settings?.effective.historyMaxAgeDays);
  const [environment, setEnvironment] = useState<Environment>();
  const [selected, setSelected] = useState(NO_INCIDENT);
  useEffect(() => void detectEnvironment().then(setEnvironment), []);
  // Opened as options.html#incident=<id> (from elsewhere in the extension): guide that one.
  useEffect(() => {
    const id = /^#incident=(.*)$/.exec(location.hash)?.[1];
    if (isIncidentId(id) && history?.some((e) => e.id === id)) setSelected(id);
  }, [history]);
  if (!settings || !history || !environment) return <main class="page" aria-busy="true" />;

  const guide = (id: string) => {
    setSelected(id);
    document.getElementById('guided-heading')?.scrollIntoView();
    document.getElementById('guided-source')?.focus();
  };

  return (
    <>
      <header class="page options-header">
        <p class="brand">{t('extName')}</p>
        <h1>{t('ui_opt_title')}</h1>
        <nav aria-label={t('ui_opt_sections')}>
          <ul class="section-nav">
            {SECTIONS.map((s) => (
              <li>
                <a href={`#${s}-heading`}>{t(`ui_opt_nav_${s}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="page options">
        <section aria-labelledby="guided-heading">
          <h2 id="guided-heading">{t('ui_opt_nav_guided')}</h2>
          <GuidedFixes entries={history} detected={environment} selected={selected} onSelect={setSelected} />
        </section>
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('ui_opt_nav_settings')}</h2>
          <SettingsForm state={settings} onSave={save} />
        </section>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('ui_opt_nav_history')}</h2>
          <HistorySection
            entries={history}
            limit={settings.effective.historyLimit}
            maxAgeDays={settings.effective.historyMaxAgeDays}
            onClear={clearHistory}
            onGuide={guide}
          />
        </section>
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">{t('ui_opt_nav_export')}</h2>
          <ExportReport entries={history} settings={settings.effective} environment={environment} />
        </section>
      </main>
    </>
  );
}
