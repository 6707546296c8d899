// The in-tab troubleshooter: verdict, evidence, the checklist, and the ways out.
import { useMemo, useState } from 'preact/hooks';
import { checklist } from '../core/checklist';
import { diagnose } from '../core/diagnose';
import type { Incident } from '../core/incident';
import type { StepAction } from '../core/steps';
import { browser } from '../platform/browser';
import { DiagnosisSummary } from '../ui/DiagnosisSummary';
import { EvidenceList } from '../ui/EvidenceList';
import { t } from '../ui/i18n';
import { send } from '../ui/send';
import { StepList } from '../ui/StepList';
import { useIncident } from '../ui/storage-hooks';
import { useStepProgress } from '../ui/useStepProgress';

export function TroubleshooterPage({ incidentId }: { incidentId: string | null }) {
  const loaded = useIncident(incidentId);
  if (loaded.state === 'loading') return <main class="page" aria-busy="true" />;
  if (loaded.state === 'missing')
    return (
      <main class="page">
        <h1 data-testid="incident-missing">{t('ui_incident_missing_title')}</h1>
        <p>{t('ui_incident_missing_body')}</p>
      </main>
    );
  return <Troubleshooter incident={loaded.value} />;
}

function Troubleshooter({ incident }: { incident: Incident }) {
  const diagnosis = useMemo(() => diagnose(incident.evidence), [incident.evidence]);
  const steps = useMemo(() => checklist(diagnosis, incident.evidence.environment), [diagnosis, incident.evidence.environment]);
  const [done, toggle] = useStepProgress(incident.id);
  const [status, setStatus] = useState('');

  const act = async (action: StepAction) => {
    if (action.type === 'open-url') await browser.tabs.create({ url: action.url });
    else if (action.type === 'copy') {
      await navigator.clipboard.writeText(action.text).then(
        () => setStatus(t('ui_copied')),
        () => setStatus(t('ui_copy_failed')),
      );
    } else await send({ type: 'retry', incidentId: incident.id });
  };

  return (
    <main class="page">
      <header class="brand">{t('extName')}</header>
      <DiagnosisSummary diagnosis={diagnosis} />
      <nav class="toolbar" aria-label={t('ui_actions')}>
        <button type="button" class="primary" data-testid="retry" onClick={() => send({ type: 'retry', incidentId: incident.id })}>
          {t('ui_retry')}
        </button>
        <button type="button" data-testid="back" onClick={() => send({ type: 'back', incidentId: incident.id })}>
          {t('ui_back')}
        </button>
        <button type="button" data-testid="show-native" onClick={() => send({ type: 'show-native', incidentId: incident.id })}>
          {t('ui_show_native')}
        </button>
      </nav>
      <EvidenceList diagnosis={diagnosis} />
      <StepList steps={steps} done={done} onToggle={toggle} onAction={act} />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
