// Is the network asking for a sign-in first? The answer of a connectivity-check URL, classified
// as Chromium's own captive-portal detector does (components/captive_portal/core/
// captive_portal_detector.cc): 204, or 200 with an empty body → online; 511, any redirect, or 200
// with content → a portal; any other status → no portal (a corporate proxy's 403 or 407 refuses,
// it does not ask for a sign-in); no answer → unknown (a slow network is not a portal).
// Firefox's success.txt answers `success` and a newline (netwerk/base/CaptivePortalService):
// that body, trimmed, is "online" too.

import type { FailureKind } from '../kinds';

export type PortalState = 'portal' | 'online' | 'not-portal' | 'unknown';

/** What the check URL answered, read from a fetch that follows no redirect. */
export type CheckAnswer =
  /** A response; `opaqueRedirect`: fetch(redirect: 'manual') hid a redirect's status. */
  | { readonly status: number; readonly body: string; readonly opaqueRedirect?: boolean }
  /** A timeout or a network error. */
  | { readonly failed: true };

/** The body Firefox's check endpoint answers with when there is no portal. */
const FIREFOX_SUCCESS = 'success';

export function classifyCheckAnswer(answer: CheckAnswer): PortalState {
  if ('failed' in answer) return 'unknown';
  if (answer.opaqueRedirect || answer.status === 511 || (answer.status >= 300 && answer.status < 400)) return 'portal';
  if (answer.status === 204) return 'online';
  if (answer.status === 200) {
    const body = answer.body.trim();
    return body === '' || body === FIREFOX_SUCCESS ? 'online' : 'portal';
  }
  return answer.status >= 400 && answer.status < 600 ? 'not-portal' : 'unknown';
}

/** The longest sign-in address the evidence keeps: a longer Location is not a plausible portal page. */
export const MAX_SIGN_IN_URL = 2048;

/**
 * The address "Open the sign-in page" opens: the portal's redirect target when it is a plain
 * http(s) address of bounded length (resolved against the check URL, credentials dropped), else
 * the check URL itself (an http(s) address by the settings' schema; the portal redirects that one
 * too). Anything else (javascript:, data:, unparsable, too long) is never kept.
 */
export function signInUrl(location: string | undefined, checkUrl: string): string {
  try {
    const u = new URL(location ?? checkUrl, checkUrl);
    u.username = u.password = '';
    if (/^https?:$/.test(u.protocol) && u.hostname && u.href.length <= MAX_SIGN_IN_URL) return u.href;
  } catch {
    /* not a URL */
  }
  return checkUrl;
}

/** A portal answers with its own certificate or page, or drops the connection; it does not narrow
 *  TLS versions or ask for client certificates: those failures are never checked or blamed on one. */
export const portalCanExplain = (kind: FailureKind): boolean =>
  kind !== 'protocol-mismatch' && kind !== 'client-cert' && kind !== 'not-tls';
