// Firefox only: the language-independent error for a failed sub-resource.
//
//   preciseSubresourceError(url, tabId): Promise<string | undefined>
//     url    the failed sub-resource (image, script, fetch, frame…), https only
//     tabId  the tab whose page loaded it (the probe runs in that tab, see below)
//   resolves to Firefox's raw `Error code N` (e.g. 'Error code 2153390069'): pass it to
//   classify(raw, url) like any other raw error (→ SEC_ERROR_EXPIRED_CERTIFICATE, cert-date).
//   Resolves to undefined when there is nothing better to say: the Chromium build (its
//   `net::ERR_*` names already are language-independent), a non-https URL, the URL loads fine now,
//   the tab cannot be scripted (about: pages, other extensions' pages, restricted domains), or no
//   answer within 10 s. Then fall back to classify(webRequest's text): an unnamed
//   `tls-unknown` in every UI language (no message text is read). Concurrent calls share one probe.
//
//   isProbeFrameUrl(url): true for the probe frames this module creates. Their failures reach
//   every webRequest / webNavigation listener as sub_frame failures of the probed tab: code that
//   reacts to sub-resource failures must skip them (webRequest and webNavigation both report the
//   URL with the `#hd-probe-…` fragment in Firefox).
//
// Why a frame in the tab: for a failed TLS handshake Firefox's webRequest gives the NSS message
// text in the UI language (German: "Das Zertifikat der Gegenstelle ist abgelaufen."), and so does
// a fetch from the extension. Only webNavigation.onErrorOccurred gives `Error code N`, and only
// for frames in tabs: frames in the background page (tabId -1) get webRequest events but no
// webNavigation events at all (measured, Firefox ESR 153). So the probe is a frame in the tab that
// already loaded the URL: a hidden, sandboxed, no-referrer iframe inside a closed shadow root
// (it does not count in the page's `window.length`), with a unique fragment so its events are
// told apart from the page's own frames, removed once answered. The page's CSP does not block it
// (content-script loads are exempt; measured with `frame-src 'none'`). Privacy: it contacts only
// the site the page already contacted, like the main-frame re-probe.
import { browser, type WebNavigation } from '../../platform/browser';
import { concurrencyLimit } from '../limiter';

const PROBE_FRAGMENT = 'hd-probe-';
const PROBE_URL = /#hd-probe-([0-9a-f-]{36})$/;
const TIMEOUT_MS = 10_000;
const MAX_CONCURRENT = 4;
/** NS_BINDING_ABORTED: a load that was cancelled or replaced, not an answer about the URL. */
const BINDING_ABORTED = 'Error code 2152398850';

export const isProbeFrameUrl = (url: string): boolean => PROBE_URL.test(url);

const probeIdOf = (url: string): string | undefined => PROBE_URL.exec(url)?.[1];

interface Waiter {
  tabId: number;
  settle: (error: string | undefined) => void;
}
/** Probe id → the probe waiting for its frame's outcome. */
const waiters = new Map<string, Waiter>();
const inFlight = new Map<string, Promise<string | undefined>>();
const slot = concurrencyLimit(MAX_CONCURRENT);

function waiterFor(details: { tabId: number; frameId: number; url: string }): Waiter | undefined {
  if (details.frameId === 0) return undefined;
  const id = probeIdOf(details.url);
  const waiter = id === undefined ? undefined : waiters.get(id);
  return waiter?.tabId === details.tabId ? waiter : undefined;
}

function onFrameError(details: WebNavigation.OnErrorOccurredDetailsType): void {
  const error = (details as { error?: string }).error ?? '';
  if (error === '' || error === BINDING_ABORTED) return;
  waiterFor(details)?.settle(error);
}

function onFrameCompleted(details: WebNavigation.OnCompletedDetailsType): void {
  waiterFor(details)?.settle(undefined);
}

// Listening only while a probe runs: webNavigation events for every frame of every page would
// otherwise wake the background for nothing.
function startListening(): void {
  if (waiters.size > 0) return;
  browser.webNavigation.onErrorOccurred.addListener(onFrameError);
  browser.webNavigation.onCompleted.addListener(onFrameCompleted);
}

function stopListening(): void {
  if (waiters.size > 0) return;
  browser.webNavigation.onErrorOccurred.removeListener(onFrameError);
  browser.webNavigation.onCompleted.removeListener(onFrameCompleted);
}

/** Runs in the page (content-script world): self-contained, no outer references. */
function insertProbeFrame(src: string, id: string, lifetimeMs: number): void {
  const host = document.createElement('hd-probe');
  host.setAttribute('data-hd-probe', id);
  host.hidden = true;
  host.style.setProperty('display', 'none', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.setAttribute('aria-hidden', 'true');
  frame.src = src;
  root.append(frame);
  document.documentElement.append(host);
  // Backstop: gone even if the background never asks (e.g. it was stopped meanwhile).
  setTimeout(() => host.remove(), lifetimeMs);
}

/** Runs in the page. */
function removeProbeFrame(id: string): void {
  for (const el of document.querySelectorAll('hd-probe[data-hd-probe]')) if (el.getAttribute('data-hd-probe') === id) el.remove();
}

async function probeInTab(url: string, tabId: number): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const target = new URL(url);
  target.hash = `${PROBE_FRAGMENT}${id}`;
  let settle: (error: string | undefined) => void = () => undefined;
  const outcome = new Promise<string | undefined>((resolve) => (settle = resolve));
  startListening();
  waiters.set(id, { tabId, settle });
  const timer = setTimeout(() => settle(undefined), TIMEOUT_MS);
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: insertProbeFrame,
      args: [target.href, id, TIMEOUT_MS + 1_000],
    });
    return await outcome;
  } catch {
    return undefined; // the tab cannot be scripted, or it closed
  } finally {
    clearTimeout(timer);
    waiters.delete(id);
    stopListening();
    browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: removeProbeFrame, args: [id] }).catch(() => undefined);
  }
}

export function preciseSubresourceError(url: string, tabId: number): Promise<string | undefined> {
  if (__BROWSER__ !== 'firefox' || !/^https:\/\//i.test(url) || !Number.isInteger(tabId) || tabId < 0) {
    return Promise.resolve(undefined);
  }
  let href: string;
  try {
    const u = new URL(url);
    u.hash = '';
    href = u.href;
  } catch {
    return Promise.resolve(undefined);
  }
  const key = `${tabId} ${href}`;
  const existing = inFlight.get(key);
  if (existing) return existing;
  const run = slot(() => probeInTab(href, tabId)).finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}
