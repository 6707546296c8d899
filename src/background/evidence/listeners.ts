// The evidence listeners, registered synchronously at the worker's top level (index.ts).
import { browser } from '../../platform/browser';
import { forgetClockSamples, ready as loadClockSamples, sampleResponse, type ResponseDetails } from './clock';
import { onSettingsChange, watchSettings } from './settings-cache';

export function registerEvidenceListeners(): void {
  watchSettings();
  loadClockSamples().catch(() => undefined);
  onSettingsChange((next, previous) => {
    if (previous?.clockCheck && !next.clockCheck) forgetClockSamples();
  });
  // Pages' own documents only: one response per page load instead of every image and script
  // (measured: listening to all of them cost ~10 ms of worker CPU per 100-resource page). Top-level
  // documents cover the distinct hosts the skew estimate needs. `responseHeaders` (not
  // `extraHeaders`) is enough for Date and Age.
  browser.webRequest.onHeadersReceived.addListener(
    (details) => sampleResponse(details as unknown as ResponseDetails),
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['responseHeaders'],
  );
}
