// The evidence listeners, registered synchronously at the worker's top level (index.ts).
import { browser } from '../../platform/browser';
import { forgetClockSamples, ready as loadClockSamples, sampleResponse, type ResponseDetails } from './clock';
import { onSettingsChange, watchSettings } from './settings-cache';
import { onOwnResponseHeaders } from './time-source';

export function registerEvidenceListeners(): void {
  watchSettings();
  loadClockSamples().catch(() => undefined);
  onSettingsChange((next, previous) => {
    if (previous?.clockCheck && !next.clockCheck) forgetClockSamples();
  });
  // Pages' own documents only: one response per page load instead of every image and script
  // (measured: listening to all of them cost ~30 ms of worker CPU per 100-resource page). Top-level
  // documents cover the distinct hosts the skew estimate needs. `responseHeaders` (not
  // `extraHeaders`) is enough for Date and Age.
  browser.webRequest.onHeadersReceived.addListener(
    (details) => sampleResponse(details as unknown as ResponseDetails),
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['responseHeaders'],
  );
  // The extension's own time-source requests (tabId -1), whose Date a redirect may hide from fetch.
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      const d = details as unknown as ResponseDetails;
      onOwnResponseHeaders(d.url, d.responseHeaders);
    },
    { urls: ['http://*/*', 'https://*/*'], tabId: -1 },
    ['responseHeaders'],
  );
}
