// Toolbar popup: the current tab's latest TLS incident, or that none was seen.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { diagnose } from '../core/diagnose';
import type { Incident } from '../core/incident';
import { incidentsOfTab } from '../background/session-store';
import { browser } from '../platform/browser';
import { DiagnosisSummary } from '../ui/DiagnosisSummary';
import { t } from '../ui/i18n';

type State = { state: 'loading' } | { state: 'none' } | { state: 'incident'; incident: Incident };

export function PopupApp() {
  const [state, setState] = useState<State>({ state: 'loading' });
  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const incidents = tab?.id === undefined ? [] : await incidentsOfTab(tab.id);
      const latest = incidents[incidents.length - 1];
      setState(latest ? { state: 'incident', incident: latest } : { state: 'none' });
    })().catch(() => setState({ state: 'none' }));
  }, []);
  if (state.state === 'loading') return <main class="popup-main" aria-busy="true" />;
  if (state.state === 'none')
    return (
      <main class="popup-main">
        <p data-testid="no-incidents">{t('ui_popup_none')}</p>
      </main>
    );
  return <PopupIncident incident={state.incident} />;
}

function PopupIncident({ incident }: { incident: Incident }) {
  const diagnosis = useMemo(() => diagnose(incident.evidence), [incident.evidence]);
  return (
    <main class="popup-main">
      <DiagnosisSummary diagnosis={diagnosis} compact />
    </main>
  );
}
