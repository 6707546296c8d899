// Fetches a URL from the extension and reads the exact network error through webRequest: a
// fetch from the extension fails with a bare TypeError, but webRequest.onErrorOccurred reports
// it (tabId -1) with the browser's precise error string.
// Probes are bounded: a timeout each, a cap on how many run at once, one in flight per URL.

import { concurrencyLimit } from './limiter';

type ProbeOutcome = { ok: true } | { ok: false; error: string } | { ok: false; error: 'timeout' };

const TIMEOUT_MS = 8_000;
const MAX_CONCURRENT = 4;

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
    await fetch(url, { cache: 'no-store', credentials: 'omit', redirect: 'manual', signal: controller.signal });
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

export function probe(url: string): Promise<ProbeOutcome> {
  const existing = inFlight.get(url);
  if (existing) return existing;
  const run = slot(() => fetchOnce(url)).finally(() => inFlight.delete(url));
  inFlight.set(url, run);
  return run;
}
