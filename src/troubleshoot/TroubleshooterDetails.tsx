// What the troubleshooter shows below its verdict and actions: the checklist, "did this fix it?",
// the report, and naming a proxy extension. Loaded after the verdict is painted (TroubleshooterPage.tsx),
// so the first paint carries none of it.
import { useMemo, useState } from 'preact/hooks';
import { checklist } from '../core/checklist';
import { copiedStatusKey } from '../core/checklist/actions';
import { checklistContext } from '../core/checklist/context';
import { withoutShownEvidence } from '../core/checklist/shown-evidence';
import type { StepAction } from '../core/checklist/types';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { NameProxyExtension } from '../ui/NameProxyExtension';
import { send } from '../ui/send';
import { PrivateWindowChecks } from '../ui/PrivateWindowChecks';
import { ReportPanel } from '../ui/ReportPanel';
import { t } from '../ui/i18n';
import { StepList } from '../ui/StepList';
import { useStepProgress } from '../ui/useStepProgress';
import { useVerifyFix, VerifyFix } from '../ui/VerifyFix';
import { usePortalRecheck } from '../ui/usePortalRecheck';

export function TroubleshooterDetails({ view, retry }: { view: IncidentView; retry: () => unknown }) {
  const { incident, diagnosis } = view;
  const steps = useMemo(() => {
    // The evidence is printed once, in the list under the verdict.
    const all = withoutShownEvidence(checklist(diagnosis, incident.evidence.environment, checklistContext(incident.evidence)), diagnosis);
    // A failed part of a page that loaded has no error page of its own to show.
    if (incident.evidence.failure.frame === 'main') return all;
    return all.map((s) => ({ ...s, actions: s.actions.filter((a) => a.type !== 'show-native') }));
  }, [diagnosis, incident.evidence]);
  const [done, toggle] = useStepProgress(incident.id);
  const [verify, check] = useVerifyFix(incident.id);
  const [status, setStatus] = useState('');
  usePortalRecheck(incident.id, diagnosis.causes[0]?.cause === 'captive-portal');

  const act = async (action: StepAction) => {
    if (action.type === 'open-url') await browser.tabs.create({ url: action.url });
    else if (action.type === 'show-native') await send({ type: 'show-native', incidentId: incident.id });
    else if (action.type === 'open-sign-in') await send({ type: 'open-sign-in', incidentId: incident.id });
    else if (action.type === 'copy') {
      await navigator.clipboard.writeText(action.text).then(
        () => setStatus(t(copiedStatusKey(action.text))),
        () => setStatus(t('ui_copy_failed')),
      );
    } else if (action.type === 'report') {
      document.getElementById('report-heading')?.scrollIntoView({ block: 'start' });
      document.querySelector<HTMLElement>('[data-testid="copy-report"]')?.focus();
    } else {
      document.getElementById('verify-heading')?.scrollIntoView({ block: 'center' });
      await check();
    }
  };

  return (
    <>
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
    </>
  );
}
