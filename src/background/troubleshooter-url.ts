import { boundUrl, URL_KEPT } from '../core/url-bound';
import { browser, type Tabs } from '../platform/browser';

/** The longest failed URL the troubleshooter's address carries: the browser's URL limit, less room for the page's own part. */
const MAX_CARRIED_URL = (__BROWSER__ === 'firefox' ? 1 : 2) * 1024 * 1024 - 4096;

/**
 * The page takes only an incident id: no web page can make it show made-up content. A failed URL
 * too long to store whole (url-bound.ts) rides after '#' (`wholeUrl`), so Retry and "show the
 * browser's warning" can load it even after the worker restarted: the tab's history keeps it.
 */
export const troubleshooterUrl = (incidentId: string, wholeUrl = ''): string =>
  browser.runtime.getURL(`src/troubleshoot/index.html?incident=${encodeURIComponent(incidentId)}`) +
  (wholeUrl.length > URL_KEPT && wholeUrl.length <= MAX_CARRIED_URL ? `#${wholeUrl}` : '');

/** Whether `url` is the troubleshooter of `incidentId`, with or without a URL it carries. */
function isTroubleshooterOf(url: string | undefined, incidentId: string): boolean {
  const page = troubleshooterUrl(incidentId);
  return !!url?.startsWith(page) && (url.length === page.length || url[page.length] === '#');
}

/** Whether the tab shows, or is loading, the troubleshooter of `incidentId`. */
export const tabShowsTroubleshooterOf = (tab: Pick<Tabs.Tab, 'url' | 'pendingUrl'> | undefined, incidentId: string): boolean =>
  isTroubleshooterOf(tab?.url, incidentId) || isTroubleshooterOf(tab?.pendingUrl, incidentId);

/** The URL a troubleshooter's address `url` carries, if it is the one stored as `stored`. */
export function carriedUrl(url: string | undefined, stored: string): string | undefined {
  const mark = url && isTroubleshooterUrl(url) ? url.indexOf('#') : -1;
  const carried = mark < 0 ? undefined : url?.slice(mark + 1);
  return carried !== undefined && boundUrl(carried) === stored ? carried : undefined;
}

export const isTroubleshooterUrl = (url: string | undefined): boolean =>
  !!url && url.startsWith(browser.runtime.getURL('src/troubleshoot/index.html'));

/** Opens the troubleshooter for an incident in a new tab, next to `beside` when given. */
export async function openTroubleshooterTab(incidentId: string, beside?: Tabs.Tab): Promise<void> {
  const placement = beside?.id !== undefined ? { openerTabId: beside.id, index: beside.index + 1, windowId: beside.windowId } : {};
  await browser.tabs.create({ url: troubleshooterUrl(incidentId), ...placement });
}
