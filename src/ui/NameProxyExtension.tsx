// "Which extension is it?": another extension controls the proxy, and naming it needs the optional
// `management` permission. The request must come straight from the click (a user gesture); the
// background then looks the extension up and writes the name into the incident's evidence, so the
// evidence line and the checklist name it when the page re-renders. If the permission was granted
// before, the lookup runs without asking.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ProxyState } from '../core/evidence';
import { browser } from '../platform/browser';
import { t } from './i18n';
import { send } from './send';

const MANAGEMENT: { permissions: ['management'] } = { permissions: ['management'] };

type Phase = 'idle' | 'working' | 'denied' | 'none' | 'failed';

export function NameProxyExtension({ incidentId, proxy }: { incidentId: string; proxy: ProxyState }) {
  const [phase, setPhase] = useState<Phase>('idle');
  const named = !!proxy.controllingExtension || !!proxy.candidateExtensions?.length;

  const lookUp = useCallback(
    () =>
      send({ type: 'name-proxy-extension', incidentId }).then((r) =>
        setPhase(!r.ok ? 'failed' : r.data.controllingExtension || r.data.candidateExtensions ? 'idle' : 'none'),
      ),
    [incidentId],
  );

  useEffect(() => {
    if (named) return;
    browser.permissions.contains(MANAGEMENT).then(
      (granted) => {
        if (!granted) return;
        setPhase('working');
        void lookUp();
      },
      () => undefined,
    );
  }, [lookUp, named]);

  if (named) return null;
  const onClick = () => {
    setPhase('working');
    browser.permissions.request(MANAGEMENT).then(
      (granted) => (granted ? lookUp() : setPhase('denied')),
      () => setPhase('failed'),
    );
  };
  const note =
    phase === 'denied'
      ? t('ui_name_proxy_extension_denied')
      : phase === 'none'
        ? t('ui_name_proxy_extension_none')
        : phase === 'failed'
          ? t('ui_name_proxy_extension_failed')
          : '';
  return (
    <section class="name-proxy-extension" data-testid="name-proxy-extension">
      <p>{t('ui_name_proxy_extension_about')}</p>
      <button type="button" data-testid="name-proxy-extension-button" disabled={phase === 'working'} onClick={onClick}>
        {t('ui_name_proxy_extension')}
      </button>
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
