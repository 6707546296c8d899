// How a failed sub-resource or frame is classified: the seam where a browser adds what it knows
// beyond the raw error. Chromium's `net::ERR_*` names say it all. Firefox reports sub-resource
// failures as text in the UI's language (webRequest), which its build does not try to read
// (src/platform/catalog.ts): a probe frame in the tab gets the language-independent
// `Error code N` instead (firefox/precise-subresource-error.ts).
import type { Classification } from '../core/catalog';
import { classify } from '../platform/catalog';
import { preciseSubresourceError } from './firefox/precise-subresource-error';

export interface SubresourceFailureEvent {
  tabId: number;
  /** The frame the failed request belonged to (webRequest), or the failed frame (webNavigation). */
  frameId: number;
  url: string;
  error: string;
  /** `sub_frame`, `image`, `xmlhttprequest`… (webRequest), or `frame` (webNavigation). */
  type: string;
  timeStamp: number;
}

export async function classifySubresourceFailure(event: SubresourceFailureEvent): Promise<Classification> {
  const first = classify(event.error, event.url);
  // Only unreadable text needs the probe: names and codes already are exact.
  if (__BROWSER__ !== 'firefox' || first.kind !== 'tls-unknown' || first.errorCode !== '') return first;
  const precise = await preciseSubresourceError(event.url, event.tabId);
  return precise ? classify(precise, event.url) : first;
}
