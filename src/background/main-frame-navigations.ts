// Bookkeeping of main-frame navigations, in memory: when each tab's navigation started (to tell a
// new navigation from a second report of one already handled), and which tabs have a Back skip or
// stand-aside pending (ended by committing another page).
import { readTab, writeTab } from './session-store';
import { enqueue } from './write-queue';

interface NavigationStart {
  url: string;
  startedAt: number;
  committed?: boolean;
}

const navStarts = new Map<number, NavigationStart>();

export function onMainFrameNavigationStart(tabId: number, url: string, timeStamp: number): void {
  if (!/^https?:/i.test(url)) return;
  // Firefox starts a history load twice (Back onto a failed entry: the webRequest report follows
  // the first start, the webNavigation report the second). Until something commits, a second
  // start of the same URL is the same navigation, or its two reports would look like two.
  const previous = navStarts.get(tabId);
  if (previous && previous.url === url && !previous.committed) return;
  navStarts.set(tabId, { url, startedAt: timeStamp });
}

/** The start of the tab's latest main-frame navigation, unless the worker restarted since. */
export const navigationStart = (tabId: number): NavigationStart | undefined => navStarts.get(tabId);

export function forgetNavigation(tabId: number): void {
  navStarts.delete(tabId);
}

/** Tabs with a Back skip or stand-aside pending, so healthy commits elsewhere cost no storage read. */
const tabsWithPendingState = new Set<number>();

/** The tab's stored state now holds a Back skip or stand-aside: the next commit checks it. */
export function notePendingState(tabId: number): void {
  tabsWithPendingState.add(tabId);
}

/** Committing another page ends a pending Back skip or stand-aside for the tab. */
export function onMainFrameCommitted(tabId: number, url: string): Promise<void> {
  const started = navStarts.get(tabId);
  if (started) started.committed = true;
  if (!tabsWithPendingState.has(tabId) || !/^https?:/i.test(url)) return Promise.resolve();
  return enqueue(async () => {
    const state = await readTab(tabId);
    const next = { ...state };
    if (next.backSkip && next.backSkip.url !== url) next.backSkip = undefined;
    if (next.standAside && next.standAside.url !== url) next.standAside = undefined;
    if (!next.backSkip && !next.standAside) tabsWithPendingState.delete(tabId);
    if (next.backSkip !== state.backSkip || next.standAside !== state.standAside) await writeTab(tabId, next);
  });
}
