import { browser } from '../platform/browser';

/** The page takes only an incident id: no web page can make it show made-up content. */
export const troubleshooterUrl = (incidentId: string): string =>
  browser.runtime.getURL(`src/troubleshoot/index.html?incident=${encodeURIComponent(incidentId)}`);

export const isTroubleshooterUrl = (url: string | undefined): boolean =>
  !!url && url.startsWith(browser.runtime.getURL('src/troubleshoot/index.html'));
