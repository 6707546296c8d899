// The toolbar badge marks tabs that had TLS incidents.
import { browser } from '../platform/browser';

export async function updateBadge(tabId: number, incidentCount: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: incidentCount > 0 ? '!' : '' });
  } catch {
    // The tab closed meanwhile: nothing to mark.
  }
}
