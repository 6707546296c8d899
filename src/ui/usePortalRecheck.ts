// While the troubleshooter shows a captive-portal verdict, it asks the background to check again
// once a minute for five minutes, and whenever the person comes back to the tab (from signing in);
// the background keeps to those limits itself and retries the failed site once the check passes.
import { useEffect } from 'preact/hooks';
import { PORTAL_CHECK_INTERVAL_MS, PORTAL_RECHECK_WINDOW_MS } from '../core/captive-portal/schedule';
import { send } from './send';

export function usePortalRecheck(incidentId: string, portal: boolean): void {
  useEffect(() => {
    if (!portal) return undefined;
    const recheck = () => void send({ type: 'portal-recheck', incidentId });
    const onVisible = () => document.visibilityState === 'visible' && recheck();
    const timer = setInterval(recheck, PORTAL_CHECK_INTERVAL_MS);
    const end = setTimeout(() => clearInterval(timer), PORTAL_RECHECK_WINDOW_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      clearTimeout(end);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [incidentId, portal]);
}
