// What each browser's suite saw per fault case, written to the e2e tmp dir so the Firefox suite
// can compare with the Chromium run (npm test runs Chromium first). One small JSON file per case:
// Playwright's workers run cases in parallel and must not write one shared file.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from './paths';

export type SuiteBrowser = 'chromium' | 'firefox';

export interface ObservedKind {
  case: string;
  kind: string;
  errorCode: string;
  /** ms since the epoch (real clock of the test runner). */
  at: number;
}

const dirOf = (browser: SuiteBrowser) => join(TMP, 'observed-kinds', browser);
const fileName = (caseName: string) => `${caseName.replace(/[^a-z0-9.-]/gi, '_')}.json`;

export function recordObservedKind(browser: SuiteBrowser, caseName: string, kind: string, errorCode: string): void {
  const dir = dirOf(browser);
  mkdirSync(dir, { recursive: true });
  const record: ObservedKind = { case: caseName, kind, errorCode, at: Date.now() };
  writeFileSync(join(dir, fileName(caseName)), JSON.stringify(record));
}

/** Case → what the suite saw; empty when that suite has not run with this tmp dir. */
export function readObservedKinds(browser: SuiteBrowser): Record<string, ObservedKind> {
  const out: Record<string, ObservedKind> = {};
  let names: string[];
  try {
    names = readdirSync(dirOf(browser));
  } catch {
    return out;
  }
  for (const name of names) {
    try {
      const record = JSON.parse(readFileSync(join(dirOf(browser), name), 'utf8')) as ObservedKind;
      if (typeof record.case === 'string' && typeof record.kind === 'string') out[record.case] = record;
    } catch {
      // A half-written or foreign file: not a result.
    }
  }
  return out;
}

export function clearObservedKinds(browser: SuiteBrowser): void {
  rmSync(dirOf(browser), { recursive: true, force: true });
}
