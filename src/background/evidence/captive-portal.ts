// The captive-portal check after a main-frame TLS failure, under the other-site-probe switch: does
// the network want a sign-in first? Firefox is asked first (browser.captivePortal, which throws
// when its own detection is off, as under automation); otherwise the check URL of the settings is
// fetched with nothing of the person's (no cookies, no referrer, no cache), following no redirect,
// with a short timeout, and classified (src/core/captive-portal). A portal's redirect target is
// read from webRequest (the fetch hides it) and kept only as a plain http(s) address.
// At most one check a minute (later failures reuse its answer); while a portal verdict is shown
// the troubleshooter may ask again, for five minutes (recheckAllowed).
import { checkAllowed, classifyCheckAnswer, portalCanExplain, signInUrl, type PortalRound } from '../../core/captive-portal';
import type { CaptivePortal, Failure } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { browser } from '../../platform/browser';
import { PROBE_REQUEST } from '../probe';
import { expectHeader, requestKey, stopExpecting } from './own-response-headers';
import { readRounds, updateRounds } from './rounds';

const CHECK_TIMEOUT_MS = 5_000;
const UNKNOWN: CaptivePortal = { state: 'unknown' };

async function fetchCheck(url: string): Promise<CaptivePortal> {
  const key = requestKey(url);
  const location = expectHeader(key, 'location');
  if (!location) return UNKNOWN;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CHECK_TIMEOUT_MS);
  try {
    // The probes' request (no cookies, no referrer, no cache, no redirect followed), as a GET: the body counts.
    const response = await fetch(key, { ...PROBE_REQUEST, method: 'GET', signal: controller.signal });
    const opaqueRedirect = response.type === 'opaqueredirect';
    // Bounded by the timeout, which aborts the body too.
    const body = opaqueRedirect ? '' : await response.text();
    const state = classifyCheckAnswer({ status: response.status, body, opaqueRedirect });
    if (state !== 'portal') return { state };
    return { state, signIn: signInUrl(await location.read(), key) };
  } catch {
    return UNKNOWN; // timed out, refused, no route: a slow network is not a portal
  } finally {
    clearTimeout(timer);
    stopExpecting(key);
  }
}

async function check(settings: Settings): Promise<CaptivePortal> {
  if (__BROWSER__ === 'firefox') {
    let firefoxSays: string | undefined;
    try {
      firefoxSays = await browser.captivePortal.getState();
    } catch {
      // Firefox's own detection is off (network.captive-portal-service.enabled): ask the check URL.
    }
    // The check URL is an http(s) address (settings schema); the portal redirects it to its page.
    if (firefoxSays === 'locked_portal') return { state: 'portal', signIn: settings.firefoxPortalCheckUrl };
    return fetchCheck(settings.firefoxPortalCheckUrl);
  }
  return fetchCheck(settings.portalCheckUrl);
}

let running: Promise<CaptivePortal | undefined> | undefined;

/** A check when `allowed` says one may run now, else the last answer (concurrent callers share one). */
export function portalRound(settings: Settings, allowed: (last: PortalRound | undefined, now: number) => boolean) {
  running ??= (async () => {
    const last = (await readRounds()).portal;
    const now = Date.now();
    if (!allowed(last, now)) return last?.result;
    const result = await check(settings);
    const portalSince = result.state === 'portal' ? (last?.portalSince ?? now) : undefined;
    await updateRounds((r) => ({ ...r, portal: { at: now, result, portalSince } }));
    return result;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** The check's answer for a failure, or undefined when the probes are off or no portal could explain it. */
export async function portalCheckFor(failure: Failure, settings: Settings): Promise<CaptivePortal | undefined> {
  if (!settings.otherSiteProbe || !portalCanExplain(failure.kind)) return undefined;
  return portalRound(settings, checkAllowed);
}
