// Toolbar popup: the current tab's latest TLS incident (diagnosed by the background), or that
// none was seen, and the top actions. `?tab=<id>` inspects another tab: the page is not
// web-accessible, so only the extension itself (or someone typing the address) can open it so.
import { useEffect, useState } from 'preact/hooks';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { AlternativeHostOffer } from '../ui/AlternativeHostOffer';
import { DiagnosisSummary } from '../ui/DiagnosisSummary';
import { formatTime, t } from '../ui/i18n';
import { send } from '../ui/send';

type State = { state: 'loading' } | { state: 'none' } | { state: 'incident'; view: IncidentView };

async function inspectedTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const [state, setState] = useState<State>({ state: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await inspectedTabId();
      const r = tabId === undefined ? undefined : await send({ type: 'tab-summary', tabId });
      setState(r?.ok && r.data ? { state: 'incident', view: r.data } : { state: 'none' });
    })().catch(() => setState({ state: 'none' }));
  }, []);
  if (state.state === 'loading') return <main class="popup-main" aria-busy="true" />;
  return (
    <main class="popup-main">
      <header class="brand">{t('extName')}</header>
      {state.state === 'none' ? (
        <h1 class="none" data-testid="no-incidents">
          {t('ui_popup_none')}
        </h1>
      ) : (
        <PopupIncident view={state.view} />
      )}
      {state.state === 'incident' && (
        <p class="popup-actions">
          <button type="button" class="primary" data-testid="popup-open" onClick={() => openTroubleshooter(state.view)}>
            {t('ui_popup_open')}
          </button>
          <button type="button" data-testid="popup-retry" onClick={() => retry(state.view)}>
            {t('ui_retry')}
          </button>
        </p>
      )}
      <p class="popup-footer">
        <button type="button" class="link" data-testid="popup-options" onClick={() => browser.runtime.openOptionsPage().then(closePopup)}>
          {t('ui_open_options')}
        </button>
      </p>
    </main>
  );
}

/** The real popup closes after an action; the page opened in a tab (`?tab=`) stays. */
const closePopup = () => {
  if (!new URLSearchParams(location.search).has('tab')) window.close();
};
const openTroubleshooter = (view: IncidentView) => send({ type: 'open-troubleshooter', incidentId: view.incident.id }).then(closePopup);
const retry = (view: IncidentView) => send({ type: 'retry', incidentId: view.incident.id }).then(closePopup);

function PopupIncident({ view }: { view: IncidentView }) {
  const { failure } = view.incident.evidence;
  return (
    <>
      <DiagnosisSummary diagnosis={view.diagnosis} compact />
      <AlternativeHostOffer evidence={view.incident.evidence} newTab />
      <p class="when">{t(failure.frame === 'sub' ? 'ui_popup_when_part' : 'ui_popup_when_page', formatTime(view.incident.createdAt))}</p>
    </>
  );
}
