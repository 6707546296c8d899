// The response headers of the extension's own requests, for the ones a fetch cannot show: a
// redirect that `redirect: 'manual'` turned into an opaque response hides its status and headers,
// but webRequest.onHeadersReceived (tabId -1) still sees them (the clock check's `Date`, the
// captive-portal check's `Location`).
import { browser } from '../../platform/browser';
import { headerValue, type HttpHeader } from '../../core/http-headers';

/** How long to wait for webRequest's copy of the headers after the fetch settled. */
const HEADERS_GRACE_MS = 1_000;

const waiting = new Map<string, (headers: HttpHeader[] | undefined) => void>();

/** `url` as the browser reports it (webRequest gives the parsed form), or `url` itself when unparsable. */
export const requestKey = (url: string): string => {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
};

function onOwnResponseHeaders(details: { tabId: number; url: string; responseHeaders?: HttpHeader[] }): void {
  if (details.tabId < 0) waiting.get(details.url)?.(details.responseHeaders);
}

/**
 * Expects header `lowerName` of the response to `key` (from requestKey) until `stopExpecting`;
 * `read` gives it, waiting up to a second for webRequest's copy. Undefined when that URL is
 * already awaited (one request per URL at a time).
 * Listening only while a request is under way: a permanent listener would receive every response
 * of every page (Chromium treats a `tabId: -1` filter as no filter; measured ~9 ms of worker CPU
 * per 100-resource page). The worker is awake for the whole request, so nothing is missed.
 */
export function expectHeader(key: string, lowerName: string): { read: () => Promise<string | undefined> } | undefined {
  if (waiting.has(key)) return undefined;
  let value: string | undefined;
  let wake: () => void = () => undefined;
  const heard = new Promise<void>((resolve) => (wake = resolve));
  if (waiting.size === 0)
    browser.webRequest.onHeadersReceived.addListener(onOwnResponseHeaders as never, { urls: ['http://*/*', 'https://*/*'] }, [
      'responseHeaders',
    ]);
  waiting.set(key, (headers) => {
    value ??= headerValue(headers, lowerName);
    if (value !== undefined) wake();
  });
  return {
    read: async () => {
      if (value === undefined) await Promise.race([heard, new Promise((r) => setTimeout(r, HEADERS_GRACE_MS))]);
      return value;
    },
  };
}

export function stopExpecting(key: string): void {
  waiting.delete(key);
  if (waiting.size === 0) browser.webRequest.onHeadersReceived.removeListener(onOwnResponseHeaders as never);
}
