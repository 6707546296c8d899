// How a failed sub-resource or frame is classified: the seam where a browser adds what it knows
// beyond the raw error. Chromium's `net::ERR_*` names say it all. Firefox reports sub-resource
// failures as text in the UI's language (webRequest) and frames as `Error code N`
// (webNavigation); a Firefox precise-error helper can refine the text here before it counts.
import type { Classification } from '../core/catalog';
import { classify } from '../platform/catalog';

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
  return classify(event.error, event.url);
}
