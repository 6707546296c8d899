// The evidence listeners, registered synchronously at the worker's top level (index.ts). None of
// them fires on a healthy navigation: the clock is measured only after a date failure (clock.ts).
import { forgetClockSamples } from './clock';
import { onSettingsChange, watchSettings } from './settings-cache';

export function registerEvidenceListeners(): void {
  watchSettings();
  onSettingsChange((next, previous) => {
    if (previous?.clockCheck && !next.clockCheck) forgetClockSamples();
  });
}
