// One reading of a time source: a HEAD request from the worker, timed at both ends, and the
// server's `Date`. Redirects are not followed: the reading is the first server's own answer. The fetch response exposes `Date` (host permissions make the
// response readable) unless it is a redirect, which `redirect: 'manual'` turns into an opaque
// response; webRequest.onHeadersReceived (tabId -1) still sees the redirect's own headers, so
// the Date is taken from there when the response hides it.
import { parseHttpDate, skewFromTimeSource, type SkewReading } from '../../core/clock';
import { browser } from '../../platform/browser';
import { headerValue, type HttpHeader } from '../../core/http-headers';

/** A time source that has not answered within this long is skipped (the check has others). */
const TIME_SOURCE_TIMEOUT_MS = 5_000;
/** How long to wait for webRequest's copy of the headers after the fetch settled. */
const HEADERS_GRACE_MS = 1_000;

const waiting = new Map<string, (date: string) => void>();

const keyOf = (url: string): string => {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
};

function onOwnResponseHeaders(details: { tabId: number; url: string; responseHeaders?: HttpHeader[] }): void {
  if (details.tabId >= 0) return;
  const deliver = waiting.get(details.url);
  const date = deliver && headerValue(details.responseHeaders, 'date');
  if (deliver && date) deliver(date);
}

// Listening only while a reading is under way: a permanent listener would receive every response
// of every page (Chromium treats a `tabId: -1` filter as no filter; measured ~9 ms of worker CPU
// per 100-resource page). The worker is awake for the whole reading, so nothing is missed.
function expectHeaders(key: string, deliver: (date: string) => void): void {
  if (waiting.size === 0)
    browser.webRequest.onHeadersReceived.addListener(onOwnResponseHeaders as never, { urls: ['http://*/*', 'https://*/*'] }, [
      'responseHeaders',
    ]);
  waiting.set(key, deliver);
}

function stopExpecting(key: string): void {
  waiting.delete(key);
  if (waiting.size === 0) browser.webRequest.onHeadersReceived.removeListener(onOwnResponseHeaders as never);
}

export async function readTimeSource(url: string): Promise<SkewReading | undefined> {
  let host: string;
  let secure: boolean;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    host = u.hostname;
    secure = u.protocol === 'https:';
  } catch {
    return undefined;
  }
  const key = keyOf(url);
  if (waiting.has(key)) return undefined; // one reading per URL at a time
  let fromWebRequest: string | undefined;
  let wake: () => void = () => undefined;
  const heard = new Promise<void>((resolve) => (wake = resolve));
  expectHeaders(key, (date) => {
    fromWebRequest ??= date;
    wake();
  });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIME_SOURCE_TIMEOUT_MS);
  try {
    const start = Date.now();
    const response = await fetch(key, {
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    const end = Date.now();
    let date = response.headers.get('date') ?? fromWebRequest;
    if (!date) {
      await Promise.race([heard, new Promise((r) => setTimeout(r, HEADERS_GRACE_MS))]);
      date = fromWebRequest;
    }
    const serverMs = date ? parseHttpDate(date) : undefined;
    if (serverMs === undefined) return undefined;
    const skewMs = skewFromTimeSource(serverMs, start, end);
    return skewMs === undefined ? undefined : { host, skewMs, localMs: end, secure };
  } catch {
    return undefined; // refused, timed out, no route: this source says nothing
  } finally {
    clearTimeout(timer);
    stopExpecting(key);
  }
}
