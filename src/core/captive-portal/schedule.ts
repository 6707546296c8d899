// How often the captive-portal check may run: at most once a minute however many failures
// arrive (later failures reuse the answer), and while a portal verdict is shown, re-checks for at
// most five minutes after it was first seen (the person signs in, then the failed site is retried).
import { roundAllowed } from '../probe-plan';

export const PORTAL_CHECK_INTERVAL_MS = 60_000;
export const PORTAL_RECHECK_WINDOW_MS = 5 * 60_000;

/** The last check: when it ran, and since when it has been answering "portal" (if it is). */
export interface PortalRound {
  readonly at: number;
  readonly portalSince?: number;
}

/** After a TLS failure: may a check run now, or is the last answer recent enough to reuse? */
export const checkAllowed = (last: PortalRound | undefined, now: number): boolean => roundAllowed(last?.at, now, PORTAL_CHECK_INTERVAL_MS);

/** While a portal verdict is shown: may it be checked again now? Only within the window, once a minute. */
export function recheckAllowed(last: PortalRound | undefined, now: number): boolean {
  if (last?.portalSince === undefined || !checkAllowed(last, now)) return false;
  const since = now - last.portalSince;
  return since >= 0 && since <= PORTAL_RECHECK_WINDOW_MS;
}
