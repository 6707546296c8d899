// Which steps appear, and in what order, for every browser × OS.
import { describe, expect, it } from 'vitest';
import { checklist, STEP_IDS } from '../../../src/core/checklist';
import { BROWSERS, OSES, type BrowserName, type OsName } from '../../../src/core/kinds';
import { SCENARIOS } from './fixtures';

/** Steps a browser/OS cannot offer at all. */
function available(id: string, browser: BrowserName, os: OsName): boolean {
  switch (id) {
    case 'extensions':
      return !(browser === 'chrome' && os === 'android'); // Chrome for Android has no extensions
    case 'malware-scan':
      return os === 'windows' || os === 'macos' || os === 'android';
    case 'certificate-store':
    case 'tls-settings':
      return !(browser === 'firefox' && os === 'android'); // no profile folder, no about:config
    default:
      return true;
  }
}

const COMBOS = BROWSERS.flatMap((browser) => OSES.map((os) => ({ browser, os })));

describe.each(COMBOS)('checklist on $browser / $os', ({ browser, os }) => {
  it.each(SCENARIOS)('$name', ({ diagnosis, steps }) => {
    const ids = checklist(diagnosis, { browser, os }).map((s) => s.id);
    expect(ids).toEqual(steps.filter((id) => available(id, browser, os)));
  });

  it('returns known, unique ids with instructions and a verification', () => {
    for (const { diagnosis } of SCENARIOS) {
      const steps = checklist(diagnosis, { browser, os });
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      for (const step of steps) {
        expect(STEP_IDS).toContain(step.id);
        expect(step.instructions.length).toBeGreaterThan(0);
        expect(step.why.length).toBeGreaterThan(0);
        expect(step.verify.key).toMatch(/^step_/);
      }
    }
  });

  it('puts destructive steps last, the reset last of all, each saying what is lost and how to back up', () => {
    for (const { diagnosis } of SCENARIOS) {
      const steps = checklist(diagnosis, { browser, os });
      const firstDestructive = steps.findIndex((s) => s.destructive);
      if (firstDestructive === -1) continue;
      expect(steps.slice(firstDestructive).every((s) => s.destructive)).toBe(true);
      for (const s of steps.slice(firstDestructive)) {
        expect(s.destructive?.loses.key).toMatch(/^step_.*_loses$/);
        expect(s.destructive?.backup.key).toMatch(/^step_.*_backup$/);
      }
      const reset = steps.findIndex((s) => s.id === 'browser-reset');
      if (reset !== -1) expect(reset).toBe(steps.length - 1);
    }
  });

  it('offers retry wherever trying again is the verification (everything but narrowing down)', () => {
    for (const { diagnosis } of SCENARIOS) {
      for (const step of checklist(diagnosis, { browser, os })) {
        const hasRetry = step.actions.some((a) => a.type === 'retry');
        expect(hasRetry, step.id).toBe(step.id !== 'narrow-down');
      }
    }
  });
});
