// Tab commands from the troubleshooter: Back past the failed entry, try the page again, or let
// the browser show its own error page for it. Each notes in the tab's stored state how the next
// failure of that URL is to be handled (main-frame-failure.ts reads it). Each starts a new
// navigation of the failed URL, so the handled one is forgotten: its failure is not a repeat report.
// URLs come in their stored form (url-bound.ts); Retry and "show the browser's warning" load the URL itself.
import { boundUrl, isCutUrl } from '../core/url-bound';
import { browser } from '../platform/browser';
import { readTab, writeTab } from './session-store';
import { carriedUrl } from './troubleshooter-url';
import { enqueue } from './write-queue';

/** How long a Back request keeps stepping over the failed entry. */
const BACK_SKIP_MS = 10_000;

export function requestBack(tabId: number, failedUrl: string): Promise<void> {
  return enqueue(async () => {
    const state = await readTab(tabId);
    await writeTab(tabId, {
      ...state,
      nav: undefined,
      standAside: undefined,
      backSkip: { url: failedUrl, until: Date.now() + BACK_SKIP_MS },
    });
  }).then(() => browser.tabs.goBack(tabId));
}

/**
 * The failed URL to load again (`failedUrl`: its stored form). One stored whole is itself; one
 * stored cut is taken from where the browser keeps it whole: the address of the troubleshooter
 * that asks (`askingPage`) or that the tab shows, or the tab's own address while it shows the
 * failed URL (the browser's error page keeps it). Undefined when none does.
 */
async function urlToLoad(tabId: number, failedUrl: string, askingPage: string | undefined): Promise<string | undefined> {
  if (!isCutUrl(failedUrl)) return failedUrl;
  const shown = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const own = shown !== undefined && boundUrl(shown) === failedUrl ? shown : undefined;
  return carriedUrl(askingPage, failedUrl) ?? carriedUrl(shown, failedUrl) ?? own;
}

/** Loads the failed URL again after noting `standAside`; false when its whole form is nowhere to be found. */
async function loadAgain(tabId: number, failedUrl: string, askingPage: string | undefined, standAside: boolean): Promise<boolean> {
  const url = await urlToLoad(tabId, failedUrl, askingPage);
  if (url === undefined) return false;
  await enqueue(async () => {
    const state = await readTab(tabId);
    const aside = standAside ? { url: failedUrl, nativeShown: false } : undefined;
    await writeTab(tabId, { ...state, nav: undefined, standAside: aside, backSkip: undefined });
  });
  await browser.tabs.update(tabId, { url });
  return true;
}

export const requestRetry = (tabId: number, failedUrl: string, askingPage?: string): Promise<boolean> =>
  loadAgain(tabId, failedUrl, askingPage, false);

export const requestNativePage = (tabId: number, failedUrl: string, askingPage?: string): Promise<boolean> =>
  loadAgain(tabId, failedUrl, askingPage, true);
