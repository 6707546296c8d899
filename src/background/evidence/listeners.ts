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
  // Every http(s) response: the clock sampler's cheap gates turn away nearly all of them before
  // a header is read. `responseHeaders` (not `extraHeaders`) is enough for Date and Age.
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      const d = details as unknown as ResponseDetails;
      if (d.tabId < 0) onOwnResponseHeaders(d.url, d.responseHeaders);
      sampleResponse(d);
    },
    { urls: ['http://*/*', 'https://*/*'] },
    ['responseHeaders'],
  );
}
