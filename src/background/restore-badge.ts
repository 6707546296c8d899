// Both browsers clear a tab's badge whenever the tab commits a new document, including the
// browser's error page and the troubleshooter the tab just moved to, both of which come after the
// incident set it. No listener watches commits (they must not wake the worker): the error page's
// own failure report puts the badge back, and the troubleshooter page does it itself.
import { boundUrl } from '../core/url-bound';
import { updateBadge } from '../platform/badge';
import { readTab } from './session-store';
import { enqueue } from './write-queue';

/** After a main-frame failure report for `url` in `tabId`: the tab shows the browser's error page. */
export function restoreBadge(tabId: number, url: string): Promise<void> {
  if (tabId < 0) return Promise.resolve();
  return enqueue(async () => {
    const state = await readTab(tabId);
    if (state.incidentIds.length && state.nav?.url === boundUrl(url)) await updateBadge(tabId, state.incidentIds.length);
  });
}
