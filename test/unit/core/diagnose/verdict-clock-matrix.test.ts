// Every verdict × every clock-evidence state, through the real diagnose(), explanation(),
// checklist() and the safety decisions, with the invariants that keep the page from contradicting
// itself written out below. A "clock sentence" is found in the rendered English text, not by key,
// so a new wording that mentions the clock is caught too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explanation } from '../../../../src/core/catalog/explain';
import { checklist } from '../../../../src/core/checklist';
import { checklistContext } from '../../../../src/core/checklist/context';
import { diagnose } from '../../../../src/core/diagnose';
import { connectionUntrusted, primaryAction } from '../../../../src/core/diagnose/safety';
import type { Evidence } from '../../../../src/core/evidence';
import { CAUSES, CERTIFICATE_KINDS, CLOCK_KINDS, type Cause } from '../../../../src/core/kinds';
import { DAY, evidence } from './helpers';
import { EVERY_KIND, SCENARIOS } from './scenarios';

const en = Object.assign(
  {},
  ...['catalog', 'diagnosis'].map((file) =>
    JSON.parse(readFileSync(new URL(`../../../../src/locales/en/${file}.json`, import.meta.url), 'utf8')),
  ),
) as Record<string, { message: string }>;

/** A sentence that talks about the person's clock or date. */
const CLOCK_SENTENCE = /clock|date and time|computer's date|time zone/i;

const SOURCES = ['time-a.example', 'time-b.example', 'time-c.example'];
const CLOCK_STATES = {
  verified: { skewMs: 900, samples: 9, sources: SOURCES },
  unknown: undefined,
  wrong: { skewMs: -730 * DAY, samples: 9, sources: SOURCES },
} as const;

/** One evidence set (at least) for every verdict; the clock is then replaced by each state. */
const BASES: Record<string, Evidence> = {
  ...SCENARIOS,
  ...Object.fromEntries(EVERY_KIND.map((e) => [`thin ${e.failure.kind}`, e])),
  captivePortal: evidence('cert-name', { captivePortal: { state: 'portal' } }),
  siteConfiguration: { ...SCENARIOS.firefoxPrefs!, tls12Check: { outcome: 'spoke', host: 'tls-v1-2.badssl.com' } },
  homeDeviceExpired: evidence('cert-date', {}, { host: '192.168.1.1' }),
  organisationUntrusted: evidence('cert-untrusted', {}, { host: 'intranet.corp' }),
  interceptionDetected: evidence('interception-detected'),
  // A security product re-signing an expired site (the named-interception screenshot): its verdict, not the site's.
  knownInterceptorExpired: evidence('cert-date', {
    interception: { product: 'Kaspersky', issuer: 'Kaspersky Anti-Virus Personal Root Certificate', host: 'broken.example' },
    otherSiteProbe: { status: 'done', results: [{ host: 'ok.example', ok: true }] },
  }),
};

type ClockState = keyof typeof CLOCK_STATES;

function page(base: Evidence, state: ClockState) {
  const e: Evidence = { ...base, clock: CLOCK_STATES[state] };
  const d = diagnose(e);
  const steps = checklist(d, e.environment, checklistContext(e));
  const lines = explanation(d).lines.map((l) => en[l.key]?.message ?? l.key);
  return { d, steps, lines, clockSentence: lines.some((l) => CLOCK_SENTENCE.test(l)) };
}

const RUNS = Object.entries(BASES).flatMap(([name, base]) =>
  (Object.keys(CLOCK_STATES) as ClockState[]).map((state) => ({ name, base, state, ...page(base, state) })),
);

describe('every verdict × clock state', () => {
  it('covers every cause as a verdict', () => {
    const verdicts = new Set<Cause>(RUNS.map((r) => r.d.causes[0]!.cause));
    expect(CAUSES.filter((c) => !verdicts.has(c))).toEqual([]);
  });

  it('clock verified → no clock sentence and no clock step', () => {
    const broken = RUNS.filter((r) => r.state === 'verified' && (r.clockSentence || r.steps.some((s) => s.id === 'clock')));
    expect(broken.map((r) => `${r.name}: ${r.lines.join(' ')} [${r.steps.map((s) => s.id).join()}]`)).toEqual([]);
  });

  it('clock unknown → any clock sentence comes with a clock check as step 1', () => {
    const broken = RUNS.filter((r) => r.state === 'unknown' && r.clockSentence && r.steps[0]?.id !== 'clock');
    expect(broken.map((r) => `${r.name}: [${r.steps.map((s) => s.id).join()}]`)).toEqual([]);
    // …and it is the quick check, unless the verdict itself is the clock.
    const quick = RUNS.filter((r) => r.state === 'unknown' && r.steps[0]?.id === 'clock' && r.d.clock === 'unknown');
    expect(quick.length).toBeGreaterThan(0);
    for (const r of quick) expect(r.steps[0]!.title.key, r.name).toBe('step_clock_quick_title');
  });

  it('clock wrong → on a failure a clock can cause, the clock is explained and its step comes first; elsewhere neither', () => {
    for (const r of RUNS.filter((r) => r.state === 'wrong')) {
      if (CLOCK_KINDS.has(r.d.kind)) {
        expect(r.clockSentence, r.name).toBe(true);
        expect(r.steps[0]?.id, r.name).toBe('clock');
        expect(r.steps[0]?.title.key, r.name).toBe('step_clock_title');
      } else {
        expect(r.clockSentence, r.name).toBe(false);
        expect(
          r.steps.map((s) => s.id),
          r.name,
        ).not.toContain('clock');
      }
    }
  });

  it("keeps the don't-enter-passwords line on every certificate or interception failure, whatever the clock", () => {
    for (const r of RUNS) {
      const untrusted = CERTIFICATE_KINDS.has(r.d.kind) || r.d.kind === 'interception-detected' || r.d.causes[0]?.cause === 'interception';
      expect(connectionUntrusted(r.d), `${r.name} (${r.state})`).toBe(untrusted);
    }
    expect(RUNS.filter((r) => r.state === 'wrong' && connectionUntrusted(r.d)).length).toBeGreaterThan(0);
  });

  it("a firm verdict away from the site → no sentence says the site's owner has to fix it", () => {
    const SITE_OWNER_FIXES = /(only|for) the site's owner|site's owner (can|has to)/i;
    const away = RUNS.filter(
      (r) => !r.d.uncertain && ['interception', 'network', 'captive-portal', 'client-certificate'].includes(r.d.causes[0]!.cause),
    );
    expect(away.length).toBeGreaterThan(0);
    const broken = away.filter((r) => r.lines.some((l) => SITE_OWNER_FIXES.test(l)));
    expect(broken.map((r) => `${r.name} (${r.state}): ${r.lines.join(' ')}`)).toEqual([]);
  });

  it('site or interception verdicts → "Go back" is the primary action; others reload', () => {
    for (const r of RUNS) {
      const top = r.d.causes[0]!.cause;
      const safeFirst = ['site-certificate', 'site-configuration', 'interception'].includes(top) || connectionUntrusted(r.d);
      expect(primaryAction(r.d), `${r.name} (${r.state}): ${top}`).toBe(safeFirst ? 'back' : 'reload');
    }
    const reload = RUNS.filter((r) => primaryAction(r.d) === 'reload').map((r) => r.d.causes[0]!.cause);
    expect(new Set(reload)).toEqual(new Set(['network', 'browser-settings', 'client-certificate', 'unknown']));
  });
});
