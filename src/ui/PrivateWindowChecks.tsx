// A private window's failure: the background probes from the normal profile, outside the private
// window, so nothing is probed until the person asks here. The results land in the incident's
// evidence, which the page re-renders from.
import { useState } from 'preact/hooks';
import type { Incident } from '../core/incident';
import { t } from './i18n';
import { send } from './send';

type Phase = 'idle' | 'running' | 'done' | 'failed';

export function PrivateWindowChecks({ incident }: { incident: Incident }) {
  const [phase, setPhase] = useState<Phase>('idle');
  if (!incident.incognito) return null;
  const run = async () => {
    setPhase('running');
    const r = await send({ type: 'probe-private-incident', incidentId: incident.id });
    setPhase(r.ok ? 'done' : 'failed');
  };
  const asked = phase !== 'idle' || incident.evidence.reprobe !== undefined;
  return (
    <section class="private-checks" aria-labelledby="private-checks-heading" data-testid="private-checks">
      <h2 id="private-checks-heading">{t('ui_private_heading')}</h2>
      <p>{t('ui_private_about')}</p>
      <p class="button-row">
        <button type="button" data-testid="private-checks-run" onClick={run} disabled={asked && phase !== 'failed'}>
          {t('ui_private_button')}
        </button>
      </p>
      <p role="status" data-testid="private-checks-status" data-phase={phase}>
        {phase === 'running'
          ? t('ui_private_running')
          : phase === 'done'
            ? t('ui_private_done')
            : phase === 'failed'
              ? t('ui_private_failed')
              : ''}
      </p>
    </section>
  );
}
