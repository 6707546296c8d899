// Which failed parts of a page the extension re-probes (at their origin, probe.ts), and how many.
// - Never the requests a page's scripts make, nor pings and beacons: the page decides when they
//   run, and they are the ones most often one-time or state-changing. Frames, images, scripts and
//   styles are probed.
// - At most MAX_PROBES_PER_PAGE per page: a page with 1,000 failing sub-resources on 1,000 hosts
//   must not make the extension contact 1,000 hosts. In memory, per tab: a new page in the tab
//   starts afresh (subresource-failures.ts forgetPage).

/** Probes one page's failed parts may cause. */
export const MAX_PROBES_PER_PAGE = 6;

/** webRequest resource types never re-probed (Chromium reports fetch() as `xmlhttprequest`, beacons as `ping`). */
export const UNPROBED_TYPES: ReadonlySet<string> = new Set(['xmlhttprequest', 'fetch', 'ping', 'beacon']);

const spent = new Map<number, number>();

/** True if a failed part of this type in the tab's page may be re-probed (and counts it). */
export function mayReprobeSubresource(tabId: number, type: string): boolean {
  if (UNPROBED_TYPES.has(type)) return false;
  const used = spent.get(tabId) ?? 0;
  if (used >= MAX_PROBES_PER_PAGE) return false;
  spent.set(tabId, used + 1);
  return true;
}

/** The tab shows a new page (or closed): its probes are no longer counted. */
export function forgetPageProbes(tabId: number): void {
  spent.delete(tabId);
}
