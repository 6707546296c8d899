import { browser, type Tabs } from '../platform/browser';

/** The page takes only an incident id: no web page can make it show made-up content. */
export const troubleshooterUrl = (incidentId: string): string =>
  browser.runtime.getURL(`src/troubleshoot/index.html?incident=${encodeURIComponent(incidentId)}`);

export const isTroubleshooterUrl = (url: string | undefined): boolean =>
  !!url && url.startsWith(browser.runtime.getURL('src/troubleshoot/index.html'));

/** Opens the troubleshooter for an incident in a new tab, next to `beside` when given. */
export async function openTroubleshooterTab(incidentId: string, beside?: Tabs.Tab): Promise<void> {
  const placement = beside?.id !== undefined ? { openerTabId: beside.id, index: beside.index + 1, windowId: beside.windowId } : {};
  await browser.tabs.create({ url: troubleshooterUrl(incidentId), ...placement });
}
