// Which steps appear, and in what order, for every browser × OS: one list of mismatches per
// property over the whole matrix.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import { STEPS } from '../../../../src/core/checklist/steps';
import { BROWSERS, OSES, type BrowserName, type OsName } from '../../../../src/core/kinds';
import { SCENARIOS } from './fixtures';

/** Steps a browser/OS cannot offer at all. */
function available(id: string, browser: BrowserName, os: OsName): boolean {
  switch (id) {
    case 'extensions':
      return !(browser === 'chrome' && os === 'android'); // Chrome for Android has no extensions
    case 'malware-scan':
      return os === 'windows' || os === 'macos' || os === 'android';
    case 'corporate-root':
      return browser === 'firefox' && os !== 'android'; // Firefox's own root store, desktop only
    case 'certificate-store':
    case 'tls-settings':
      return !(browser === 'firefox' && os === 'android'); // no profile folder, no about:config
    default:
      return true;
  }
}

const COMBOS = BROWSERS.flatMap((browser) => OSES.map((os) => ({ browser, os })));
const KNOWN_IDS: readonly string[] = STEPS.map((d) => d.id);

/** Every browser × OS × scenario, with the steps the checklist returns there. */
const RUNS = COMBOS.flatMap(({ browser, os }) =>
  SCENARIOS.map((scenario) => ({ browser, os, scenario, steps: checklist(scenario.diagnosis, { browser, os }) })),
);
const where = (r: (typeof RUNS)[number]) => `${r.browser}/${r.os} ${r.scenario.name}`;

describe('checklist on every browser and OS', () => {
  it('returns the steps of each scenario in order, less those the browser/OS cannot offer', () => {
    const mismatches = RUNS.flatMap((r) => {
      const ids = r.steps.map((s) => s.id).join(', ');
      const expected = r.scenario.steps.filter((id) => available(id, r.browser, r.os)).join(', ');
      return ids === expected ? [] : [`${where(r)}: [${ids}], expected [${expected}]`];
    });
    expect(RUNS.length).toBe(BROWSERS.length * OSES.length * SCENARIOS.length);
    expect(mismatches).toEqual([]);
  });

  it('returns known, unique ids with instructions, why-lines and a verification', () => {
    const problems = RUNS.flatMap((r) => [
      ...(new Set(r.steps.map((s) => s.id)).size === r.steps.length ? [] : [`${where(r)}: repeated id`]),
      ...r.steps.flatMap((step) =>
        [
          !KNOWN_IDS.includes(step.id) && 'unknown id',
          step.instructions.length === 0 && 'no instructions',
          step.why.length === 0 && 'no why',
          !step.verify.key.startsWith('step_') && 'no verification',
        ]
          .filter((p) => p !== false)
          .map((p) => `${where(r)} ${step.id}: ${p}`),
      ),
    ]);
    expect(problems).toEqual([]);
  });

  it('puts destructive steps last, the reset last of all, each saying what is lost and how to back up', () => {
    const problems = RUNS.flatMap((r) => {
      const first = r.steps.findIndex((s) => s.destructive);
      if (first === -1) return [];
      const tail = r.steps.slice(first);
      const reset = r.steps.findIndex((s) => s.id === 'browser-reset');
      return [
        ...(tail.every((s) => s.destructive) ? [] : [`${where(r)}: a safe step after a destructive one`]),
        ...tail
          .filter(
            (s) =>
              !/^step_.*_loses$/.test(s.destructive?.removes.key ?? '') ||
              !/^step_.*_backup$/.test(s.destructive?.backup.key ?? '') ||
              !/^step_.*_resume$/.test(s.destructive?.resume.key ?? ''),
          )
          .map((s) => `${where(r)} ${s.id}: no loss, backup or resume text`),
        ...(reset === -1 || reset === r.steps.length - 1 ? [] : [`${where(r)}: reset not last`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('offers retry wherever trying again is the verification (everything but narrowing down)', () => {
    const mismatches = RUNS.flatMap((r) =>
      r.steps
        .filter((step) => step.actions.some((a) => a.type === 'retry') !== (step.id !== 'narrow-down'))
        .map((step) => `${where(r)} ${step.id}`),
    );
    expect(mismatches).toEqual([]);
  });
});

describe('step definitions', () => {
  it('are all placed in the order, each once, under a unique id', () => {
    const placed: readonly object[] = STEPS;
    const files = import.meta.glob<Record<string, unknown>>('../../../../src/core/checklist/steps/*.ts', { eager: true });
    const defined = Object.values(files)
      .flatMap((exports) => Object.values(exports))
      .filter((v): v is object => typeof v === 'object' && v !== null && 'id' in v && 'build' in v);
    expect(defined.length).toBeGreaterThan(10);
    expect(defined.filter((d) => !placed.includes(d)).map((d) => (d as { id: string }).id)).toEqual([]);
    expect(new Set(STEPS.map((d) => d.id)).size).toBe(STEPS.length);
  });
});
