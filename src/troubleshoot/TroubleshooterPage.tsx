// The in-tab troubleshooter: verdict, evidence, the checklist, and the ways out. The verdict comes
// from the stored incident at once, then from the background's answer (useIncidentView); the parts
// below it load after it is painted (TroubleshooterDetails.tsx).
import { useEffect, useState } from 'preact/hooks';
import { advisesAgainstBypass, primaryAction } from '../core/diagnose/safety';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { AlternativeHostOffer } from '../ui/AlternativeHostOffer';
import { DiagnosisSummary } from '../ui/DiagnosisSummary';
import { EvidenceList } from '../ui/EvidenceList';
import { NativeWarningNote, nativeButtonLabel } from '../ui/NativeWarningNote';
import { t } from '../ui/i18n';
import { send } from '../ui/send';
import { useIncidentView } from '../ui/useIncidentView';
import type { TroubleshooterDetails } from './TroubleshooterDetails';

/** `stored`: the incident's view as read from storage before rendering (readStoredView). */
export function TroubleshooterPage({ incidentId, stored }: { incidentId: string | null; stored?: IncidentView }) {
  const loaded = useIncidentView(incidentId, stored);
  if (loaded.state === 'loading') return <main class="page" aria-busy="true" />;
  if (loaded.state === 'missing')
    return (
      <main class="page">
        <header class="brand">{t('extName')}</header>
        <h1 data-testid="incident-missing">{t('ui_incident_missing_title')}</h1>
        <p>{t('ui_incident_missing_body')}</p>
      </main>
    );
  return <Troubleshooter view={loaded.value} />;
}

/** The parts below the verdict, loaded once it is painted (effects run after the paint, which never waits for them). */
function Details(props: Parameters<typeof TroubleshooterDetails>[0]) {
  const [loaded, setLoaded] = useState<typeof import('./TroubleshooterDetails') | null>(null);
  useEffect(() => {
    void import('./TroubleshooterDetails').then(setLoaded);
  }, []);
  return loaded && <loaded.TroubleshooterDetails {...props} />;
}

function Troubleshooter({ view }: { view: IncidentView }) {
  const { incident, diagnosis } = view;
  const retry = () => send({ type: 'retry', incidentId: incident.id });
  /** The failure was the page itself (not an image, frame or script of a page that loaded). */
  const page = incident.evidence.failure.frame === 'main';
  // The safe way out leads where the site may be impersonated or only its owner can fix it.
  const backFirst = primaryAction(diagnosis) === 'back';
  const back = (
    <button
      type="button"
      class={backFirst ? 'primary' : undefined}
      data-testid="back"
      onClick={() => send({ type: 'back', incidentId: incident.id })}
    >
      {t('ui_back')}
    </button>
  );

  return (
    <main class="page">
      <header class="brand">{t('extName')}</header>
      <DiagnosisSummary diagnosis={diagnosis} />
      <AlternativeHostOffer evidence={incident.evidence} />
      {!page && <p class="note">{t('ui_part_of_page')}</p>}
      <nav class="toolbar" aria-label={t('ui_actions')}>
        {/* A failed part of a page: the page itself loaded, so there is nothing to go back from or to show natively. */}
        {page && backFirst && back}
        <button type="button" class={backFirst ? undefined : 'primary'} data-testid="retry" onClick={retry}>
          {t('ui_retry')}
        </button>
        {page && !backFirst && back}
        {page && (
          <button
            type="button"
            data-testid="show-native"
            aria-describedby={view.browserOverride === null ? undefined : 'native-note'}
            onClick={() => send({ type: 'show-native', incidentId: incident.id })}
          >
            {nativeButtonLabel(view.browserOverride)}
          </button>
        )}
      </nav>
      {page && <NativeWarningNote override={view.browserOverride} againstBypass={advisesAgainstBypass(diagnosis)} />}
      <EvidenceList diagnosis={diagnosis} />
      <Details view={view} retry={retry} />
      <footer class="footer">
        <button type="button" class="link" data-testid="open-options" onClick={() => browser.runtime.openOptionsPage()}>
          {t('ui_open_options')}
        </button>
      </footer>
    </main>
  );
}
