// Asks a site for a TLS answer from the extension and reads the exact network error through
// webRequest: a fetch from the extension fails with a bare TypeError, but
// webRequest.onErrorOccurred reports it (tabId -1) with the browser's error string.
//
// A TLS handshake's outcome is decided before any HTTP request is sent, so a site that failed is
// asked at its origin only (probeOrigin): a failed URL's path and query (a one-time login link, a
// state-changing GET) are never replayed. If the handshake succeeds the site sees a `HEAD` with no
// cookies, no referrer and no cache, and no redirect is followed.
// Probes are bounded: a timeout each, a cap on how many run at once, one in flight per URL.

import { httpsOriginOf } from '../core/url';
import { concurrencyLimit } from './limiter';

export type ProbeOutcome = { ok: true } | { ok: false; error: string } | { ok: false; error: 'timeout' };

const TIMEOUT_MS = 8_000;
const MAX_CONCURRENT = 4;

/** The request every probe sends: nothing of the person's, nothing the site could act on. */
export const PROBE_REQUEST: RequestInit = {
  method: 'HEAD',
  cache: 'no-store',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'manual',
};

/** Errors webRequest reported for the extension's own requests, by URL, waiting for their fetch. */
const waiting = new Map<string, (error: string) => void>();
const inFlight = new Map<string, Promise<ProbeOutcome>>();
const slot = concurrencyLimit(MAX_CONCURRENT);

/** Called by the top-level webRequest listener for requests with tabId -1. */
export function onExtensionRequestError(url: string, error: string): void {
  waiting.get(url)?.(error);
}

async function fetchOnce(url: string): Promise<ProbeOutcome> {
  const controller = new AbortController();
  const reported = new Promise<string>((resolve) => waiting.set(url, resolve));
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    await fetch(url, { ...PROBE_REQUEST, signal: controller.signal });
    return { ok: true };
  } catch {
    if (controller.signal.aborted) return { ok: false, error: 'timeout' };
    // webRequest reports the error before or just after fetch rejects: wait briefly for it.
    const error = await Promise.race([reported, new Promise<string>((r) => setTimeout(() => r(''), 1_000))]);
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
    waiting.delete(url);
  }
}

/** Probes `url` as it is: for the configured probe list, URLs the person chose. */
export function probe(url: string): Promise<ProbeOutcome> {
  const existing = inFlight.get(url);
  if (existing) return existing;
  const run = slot(() => fetchOnce(url)).finally(() => inFlight.delete(url));
  inFlight.set(url, run);
  return run;
}

/** Probes the origin of a failed URL (`https://host:port/`); anything but https gives an unnamed failure. */
export function probeOrigin(failedUrl: string): Promise<ProbeOutcome> {
  const origin = httpsOriginOf(failedUrl);
  return origin === '' ? Promise.resolve({ ok: false, error: '' }) : probe(origin);
}
