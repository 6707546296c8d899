// Tab commands from the troubleshooter: Back past the failed entry, try the page again, or let
// the browser show its own error page for it. Each notes in the tab's stored state how the next
// failure of that URL is to be handled (main-frame-failure.ts reads it). Each starts a new
// navigation of the failed URL, so the handled one is forgotten: its failure is not a repeat report.
import { browser } from '../platform/browser';
import { readTab, writeTab } from './session-store';
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

export function requestRetry(tabId: number, failedUrl: string): Promise<void> {
  return enqueue(async () => {
    const state = await readTab(tabId);
    await writeTab(tabId, { ...state, nav: undefined, standAside: undefined, backSkip: undefined });
  }).then(() => browser.tabs.update(tabId, { url: failedUrl }).then(() => undefined));
}

export function requestNativePage(tabId: number, failedUrl: string): Promise<void> {
  return enqueue(async () => {
    const state = await readTab(tabId);
    await writeTab(tabId, { ...state, nav: undefined, standAside: { url: failedUrl, nativeShown: false }, backSkip: undefined });
  }).then(() => browser.tabs.update(tabId, { url: failedUrl }).then(() => undefined));
}
