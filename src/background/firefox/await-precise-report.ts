// Firefox reports a failed page twice: webRequest with the NSS message in the UI's language, and
// webNavigation with the language-independent `Error code N`, usually right after. The Firefox
// build does not read the text (src/platform/catalog.ts), so a text report waits briefly for the
// code: if the code arrives it is handled instead; if the tab moved on first (webNavigation may
// never fire then), the text report goes ahead as `tls-unknown` and the code upgrades it if it comes.

/** Long enough for webNavigation's report (measured: tens of ms), short enough to go unnoticed. */
const PRECISE_REPORT_WAIT_MS = 1_000;

const waiting = new Map<number, { url: string; supersede: () => void }>();

/** Resolves true if a more precise report for the same tab and URL arrived within the wait. */
export function awaitPreciseReport(tabId: number, url: string): Promise<boolean> {
  waiting.get(tabId)?.supersede();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(tabId);
      resolve(false);
    }, PRECISE_REPORT_WAIT_MS);
    waiting.set(tabId, {
      url,
      supersede: () => {
        clearTimeout(timer);
        waiting.delete(tabId);
        resolve(true);
      },
    });
  });
}

/** A precise report arrived: release the text report waiting for it, if any. */
export function preciseReportArrived(tabId: number, url: string): void {
  const entry = waiting.get(tabId);
  if (entry?.url === url) entry.supersede();
}
