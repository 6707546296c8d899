// The in-tab troubleshooter: verdict, evidence, the checklist, and the ways out. The background
// sends the incident already diagnosed (useIncidentView); the page builds the checklist.
import { useMemo, useState } from 'preact/hooks';
import { checklist } from '../core/checklist';
import { checklistContext } from '../core/checklist/context';
import type { StepAction } from '../core/checklist/types';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { DiagnosisSummary } from '../ui/DiagnosisSummary';
import { EvidenceList } from '../ui/EvidenceList';
import { NameProxyExtension } from '../ui/NameProxyExtension';
import { PrivateWindowChecks } from '../ui/PrivateWindowChecks';
import { NativeWarningNote, nativeButtonLabel } from '../ui/NativeWarningNote';
import { ReportPanel } from '../ui/ReportPanel';
import { t } from '../ui/i18n';
import { send } from '../ui/send';
import { StepList } from '../ui/StepList';
import { useIncidentView } from '../ui/useIncidentView';
import { useStepProgress } from '../ui/useStepProgress';
import { useVerifyFix, VerifyFix } from '../ui/VerifyFix';

export function TroubleshooterPage({ incidentId }: { incidentId: string | null }) {
  const loaded = useIncidentView(incidentId);
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

function Troubleshooter({ view }: { view: IncidentView }) {
  const { incident, diagnosis } = view;
  const steps = useMemo(
    () => checklist(diagnosis, incident.evidence.environment, checklistContext(incident.evidence)),
    [diagnosis, incident.evidence],
  );
  const [done, toggle] = useStepProgress(incident.id);
  const [verify, check] = useVerifyFix(incident.id);
  const [status, setStatus] = useState('');
  const retry = () => send({ type: 'retry', incidentId: incident.id });
  /** The failure was the page itself (not an image, frame or script of a page that loaded). */
  const page = incident.evidence.failure.frame === 'main';

  const act = async (action: StepAction) => {
    if (action.type === 'open-url') await browser.tabs.create({ url: action.url });
    else if (action.type === 'copy') {
      await navigator.clipboard.writeText(action.text).then(
        () => setStatus(t('ui_copied')),
        () => setStatus(t('ui_copy_failed')),
      );
    } else {
      document.getElementById('verify-heading')?.scrollIntoView({ block: 'center' });
      await check();
    }
  };

  return (
    <main class="page">
      <header class="brand">{t('extName')}</header>
      <DiagnosisSummary diagnosis={diagnosis} />
      {!page && <p class="note">{t('ui_part_of_page')}</p>}
      <nav class="toolbar" aria-label={t('ui_actions')}>
        <button type="button" class="primary" data-testid="retry" onClick={retry}>
          {t('ui_retry')}
        </button>
        {/* A failed part of a page: the page itself loaded, so there is nothing to go back from or to show natively. */}
        {page && (
          <>
            <button type="button" data-testid="back" onClick={() => send({ type: 'back', incidentId: incident.id })}>
              {t('ui_back')}
            </button>
            <button
              type="button"
              data-testid="show-native"
              aria-describedby={view.browserOverride === null ? undefined : 'native-note'}
              onClick={() => send({ type: 'show-native', incidentId: incident.id })}
            >
              {nativeButtonLabel(view.browserOverride)}
            </button>
          </>
        )}
      </nav>
      {page && <NativeWarningNote override={view.browserOverride} />}
      <EvidenceList diagnosis={diagnosis} />
      <PrivateWindowChecks incident={incident} />
      {incident.evidence.proxy?.levelOfControl === 'controlled_by_other_extensions' && (
        <NameProxyExtension incidentId={incident.id} proxy={incident.evidence.proxy} />
      )}
      <StepList steps={steps} done={done} onToggle={toggle} onAction={act} />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <VerifyFix state={verify} onCheck={check} onOpen={retry} />
      <ReportPanel view={view} steps={steps} done={done} />
      <footer class="footer">
        <button type="button" class="link" data-testid="open-options" onClick={() => browser.runtime.openOptionsPage()}>
          {t('ui_open_options')}
        </button>
      </footer>
    </main>
  );
}
