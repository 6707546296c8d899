// Service worker (Chromium) / background script (Firefox). Every listener is registered
// synchronously at the top level, so events that wake a stopped worker are never missed.
// None of them fires on a healthy navigation: a stopped worker stays stopped until something
// fails over TLS, a tab closes, or an extension page asks. What the start and commit of each
// navigation used to tell is derived when a failure or a message arrives (main-frame-failure.ts).
import { browser, type Runtime } from '../platform/browser';
import { readManaged } from '../platform/managed-storage';
import { restoreBadge } from './restore-badge';
import { handleMessage } from './message-router';
import { onMainFrameFailure } from './main-frame-failure';
import { resumePendingMoves } from './resume-pending-moves';
import { registerEvidenceListeners } from './evidence/listeners';
import { registerFirefoxListeners } from './firefox';
import { onExtensionRequestError } from './probe';
import { resumeInterruptedEvidence } from './resume-evidence';
import { forgetTab } from './session-store';
import { forgetPage, onSubresourceFailure } from './subresource-failures';
import { isNeverTls } from './never-tls-errors';

const logFailure = (error: unknown) => console.warn('[handshake-doctor]', error);

interface FrameDetails {
  frameId: number;
  parentFrameId?: number;
}
/** Chromium's id of the top document a failure belongs to (the polyfill's types lack the fields). */
const topDocumentOf = (details: FrameDetails): string | undefined => {
  const { documentId, parentDocumentId } = details as { documentId?: string; parentDocumentId?: string };
  return details.frameId === 0 ? documentId : details.parentFrameId === 0 ? parentDocumentId : undefined;
};
/** Incidents created before this are from an earlier life of the worker. */
const workerStartedAt = Date.now();

browser.webRequest.onErrorOccurred.addListener(
  (details) => {
    if (isNeverTls(details.error)) return;
    if (details.tabId < 0) return onExtensionRequestError(details.url, details.error);
    if (details.type !== 'main_frame') {
      const { tabId, frameId, url, error, type, timeStamp } = details;
      const pageDocumentId = topDocumentOf(details);
      onSubresourceFailure({ tabId, frameId, url, error, type, timeStamp, pageDocumentId }).catch(logFailure);
      return;
    }
    const lifecycle = (details as { documentLifecycle?: string }).documentLifecycle;
    onMainFrameFailure({
      tabId: details.tabId,
      frameId: details.frameId,
      url: details.url,
      error: details.error,
      timeStamp: details.timeStamp,
      documentLifecycle: lifecycle,
    }).catch(logFailure);
  },
  // A TLS failure needs TLS: plain-http loads never wake the worker.
  { urls: ['https://*/*', 'wss://*/*'] },
);

browser.webNavigation.onErrorOccurred.addListener(
  (details) => {
    // Both browsers pass `error`; the polyfill's types omit it.
    const { error, documentLifecycle } = details as { error?: string; documentLifecycle?: string };
    if (isNeverTls(error ?? '')) return;
    if (details.frameId !== 0) {
      const { tabId, frameId, url, timeStamp } = details;
      const pageDocumentId = topDocumentOf(details);
      onSubresourceFailure({ tabId, frameId, url, error: error ?? '', type: 'frame', timeStamp, pageDocumentId }).catch(logFailure);
      return;
    }
    onMainFrameFailure({
      tabId: details.tabId,
      frameId: 0,
      url: details.url,
      error: error ?? '',
      timeStamp: details.timeStamp,
      documentLifecycle,
    })
      // The browser's error page committed after the incident set the badge, and cleared it.
      .then(() => restoreBadge(details.tabId, details.url))
      .catch(logFailure);
  },
  // Matched in the browser process: healthy navigations and plain-http failures never wake the worker.
  { url: [{ schemes: ['https'] }] },
);

browser.tabs.onRemoved.addListener((tabId) => {
  forgetPage(tabId);
  forgetTab(tabId).catch(logFailure);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender).catch((error: unknown) => ({ ok: false, error: String(error) })),
);

// Time-source readings, settings kept in memory.
registerEvidenceListeners();
// Firefox only (test builds: the wake counter); nothing in the Chromium build.
registerFirefoxListeners();

resumePendingMoves()
  .then((moved) => resumeInterruptedEvidence(moved, workerStartedAt))
  .catch(logFailure);
// Warm the policy read: Chromium's first answer after a browser start takes seconds.
readManaged().catch(logFailure);

// Tests wait for this before navigating: the worker's top level has run and every listener is live.
(globalThis as { __handshakeDoctorReady?: boolean }).__handshakeDoctorReady = true;
