// The reaction to a failed main-frame load: record an Incident, then move the tab to the
// troubleshooter. Both webRequest and webNavigation report the same failure (webRequest first,
// webNavigation up to seconds later); each navigation is handled once, even across a worker restart.
// No listener watches healthy navigations (they must not wake the worker), so what they used to
// tell is read here, when a failure arrives: the failure's own time against the handled one's (a
// second report), and the page the tab shows (whether a Back skip or stand-aside still applies).
import { awaitPreciseReport, preciseReportArrived } from './firefox/await-precise-report';
import type { Classification } from '../core/catalog';
import { classify } from '../platform/catalog';
import { failureFrom, MAX_RAW_ERROR, type Evidence } from '../core/evidence';
import type { Incident } from '../core/incident';
import { isNeverIntervene, type Settings } from '../core/settings';
import { hostOf } from '../core/url';
import { boundUrl } from '../core/url-bound';
import { browser } from '../platform/browser';
import { detectEnvironment } from '../platform/environment';
import { newIncidentId } from '../core/incident-id';
import { updateBadge } from '../platform/badge';
import { attachIncident, readIncident, readTab, writeIncident, writeTab, type TabState } from './session-store';
import { loadSettings } from './settings-store';
import { tabShowsTroubleshooterOf, troubleshooterUrl } from './troubleshooter-url';
import { enqueue } from './write-queue';
import { recentFailuresFor, rememberFailure } from './recent-failures-store';
import { reprobeFailedUrl } from './evidence/reprobe';
import { recordHistory } from './history-store';
import { gatherMoreEvidence } from './evidence/gather';
import { latestInterception } from './firefox/interception-evidence';
import { upgradeFromRepeatReport } from './repeat-report';
import { testPause } from './test-hooks';

interface FailureEvent {
  tabId: number;
  frameId: number;
  url: string;
  error: string;
  /** Event time by the local clock (ms). */
  timeStamp: number;
  /** Chromium: 'prerender' for prerendered documents the person never saw. */
  documentLifecycle?: string;
}

/**
 * A second report of the same failed navigation is timed within this window of the first (Firefox
 * starts a history load twice, and reports each start's failure once). A new navigation of the
 * same URL from the troubleshooter's buttons clears the handled one first (tab-commands.ts).
 */
const DUPLICATE_WINDOW_MS = 15_000;

/** Does the tab show `url` (a stored form, url-bound.ts)? */
const shows = (committedUrl: string | undefined, url: string): boolean => committedUrl !== undefined && boundUrl(committedUrl) === url;

/**
 * Has the tab committed another web page since? A Back skip and a stand-aside hold until then
 * (the troubleshooter and the browser's error pages do not end them).
 */
const leftForAnotherPage = (committedUrl: string | undefined, url: string): boolean =>
  !shows(committedUrl, url) && /^https?:/i.test(committedUrl ?? '');

/** Should this failure show the browser's own page rather than the troubleshooter? */
function standsAside(state: TabState, url: string, committedUrl: string | undefined): boolean {
  const aside = state.standAside;
  if (!aside || aside.url !== url) return false;
  // The first failure after Back / "show the browser's warning", or a reload of the page the
  // browser already shows for this URL (Chromium auto-reloads network error pages).
  return aside.nativeShown ? shows(committedUrl, url) : !leftForAnotherPage(committedUrl, url);
}

/** Is this a second report of a navigation already handled? (`startedAt`: the first report's time.) */
function isRepeatReport(state: TabState, url: string, timeStamp: number): boolean {
  const handled = state.nav;
  if (!handled?.handled || handled.url !== url) return false;
  return Math.abs(timeStamp - handled.startedAt) < DUPLICATE_WINDOW_MS;
}

/**
 * Steps back over the failed entry once the browser's error page for it committed (or after 2 s).
 * Stepping back before that goes back from the entry before it, which is the failed entry again:
 * its second failure, a repeat report, would leave the tab on the browser's error page.
 */
async function stepBackOnceShown(tabId: number, url: string): Promise<void> {
  for (let waited = 0; waited < 2000; waited += 100) {
    const frame = await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => undefined);
    if (shows(frame?.url, url)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await browser.tabs.goBack(tabId).catch(() => undefined);
}

export function onMainFrameFailure(event: FailureEvent): Promise<void> {
  if (event.tabId < 0 || event.frameId !== 0) return Promise.resolve();
  if (event.documentLifecycle === 'prerender') return Promise.resolve();
  const classification = classify(event.error, event.url);
  if (classification.kind === 'not-tls') return Promise.resolve();
  if (__BROWSER__ === 'firefox') {
    const unreadText = classification.kind === 'tls-unknown' && classification.errorCode === '';
    if (!unreadText) preciseReportArrived(event.tabId, event.url);
    else
      return awaitPreciseReport(event.tabId, event.url).then((superseded) =>
        superseded ? undefined : handleMainFrameFailure(event, classification),
      );
  }
  return handleMainFrameFailure(event, classification);
}

function handleMainFrameFailure(event: FailureEvent, classification: Classification): Promise<void> {
  return enqueue(async () => {
    const now = Date.now();
    const host = hostOf(event.url);
    const failure = failureFrom(event, classification, host, 'main', now);
    // Every read at once, the evidence's included: each round trip before the tab moves delays the
    // troubleshooter, and reads a repeat report or a stand-aside then leaves unused cost little.
    const [tabState, settings, tab, recentFailures, environment, interception] = await Promise.all([
      readTab(event.tabId),
      loadSettings(),
      browser.tabs.get(event.tabId).catch(() => undefined),
      recentFailuresFor(failure),
      detectEnvironment(),
      latestInterception(now),
    ]);
    let state = tabState;
    // A captive portal's sign-in tab (portal-sign-in.ts): the browser's own pages serve it better.
    if (state.signInUntil !== undefined && now < state.signInUntil) return undefined;
    // What the tab state keeps and compares (url-bound.ts); the whole URL only goes to the troubleshooter's address.
    const url = boundUrl(event.url);
    // A failure of this URL that a stopped worker left unrecorded: handle it again, same incident id.
    const cutShort = state.failing?.url === url ? state.failing : undefined;
    if (!cutShort && isRepeatReport(state, url, event.timeStamp)) {
      // Firefox: webNavigation's `Error code N` names what webRequest's translated text could not.
      await upgradeFromRepeatReport(state, url, classification, settings);
      const resumed = await finishPendingMove(state, url, settings, event.url);
      return resumed && { incident: resumed, settings };
    }
    state.nav = { url, startedAt: event.timeStamp, handled: true };
    state.failing = undefined;

    const skip = state.backSkip;
    state.backSkip = undefined;
    if (skip && skip.url === url && now < skip.until && !leftForAnotherPage(tab?.url, url)) {
      await writeTab(event.tabId, state);
      // Outside the queue: it waits for the page to commit.
      void stepBackOnceShown(event.tabId, url);
      return undefined;
    }

    if (isNeverIntervene(host, settings.neverIntervene)) {
      await writeTab(event.tabId, state);
      return undefined;
    }
    if (!tab) return undefined;

    const letThrough = standsAside(state, url, tab.url);
    state.standAside = letThrough ? { url, nativeShown: true } : undefined;
    // From here on a stopped worker must not lose the failure: note it before anything else, the
    // move included (resume-pending-moves.ts finds it by the URL the tab shows, or by its troubleshooter).
    const incidentId = cutShort?.incidentId ?? newIncidentId();
    state.failing = { url, error: event.error.slice(0, MAX_RAW_ERROR), timeStamp: event.timeStamp, incidentId };
    const noted = writeTab(event.tabId, state);
    const status = letThrough || settings.onPageFailure === 'badge' ? 'passive' : 'pending';
    // The move starts in the same task as the note, right behind it on the way to the browser, which
    // handles them in order (a worker stopped now has sent both), and before the browser commits its
    // own error page: a move that comes later waits for that commit. The incident is stored while the
    // troubleshooter loads: the page reads it no sooner than its script runs (tens of ms), and reads
    // a change that still comes late (useIncidentView). A move resumed after a stop is not made twice.
    const alreadyMoved = tabShowsTroubleshooterOf(tab, incidentId);
    const moving = status === 'pending' ? startMove(event.tabId, incidentId, alreadyMoved, event.url) : undefined;
    await noted;
    const evidence: Evidence = { failure, recentFailures, environment };
    if (interception) evidence.interception = interception;
    const incident: Incident = { id: incidentId, tabId: event.tabId, status, incognito: tab.incognito, createdAt: now, evidence };
    if (__TEST_BUILD__) await testPause('before-store');
    state = await attachIncident({ ...state, failing: undefined }, incident);
    if (__TEST_BUILD__) await testPause('after-store');
    // Before the move is noted, so a worker stopped at any later step leaves the history complete.
    await recordHistory(incident, settings).catch(() => undefined);
    if (moving) await noteMove(incident, state, await moving);
    // After the move: neither is needed to show the troubleshooter. A private window's failure is
    // never remembered for other tabs' verdicts.
    await Promise.all([tab.incognito ? undefined : rememberFailure(failure, host), updateBadge(event.tabId, state.incidentIds.length)]);
    return { incident, settings };
  }).then(gatherEvidence);
}

/**
 * Outside the write queue: probes take seconds and must not hold up other tabs' events. Probes run
 * from the background's normal profile, so a private window's failure is probed only when the
 * person asks (probe-on-request.ts).
 */
export function gatherEvidence(recorded: { incident: Incident; settings: Settings } | undefined): void {
  if (!recorded || recorded.incident.incognito) return;
  const { incident, settings } = recorded;
  reprobeFailedUrl(incident.id, incident.evidence.failure.url, settings).catch(() => undefined);
  gatherMoreEvidence(incident, settings).catch(() => undefined);
}

/**
 * The worker may have stopped after recording but before moving the tab, or after moving it but
 * before noting that: finish the move. `url`: the stored form; `wholeUrl`: the URL itself when
 * known. Returns the incident it finished.
 */
export async function finishPendingMove(
  state: TabState,
  url: string,
  settings: Settings,
  wholeUrl?: string,
): Promise<Incident | undefined> {
  const lastId = state.incidentIds[state.incidentIds.length - 1];
  const last = lastId ? await readIncident(lastId) : undefined;
  if (last?.status !== 'pending' || last.evidence.failure.url !== url) return undefined;
  const tab = await browser.tabs.get(last.tabId).catch(() => undefined);
  await recordHistory(last, settings).catch(() => undefined);
  const alreadyMoved = tabShowsTroubleshooterOf(tab, last.id);
  await noteMove(last, state, await startMove(last.tabId, last.id, alreadyMoved, wholeUrl));
  return last;
}

/**
 * Moves the tab to the incident's troubleshooter (unless `alreadyMoved`); false when it could not.
 * `wholeUrl`: the failed URL itself, which the troubleshooter's address carries when it is too long to store.
 */
async function startMove(tabId: number, incidentId: string, alreadyMoved: boolean, wholeUrl?: string): Promise<boolean> {
  try {
    if (__TEST_BUILD__) await testPause('before-move');
    if (!alreadyMoved) await browser.tabs.update(tabId, { url: troubleshooterUrl(incidentId, wholeUrl) });
    if (__TEST_BUILD__) await testPause('after-move');
    return true;
  } catch (error) {
    // E.g. an incognito tab where extension pages may not load: the badge still tells.
    console.warn(`[handshake-doctor] could not open the troubleshooter: ${String(error)}`);
    return false;
  }
}

/** Notes how the move of a stored incident went (`moved`: startMove's answer). */
async function noteMove(incident: Incident, state: TabState, moved: boolean): Promise<void> {
  if (!moved) {
    await writeIncident({ ...incident, status: 'passive' });
    return;
  }
  await writeIncident({ ...incident, status: 'shown' });
  // Back from the troubleshooter lands on the failed entry: let that one failure show the
  // browser's own page instead of redirecting again (no loop).
  await writeTab(incident.tabId, { ...state, standAside: { url: incident.evidence.failure.url, nativeShown: false } });
}
