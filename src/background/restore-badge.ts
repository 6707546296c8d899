// Chromium clears a tab's badge whenever the tab commits a new document, including the browser's
// error page and the troubleshooter the tab just moved to, both of which come after the incident
// set it. This puts the badge back once the tab shows the failure (or its troubleshooter).
import { browser } from '../platform/browser';
import { updateBadge } from './update-badge';
import { readTab } from './session-store';
import { isTroubleshooterUrl } from './troubleshooter-url';
import { enqueue } from './write-queue';

/** After a main-frame failure report or a commit of the troubleshooter page in `tabId`. */
export function restoreBadge(tabId: number, url: string): Promise<void> {
  if (tabId < 0) return Promise.resolve();
  return enqueue(async () => {
    const state = await readTab(tabId);
    if (!state.incidentIds.length) return;
    const incidentId = isTroubleshooterUrl(url) ? new URL(url).searchParams.get('incident') : null;
    const shows = incidentId ? state.incidentIds.includes(incidentId) : state.nav?.url === url;
    if (shows) await updateBadge(tabId, state.incidentIds.length);
  });
}

/** Whether a committed URL may need the badge back (cheap: no storage read for web pages). */
export const mayNeedBadge = (url: string): boolean => url.startsWith(browser.runtime.getURL(''));
