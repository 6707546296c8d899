// The browser version the guided checklist judges by (src/core/browser-versions.ts): the one
// recorded with the incident, or detected here, but only for that browser. When the person picks
// another browser (helping someone else), its version is unknown, and no update step is guessed.
import type { Environment } from '../evidence';
import type { BrowserName } from '../kinds';

export function guideVersion(picked: BrowserName, known: Environment): string | undefined {
  return picked === known.browser && known.version.trim() !== '' ? known.version : undefined;
}
