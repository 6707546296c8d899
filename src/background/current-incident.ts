// The incident about what a tab shows now: the popup speaks of the current page, not of pages
// the tab showed before.
import type { Incident } from '../core/incident';
import { boundUrl } from '../core/url-bound';
import { browser } from '../platform/browser';
import { incidentsOfTab, readIncident } from './session-store';
import { isTroubleshooterUrl } from './troubleshooter-url';

export async function currentIncident(tabId: number): Promise<Incident | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url) return undefined;
  if (isTroubleshooterUrl(url)) {
    const id = new URL(url).searchParams.get('incident');
    return id ? readIncident(id) : undefined;
  }
  const incidents = await incidentsOfTab(tabId);
  const shown = boundUrl(url);
  // Newest first: the failed page itself (the browser's own error page shows its URL), or the
  // page whose parts failed (both stored in their bounded form).
  return incidents.reverse().find((i) => (i.evidence.failure.frame === 'main' ? i.evidence.failure.url : i.pageUrl) === shown);
}
