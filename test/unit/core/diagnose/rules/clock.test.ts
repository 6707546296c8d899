import { describe, expect, it } from 'vitest';
import { clockCorrect, clockSkew, diagnose, manyDateFailures } from '../../../../../src/core/diagnose';
import { DAY, MIN, T0, evidence, recent, unchecked } from '../helpers';

const clock = (skewMs: number, sources: string[], samples = sources.length * 3) => ({ clock: { skewMs, samples, sources } });
const THREE = ['a.example', 'b.example', 'c.example'];

describe('clock-skew', () => {
  it('blames the clock when 3 sources say it is 2 years behind', () => {
    const f = clockSkew(evidence('cert-date', clock(-730 * DAY, THREE)), T0);
    expect(f).toMatchObject({ rule: 'clock-skew', cause: 'system-clock', confidence: 0.95 });
    expect(f?.evidence).toEqual([{ key: 'ev_clock_behind_days', subs: ['730', '3'] }]);
  });

  it('grades by magnitude and number of sources', () => {
    expect(clockSkew(evidence('cert-date', clock(-2 * DAY, ['a.example', 'b.example'])), T0)?.confidence).toBe(0.85);
    expect(clockSkew(evidence('cert-date', clock(10 * MIN, THREE)), T0)?.confidence).toBe(0.6);
    expect(clockSkew(evidence('cert-date', clock(-3 * DAY, ['a.example'])), T0)?.confidence).toBe(0.45);
    expect(clockSkew(evidence('cert-date', clock(-10 * MIN, ['a.example'])), T0)?.confidence).toBe(0.3);
  });

  it('counts distinct sources, not repeated ones', () => {
    const f = clockSkew(evidence('cert-date', clock(-3 * DAY, ['A.example', 'a.example.', 'a.example'])), T0);
    expect(f?.confidence).toBe(0.45);
    expect(f?.evidence[0]).toEqual({ key: 'ev_clock_behind_days_host', subs: ['3', 'a.example'] });
  });

  it('fires at exactly 5 minutes, not below', () => {
    expect(clockSkew(evidence('cert-date', clock(5 * MIN, THREE)), T0)?.evidence[0]).toEqual({
      key: 'ev_clock_ahead_minutes',
      subs: ['5', '3'],
    });
    expect(clockSkew(evidence('cert-date', clock(5 * MIN - 1, THREE)), T0)).toBeNull();
  });

  it('ignores other kinds, missing or empty estimates', () => {
    expect(clockSkew(evidence('cert-untrusted', clock(-730 * DAY, THREE)), T0)).toBeNull();
    expect(clockSkew(evidence('cert-date'), T0)).toBeNull();
    expect(clockSkew(evidence('cert-date', clock(-730 * DAY, THREE, 0)), T0)).toBeNull();
    expect(clockSkew(evidence('cert-date', clock(-730 * DAY, [])), T0)).toBeNull();
  });

  it('survives NaN and infinite skew', () => {
    const base = evidence('cert-date');
    for (const skewMs of [NaN, Infinity, -Infinity]) {
      expect(clockSkew(unchecked(base, { clock: { skewMs, samples: 3, sources: THREE } }), T0)).toBeNull();
    }
  });
});

describe('clock-correct', () => {
  it('blames the certificate when 2+ sources agree the clock is right', () => {
    const f = clockCorrect(evidence('cert-date', clock(1500, ['a.example', 'b.example'])), T0);
    expect(f).toMatchObject({ rule: 'clock-correct', cause: 'site-certificate', confidence: 0.75 });
    expect(f?.evidence).toEqual([{ key: 'ev_clock_matches', subs: ['2'] }]);
    expect(clockCorrect(evidence('cert-date', clock(-4 * MIN, THREE)), T0)?.confidence).toBe(0.85);
  });

  it('needs a cert-date failure, 2 sources and a skew within tolerance', () => {
    expect(clockCorrect(evidence('cert-date', clock(0, ['a.example'])), T0)).toBeNull();
    expect(clockCorrect(evidence('cert-date', clock(5 * MIN, THREE)), T0)).toBeNull();
    expect(clockCorrect(evidence('cert-name', clock(0, THREE)), T0)).toBeNull();
    expect(clockCorrect(evidence('cert-date'), T0)).toBeNull();
    expect(clockCorrect(unchecked(evidence('cert-date'), { clock: { skewMs: NaN, samples: 5, sources: THREE } }), T0)).toBeNull();
  });
});

describe('many-date-failures', () => {
  const hosts = ['one.example', 'two.test', 'three.org'];

  it('suspects the clock when 3 unrelated sites fail with date errors within 10 minutes', () => {
    const f = manyDateFailures(evidence('cert-date', { recentFailures: recent('cert-date', hosts.slice(0, 2), 5 * MIN) }), T0);
    expect(f).toMatchObject({ rule: 'many-date-failures', cause: 'system-clock', confidence: 0.55 });
    expect(f?.evidence).toEqual([{ key: 'ev_many_date_failures', subs: ['3', '10'] }]);
  });

  it('counts the current host once and related hosts as one site', () => {
    const e = evidence('cert-date', {
      recentFailures: recent('cert-date', ['broken.example', 'www.broken.example', 'a.shop.test', 'b.shop.test']),
    });
    expect(manyDateFailures(e, T0)).toBeNull(); // broken.example + shop.test = 2 sites
  });

  it('ignores old failures, other kinds, and runs only without a clock estimate', () => {
    expect(manyDateFailures(evidence('cert-date', { recentFailures: recent('cert-date', hosts, 11 * MIN) }), T0)).toBeNull();
    expect(manyDateFailures(evidence('cert-date', { recentFailures: recent('cert-untrusted', hosts) }), T0)).toBeNull();
    expect(manyDateFailures(evidence('cert-name', { recentFailures: recent('cert-date', hosts) }), T0)).toBeNull();
    expect(manyDateFailures(evidence('cert-date', { recentFailures: recent('cert-date', hosts), ...clock(0, THREE) }), T0)).toBeNull();
  });

  it('treats an unusable clock estimate (0 samples) as none', () => {
    const e = evidence('cert-date', { recentFailures: recent('cert-date', hosts), ...clock(0, THREE, 0) });
    expect(manyDateFailures(e, T0)?.cause).toBe('system-clock');
  });
});

describe('what counts as a clock source', () => {
  // One site bounces the tab through 11 of its own names, each sending a Date two years ahead.
  const FORGED = Array.from({ length: 11 }, (_, i) => `s${i}.forger.example`);

  it('11 names of one site are one source: no system-clock 0.95, the site-certificate cause stays', () => {
    const e = evidence('cert-date', clock(-730 * DAY, FORGED, 11));
    expect(clockSkew(e, T0)?.confidence).toBe(0.45);
    const d = diagnose(e, T0);
    expect(d.causes.find((c) => c.cause === 'system-clock')?.confidence).toBeLessThan(0.95);
    expect(d.causes.map((c) => c.cause)).toContain('site-certificate');
  });

  it('the failing site never counts as a source of the time, by any of its names', () => {
    const e = evidence('cert-date', clock(-730 * DAY, ['broken.example', 'www.broken.example', 'a.example']), {
      host: 'shop.broken.example',
    });
    const f = clockSkew(e, T0);
    expect(f?.confidence).toBe(0.45);
    expect(f?.evidence).toEqual([{ key: 'ev_clock_behind_days_host', subs: ['730', 'a.example'] }]);
    expect(clockSkew(evidence('cert-date', clock(-730 * DAY, ['broken.example'])), T0)).toBeNull();
    expect(clockCorrect(evidence('cert-date', clock(0, ['broken.example', 'www.broken.example', 'a.example'])), T0)).toBeNull();
  });

  it('a really wrong clock seen by 3 sites: the clock first at 0.95, the site-certificate cause kept below it', () => {
    const d = diagnose(evidence('cert-date', clock(-730 * DAY, THREE)), T0);
    expect(d.causes.map((c) => [c.cause, c.confidence])).toEqual([
      ['system-clock', 0.95],
      ['site-certificate', 0.45],
    ]);
    expect(d.uncertain).toBe(false);
    expect(d.summary.key).toBe('verdict_system_clock');
  });
});
