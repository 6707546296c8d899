// The reaction to failed parts of a loaded page (images, scripts, fetches, frames): record one
// passive incident per page and cause (badge, popup, history) and show the inline banner.
// Non-TLS failures (blocked by an ad blocker, refused, DNS…) cost one classify call and nothing else.
import { bannerCard, type BannerCard, type BannerFailure } from '../core/banner';
import { kindTitleKey } from '../core/catalog/kind-keys';
import { causeTitle, diagnose } from '../core/diagnose';
import { failureFrom, type Evidence } from '../core/evidence';
import type { Incident } from '../core/incident';
import type { Cause } from '../core/kinds';
import { isNeverIntervene } from '../core/settings';
import { hostOf, redactUrl } from '../core/url';
import { boundUrl } from '../core/url-bound';
import { browser } from '../platform/browser';
import { detectEnvironment } from '../platform/environment';
import { updateBadge } from '../platform/badge';
import { showBanner } from './banner-injector';
import { classifySubresourceFailure, type SubresourceFailureEvent } from './classify-subresource';
import { reprobeFailedUrl } from './evidence/reprobe';
import { latestInterception } from './firefox/interception-evidence';
import { forgetPageProbes, mayReprobeSubresource } from './subresource-probe-policy';
import { recordHistory } from './history-store';
import { newIncidentId } from '../core/incident-id';
import { recentFailuresFor, rememberFailure } from './recent-failures-store';
import { attachIncident, readTab } from './session-store';
import { loadSettings } from './settings-store';
import { enqueue } from './write-queue';

/** The failed parts of the page a tab shows, by cause. In memory: a new page starts afresh. */
interface PageFailures {
  pageUrl: string;
  /** Chromium: the top document's id, so a reload (same URL) is a new page too. */
  documentId: string | undefined;
  cards: Map<Cause, BannerCard>;
}
const pages = new Map<number, PageFailures>();

/** Read when a failure arrives: no listener watches commits, which must not wake the worker. */
async function topDocumentId(tabId: number): Promise<string | undefined> {
  const frame = await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => undefined);
  return (frame as { documentId?: string } | null | undefined)?.documentId;
}

/** The tab closed: its banner state goes with its page. */
export function forgetPage(tabId: number): void {
  pages.delete(tabId);
  forgetPageProbes(tabId);
}

const MAX_FAILURES_PER_CARD = 20;

export async function onSubresourceFailure(event: SubresourceFailureEvent): Promise<void> {
  if (event.tabId < 0) return;
  const classification = classifySubresourceFailure(event);
  if (classification.kind === 'not-tls') return;
  const shown = await enqueue(async () => {
    const tab = await browser.tabs.get(event.tabId).catch(() => undefined);
    if (!tab?.url || !/^https?:/i.test(tab.url)) return undefined;
    const settings = await loadSettings();
    const host = hostOf(event.url);
    if (isNeverIntervene(hostOf(tab.url), settings.neverIntervene) || isNeverIntervene(host, settings.neverIntervene)) return undefined;

    const shownDocumentId = await topDocumentId(event.tabId);
    // The page that failed is gone (the tab moved on before this was handled): its banner has no
    // place, and the page now shown must not get it.
    if (event.pageDocumentId && shownDocumentId && event.pageDocumentId !== shownDocumentId) return undefined;
    // The failed page's own document when the event names it: the banner goes there or nowhere.
    const documentId = event.pageDocumentId ?? shownDocumentId;
    let page = pages.get(event.tabId);
    if (!page || page.pageUrl !== tab.url || page.documentId !== documentId) {
      page = { pageUrl: tab.url, documentId, cards: new Map() };
      pages.set(event.tabId, page);
    }
    const now = Date.now();
    const failure = failureFrom(event, classification, host, 'sub', now);
    const part: BannerFailure = {
      url: redactUrl(failure.url),
      host,
      errorCode: failure.errorCode || failure.rawError,
      kindTitleKey: kindTitleKey(failure.kind),
    };
    const evidence: Evidence = { failure, recentFailures: await recentFailuresFor(failure), environment: await detectEnvironment() };
    // Firefox: software the probes' certificates named lately names the banner's verdict too.
    const interception = await latestInterception(now);
    if (interception) evidence.interception = interception;
    // A private window's failures are never remembered for other tabs' verdicts.
    if (!tab.incognito) await rememberFailure(failure, hostOf(tab.url));
    const diagnosis = diagnose(evidence);
    const cause = diagnosis.causes[0]?.cause ?? 'unknown';

    const card = page.cards.get(cause);
    if (card) {
      if (card.failures.some((f) => f.url === part.url) || card.failures.length >= MAX_FAILURES_PER_CARD) return undefined;
      page.cards.set(cause, { ...card, failures: [...card.failures, part] });
      return { cards: [...page.cards.values()], settings, page };
    }
    const incident: Incident = {
      id: newIncidentId(),
      tabId: event.tabId,
      status: 'passive',
      incognito: tab.incognito,
      createdAt: now,
      evidence,
      pageUrl: boundUrl(tab.url),
    };
    const state = await attachIncident(await readTab(event.tabId), incident);
    await updateBadge(event.tabId, state.incidentIds.length);
    // Inside the queue, as for a failed page: a worker stopped right after leaves the history complete.
    await recordHistory(incident, settings).catch(() => undefined);
    page.cards.set(cause, bannerCard(incident.id, diagnosis, causeTitle(cause).key, [part]));
    return { cards: [...page.cards.values()], settings, page, incident };
  });
  if (!shown) return;
  // Outside the queue: injection and probes take time and must not hold up other tabs' events.
  // Probes run from the normal profile: a private window's part is probed only on request.
  if (shown.incident && !shown.incident.incognito) {
    const allowed = mayReprobeSubresource(event.tabId, event.type);
    reprobeFailedUrl(shown.incident.id, shown.incident.evidence.failure.url, shown.settings, allowed).catch(() => undefined);
  }
  if (shown.settings.banner) await showBanner(event.tabId, shown.cards, shown.page.pageUrl, shown.page.documentId);
}
