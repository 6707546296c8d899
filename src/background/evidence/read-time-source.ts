// One reading of a time source: a HEAD request from the worker, timed at both ends, and the
// server's `Date`. Redirects are not followed: the reading is the first server's own answer. The fetch response exposes `Date` (host permissions make the
// response readable) unless it is a redirect, which `redirect: 'manual'` turns into an opaque
// response; webRequest.onHeadersReceived (tabId -1) still sees the redirect's own headers, so
// the Date is taken from there when the response hides it.
import { parseHttpDate, skewFromTimeSource, type SkewReading } from '../../core/clock';
import { expectHeader, requestKey, stopExpecting } from './own-response-headers';

/** A time source that has not answered within this long is skipped (the check has others). */
const TIME_SOURCE_TIMEOUT_MS = 5_000;

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
  const key = requestKey(url);
  const header = expectHeader(key, 'date');
  if (!header) return undefined; // one reading per URL at a time
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
    const date = response.headers.get('date') ?? (await header.read());
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
