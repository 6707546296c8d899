// Service worker (Chromium) / background script (Firefox). Every listener is registered
// synchronously at the top level, so events that wake a stopped worker are never missed.
import { browser, type Runtime } from '../platform/browser';
import { readManaged } from '../platform/managed-storage';
import { mayNeedBadge, restoreBadge } from './restore-badge';
import { handleMessage } from './message-router';
import { onMainFrameFailure } from './main-frame-failure';
import { forgetNavigation, onMainFrameCommitted, onMainFrameNavigationStart } from './main-frame-navigations';
import { resumePendingMoves } from './resume-pending-moves';
import { registerEvidenceListeners } from './evidence/listeners';
import { registerFirefoxListeners } from './firefox';
import { onExtensionRequestError } from './probe';
import { resumeInterruptedEvidence } from './resume-evidence';
import { forgetTab } from './session-store';
import { forgetPage, onSubresourceFailure } from './subresource-failures';

const logFailure = (error: unknown) => console.warn('[handshake-doctor]', error);
/** Incidents created before this are from an earlier life of the worker. */
const workerStartedAt = Date.now();

browser.webRequest.onErrorOccurred.addListener(
  (details) => {
    if (details.tabId < 0) return onExtensionRequestError(details.url, details.error);
    if (details.type !== 'main_frame') {
      const { tabId, frameId, url, error, type, timeStamp } = details;
      onSubresourceFailure({ tabId, frameId, url, error, type, timeStamp }).catch(logFailure);
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
  { urls: ['<all_urls>'] },
);

browser.webNavigation.onErrorOccurred.addListener((details) => {
  // Both browsers pass `error`; the polyfill's types omit it.
  const { error, documentLifecycle } = details as { error?: string; documentLifecycle?: string };
  if (details.frameId !== 0) {
    const { tabId, frameId, url, timeStamp } = details;
    onSubresourceFailure({ tabId, frameId, url, error: error ?? '', type: 'frame', timeStamp }).catch(logFailure);
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
    .then(() => restoreBadge(details.tabId, details.url))
    .catch(logFailure);
});

browser.webNavigation.onBeforeNavigate.addListener((details) => {
  if (details.frameId === 0) onMainFrameNavigationStart(details.tabId, details.url, details.timeStamp);
});

browser.webNavigation.onCommitted.addListener((details) => {
  if (details.frameId !== 0) return;
  forgetPage(details.tabId);
  if (mayNeedBadge(details.url)) restoreBadge(details.tabId, details.url).catch(logFailure);
  onMainFrameCommitted(details.tabId, details.url).catch(logFailure);
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetNavigation(tabId);
  forgetPage(tabId);
  forgetTab(tabId).catch(logFailure);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender).catch((error: unknown) => ({ ok: false, error: String(error) })),
);

// Clock samples from response Date headers, time-source readings, settings kept in memory.
registerEvidenceListeners();
// Firefox only: TLS security-info sampling (interception issuers); nothing in the Chromium build.
registerFirefoxListeners();

resumePendingMoves()
  .then((moved) => resumeInterruptedEvidence(moved, workerStartedAt))
  .catch(logFailure);
// Warm the policy read: Chromium's first answer after a browser start takes seconds.
readManaged().catch(logFailure);

// Tests wait for this before navigating: the worker's top level has run and every listener is live.
(globalThis as { __handshakeDoctorReady?: boolean }).__handshakeDoctorReady = true;
