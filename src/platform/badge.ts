// The toolbar badge marks tabs that had TLS incidents. Both the background and the troubleshooter
// page set it: the browser clears it on every commit, the troubleshooter's own included.
import { browser } from './browser';

export async function updateBadge(tabId: number, incidentCount: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: incidentCount > 0 ? '!' : '' });
  } catch {
    // The tab closed meanwhile: nothing to mark.
  }
}

/** Called by the troubleshooter page: when the incident it shows is its own tab's, mark the tab again. */
export async function markOwnTab(incidentTabId: number): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === incidentTabId) await updateBadge(tab.id, 1);
}
