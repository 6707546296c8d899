// How a failed sub-resource or frame is classified. Chromium's `net::ERR_*` names say it all.
// Firefox reports a failed TLS handshake as text in the UI's language (webRequest), which its
// build does not try to read (src/platform/catalog.ts): such a sub-resource stays `tls-unknown`.
// Only webNavigation's `Error code N` names it, and only for frames in tabs; a probe frame in
// the tab would send the page's cookies (Firefox has no credentialless frames), and a cookie-free
// background request gets the same translated text (measured, Firefox ESR 153), so none is made.
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
  /**
   * Chromium: the top document the failed request or frame belonged to (`documentId` of a request
   * from the top frame, `parentDocumentId` of one from a frame in it); undefined in Firefox and
   * for frames deeper down.
   */
  pageDocumentId?: string;
}

export function classifySubresourceFailure(event: SubresourceFailureEvent): Classification {
  return classify(event.error, event.url);
}
