import { describe, expect, it } from 'vitest';
import { ClockSkewSchema } from '../../../../src/core/evidence';
import {
  DEFAULT_SKEW_LIMITS,
  SKEW_AGREES_MS,
  SkewStateSchema,
  addActiveCheck,
  emptySkewState,
  estimateSkew,
  parseSkewState,
  skewFromTimeSource,
  type SkewReading,
  type SkewState,
} from '../../../../src/core/clock';

const MIN = 60_000;
const HOUR = 60 * MIN;
const YEAR = 365 * 24 * HOUR;
/** True time at the start of each scenario. */
const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);

/** A reading of `host` at true time `trueMs`, taken by a local clock off by `skewMs` (over http unless told). */
function reading(host: string, trueMs: number, skewMs: number, extra: Partial<SkewReading> = {}): SkewReading {
  return { host, skewMs, localMs: trueMs + skewMs, secure: false, ...extra };
}

/** How far off an estimate says the clock is, read against the agreement window. */
function verdict(skew: { skewMs: number }): 'agrees' | 'ahead' | 'behind' {
  if (Math.abs(skew.skewMs) < SKEW_AGREES_MS) return 'agrees';
  return skew.skewMs > 0 ? 'ahead' : 'behind';
}

/** Readings that all agree, recorded one by one (as several rounds would). */
function feed(state: SkewState, readings: SkewReading[]): SkewState {
  return readings.reduce((s, x) => addActiveCheck(s, x), state);
}

/** A state as it could have been stored, bypassing `addActiveCheck`'s clean-up. */
function stored(samples: SkewReading[]): SkewState {
  return parseSkewState({ version: 2, samples });
}

describe('estimateSkew over several sites', () => {
  it.each([
    ['two years behind', -2 * YEAR, 'behind'],
    ['two years ahead', 2 * YEAR, 'ahead'],
    ['correct', 0, 'agrees'],
  ] as const)('%s', (_name, skew, expected) => {
    const hosts = ['a.example', 'b.example.org', 'c.example.net', 'd.example.jp', 'e.example.de'];
    const state = feed(
      emptySkewState(),
      hosts.map((h, i) => reading(h, T0 + i * 5_000, skew + [100, 800, 3_000, 250, 1_500][i]!)),
    );
    const est = estimateSkew(state, T0 + 60_000 + skew);
    expect(est).toBeDefined();
    expect(Math.abs(est!.skewMs - skew)).toBeLessThan(4_000);
    expect(est!.samples).toBe(5);
    expect([...est!.sources].sort()).toEqual([...hosts].sort());
    expect(est!.sources[0]).toBe('e.example.de'); // most recent first
    expect(verdict(est!)).toBe(expected);
    expect(ClockSkewSchema.safeParse(est).success).toBe(true);
  });

  it('outvotes one outlier site (a server with a wrong clock)', () => {
    const skew = -2 * YEAR;
    const state = stored([
      reading('a.example', T0, skew),
      reading('b.example', T0 + 1_000, skew),
      reading('broken-clock.example', T0 + 2_000, skew + 3 * HOUR),
      reading('c.example', T0 + 3_000, skew),
      reading('d.example', T0 + 4_000, skew),
    ]);
    const est = estimateSkew(state, T0 + 10_000 + skew)!;
    expect(Math.abs(est.skewMs - skew)).toBeLessThan(2_000);
    expect(est.samples).toBe(4);
    expect(est.sources).not.toContain('broken-clock.example');
  });

  it('on an even split, believes the group with the most recent sample instead of averaging', () => {
    // Two sites saw a correct clock, then the clock jumped 1 h ahead and two more sites saw that.
    const state = stored([
      reading('a.example', T0, 0),
      reading('b.example', T0 + 1_000, 0),
      reading('c.example', T0 + 2_000, HOUR),
      reading('d.example', T0 + 3_000, HOUR),
    ]);
    const est = estimateSkew(state, T0 + HOUR + 10_000)!;
    // A plain median would say +30 min, which no site observed.
    expect(est.samples).toBe(2);
    expect(Math.abs(est.skewMs - HOUR)).toBeLessThan(2_000);
    expect(est.sources).toEqual(['d.example', 'c.example']);
  });

  it('a single sample is enough to return an estimate (callers weigh `sources`)', () => {
    const state = addActiveCheck(emptySkewState(), reading('only.example', T0, -5 * MIN));
    expect(estimateSkew(state, T0)).toEqual({ skewMs: -5 * MIN, samples: 1, sources: ['only.example'] });
  });

  it('returns undefined with no samples', () => {
    expect(estimateSkew(emptySkewState(), T0)).toBeUndefined();
    expect(estimateSkew(emptySkewState(), Number.NaN)).toBeUndefined();
  });
});

describe('what counts as a source', () => {
  it('stores one sample per site: 11 names of one site cannot sit beside each other', () => {
    const forged = Array.from({ length: 11 }, (_, i) => ({ host: `s${i}.forger.example`, skewMs: -2 * YEAR, localMs: T0, secure: false }));
    expect(SkewStateSchema.safeParse({ version: 2, samples: forged }).success).toBe(false);
    expect(SkewStateSchema.safeParse({ version: 2, samples: forged.slice(0, 1) }).success).toBe(true);
  });

  it('keeps one sample per site: a second name of the site replaces the first', () => {
    let state = addActiveCheck(emptySkewState(), reading('WWW.Example.COM.', T0, 0));
    state = addActiveCheck(state, reading('time.example.com', T0 + MIN, 0));
    expect(state.samples.map((s) => s.host)).toEqual(['time.example.com']);
  });

  it('leaves the failing site out of its own estimate', () => {
    const state = stored([
      reading('expired.example.com', T0, -2 * YEAR),
      reading('a.example.org', T0 + 1_000, 0),
      reading('b.example.net', T0 + 2_000, 0),
    ]);
    expect(estimateSkew(state, T0 + 5_000, 'www.example.com')).toEqual({
      skewMs: 0,
      samples: 2,
      sources: ['b.example.net', 'a.example.org'],
    });
    expect(estimateSkew(stored([reading('example.com', T0, 0)]), T0, 'example.com')).toBeUndefined();
  });

  it('an http reading never drops or replaces https samples', () => {
    const https = feed(emptySkewState(), [
      reading('a.example', T0, 0, { secure: true }),
      reading('b.example', T0 + 1_000, 0, { secure: true }),
    ]);
    // Someone on the path rewrites the http Date two years ahead (the local clock is right).
    const rewritten = addActiveCheck(https, { host: 'c.example', skewMs: -2 * YEAR, localMs: T0 + 2_000, secure: false });
    expect(rewritten.samples.map((s) => s.host).sort()).toEqual(['a.example', 'b.example', 'c.example']);
    expect(addActiveCheck(https, { host: 'a.example', skewMs: -2 * YEAR, localMs: T0 + 2_000, secure: false })).toBe(https);
    // …and the estimate rests on the https samples while there are any.
    expect(estimateSkew(rewritten, T0 + 3_000)).toMatchObject({ skewMs: 0, sources: ['b.example', 'a.example'] });
  });

  it('an https reading drops older samples that disagree, http ones included', () => {
    const http = feed(emptySkewState(), [reading('a.example', T0, -HOUR), reading('b.example', T0 + 1_000, -HOUR)]);
    const after = addActiveCheck(http, reading('c.example', T0 + 2_000, 0, { secure: true }));
    expect(after.samples.map((s) => s.host)).toEqual(['c.example']);
  });

  it('with only http readings (every https source failed: a clock off by years), they are the evidence', () => {
    const state = feed(emptySkewState(), [reading('a.example', T0, -2 * YEAR), reading('b.example', T0 + 1_000, -2 * YEAR)]);
    expect(verdict(estimateSkew(state, T0 + 2_000 - 2 * YEAR)!)).toBe('behind');
  });
});

describe('what is ignored', () => {
  it('ignores readings from loopback or malformed hosts and implausible times', () => {
    const cases: [what: string, r: SkewReading][] = [
      ['loopback name', reading('localhost', T0, 0)],
      ['loopback subdomain', reading('app.localhost', T0, 0)],
      ['loopback IPv4', reading('127.0.0.1', T0, 0)],
      ['loopback IPv6', reading('[::1]', T0, 0)],
      ['empty host', reading('', T0, 0)],
      ['host with a space', reading('a b.example', T0, 0)],
      ['overlong host', reading(`${'a'.repeat(300)}.example`, T0, 0)],
      ['skew NaN', reading('a.example', T0, Number.NaN)],
      ['server date before the accepted range', { host: 'a.example', skewMs: T0 - Date.UTC(1999, 0, 1), localMs: T0, secure: false }],
      ['server date after the accepted range', { host: 'a.example', skewMs: T0 - Date.UTC(2201, 0, 1), localMs: T0, secure: false }],
      ['local time infinite', { host: 'a.example', skewMs: 0, localMs: Number.POSITIVE_INFINITY, secure: false }],
      ['local time negative', { host: 'a.example', skewMs: 0, localMs: -1, secure: false }],
    ];
    const s0 = emptySkewState();
    const kept = cases.filter(([, r]) => addActiveCheck(s0, r) !== s0).map(([what]) => what);
    expect(kept).toEqual([]);
  });

  it('accepts a local clock reset to 1970 (a dead CMOS battery)', () => {
    const state = addActiveCheck(emptySkewState(), { host: 'a.example', skewMs: 5_000 - T0, localMs: 5_000, secure: false });
    expect(verdict(estimateSkew(state, 6_000)!)).toBe('behind');
  });
});

describe('staleness', () => {
  it('drops samples older than 6 h from the estimate', () => {
    const state = feed(emptySkewState(), [reading('a.example', T0, 0), reading('b.example', T0 + 1_000, 0)]);
    expect(estimateSkew(state, T0 + 5 * HOUR)?.samples).toBe(2);
    expect(estimateSkew(state, T0 + 6 * HOUR + 500)?.samples).toBe(1);
    expect(estimateSkew(state, T0 + 7 * HOUR)).toBeUndefined();
  });

  it('prunes stale samples from the state when a new one arrives', () => {
    let state = feed(emptySkewState(), [reading('a.example', T0, 0), reading('b.example', T0 + 1_000, 0)]);
    state = addActiveCheck(state, reading('c.example', T0 + 7 * HOUR, 0));
    expect(state.samples.map((s) => s.host)).toEqual(['c.example']);
  });

  it('ignores samples stamped in the future (the clock was moved back since)', () => {
    // Clock 1 day ahead; the person fixes it.
    const state = feed(emptySkewState(), [reading('a.example', T0, 24 * HOUR), reading('b.example', T0 + 1_000, 24 * HOUR)]);
    expect(estimateSkew(state, T0 + 2_000)).toBeUndefined();
    const after = addActiveCheck(state, reading('c.example', T0 + 5_000, 0));
    expect(after.samples.map((s) => s.host)).toEqual(['c.example']);
    expect(verdict(estimateSkew(after, T0 + 6_000)!)).toBe('agrees');
  });
});

describe('bounds', () => {
  it('keeps at most maxHosts sites, evicting the oldest, and stays small and serializable', () => {
    let state = emptySkewState();
    for (let i = 0; i < 100; i++) state = addActiveCheck(state, reading(`h${i}.example${i}.org`, T0 + i * 1_000, 0));
    expect(state.samples).toHaveLength(DEFAULT_SKEW_LIMITS.maxHosts);
    expect(state.samples[0]!.host).toBe('h84.example84.org');
    const roundTripped = JSON.parse(JSON.stringify(state)) as unknown;
    expect(roundTripped).toEqual(state);
    expect(SkewStateSchema.safeParse(roundTripped).success).toBe(true);
    expect(JSON.stringify(state).length).toBeLessThan(2_000);
  });

  it('evicts the oldest sample wherever it sits in the list', () => {
    const full = stored(Array.from({ length: 16 }, (_, i) => reading(`h${i}.example`, T0 + (i === 5 ? 0 : 1_000 + i), 0)));
    const next = addActiveCheck(full, reading('new.example', T0 + 2_000, 0));
    expect(next.samples.map((s) => s.host)).not.toContain('h5.example');
    expect(next.samples).toHaveLength(16);
  });

  it('never reports a skew of −0', () => {
    expect(Object.is(estimateSkew(stored([reading('a.example', T0, -0.4)]), T0)?.skewMs, 0)).toBe(true);
  });

  it('honours custom limits, clamped to sane values', () => {
    let state = emptySkewState();
    for (let i = 0; i < 10; i++) state = addActiveCheck(state, reading(`h${i}.example`, T0 + i * MIN, 0), { maxHosts: 3 });
    expect(state.samples.map((s) => s.host)).toEqual(['h7.example', 'h8.example', 'h9.example']);
    let big = emptySkewState();
    for (let i = 0; i < 100; i++) big = addActiveCheck(big, reading(`h.example${i}.org`, T0 + i, 0), { maxHosts: 1e9 });
    expect(big.samples.length).toBeLessThanOrEqual(64);
    expect(addActiveCheck(emptySkewState(), reading('a.example', T0, 0), { maxHosts: Number.NaN }).samples).toHaveLength(1);
  });
});

describe('stored state', () => {
  it('parseSkewState repairs anything malformed (or of the older per-host version) to an empty state', () => {
    const valid = addActiveCheck(emptySkewState(), reading('a.example', T0, 0));
    expect(parseSkewState(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
    expect(parseSkewState(undefined)).toEqual(emptySkewState());
    expect(parseSkewState('garbage')).toEqual(emptySkewState());
    expect(parseSkewState({ version: 1, samples: [{ host: 'a.example', skewMs: 0, localMs: T0 }] })).toEqual(emptySkewState());
    expect(parseSkewState({ version: 2, samples: [{ host: 'a', skewMs: 'x', localMs: 1, secure: false }] })).toEqual(emptySkewState());
    const dup = { version: 2, samples: [valid.samples[0], valid.samples[0]] };
    expect(SkewStateSchema.safeParse(dup).success).toBe(false);
    const tooMany = {
      version: 2,
      samples: Array.from({ length: 65 }, (_, i) => ({ host: `h${i}`, skewMs: 0, localMs: T0, secure: false })),
    };
    expect(SkewStateSchema.safeParse(tooMany).success).toBe(false);
  });
});

describe('active check', () => {
  it('skewFromTimeSource compares the server time with the midpoint of the request', () => {
    // Request took 400 ms; the server stamped its time in the middle; local clock 2 y ahead.
    const server = T0;
    expect(skewFromTimeSource(server, T0 + 2 * YEAR - 200, T0 + 2 * YEAR + 200)).toBe(2 * YEAR);
    expect(skewFromTimeSource(server, T0 - 3 * MIN - 1_000, T0 - 3 * MIN + 1_000)).toBe(-3 * MIN);
    expect(skewFromTimeSource(server, T0, T0)).toBe(0);
    expect(skewFromTimeSource(server, T0 - 1, T0)).toBe(0);
  });

  it('skewFromTimeSource rejects implausible inputs', () => {
    expect(skewFromTimeSource(T0, T0 + 1_000, T0)).toBeUndefined(); // ends before it starts
    expect(skewFromTimeSource(T0, T0, T0 + 61_000)).toBeUndefined(); // round trip too long
    expect(skewFromTimeSource(Number.NaN, T0, T0)).toBeUndefined();
    expect(skewFromTimeSource(Date.UTC(1999, 0, 1), T0, T0)).toBeUndefined();
    expect(skewFromTimeSource(T0, Number.NaN, T0)).toBeUndefined();
  });

  it('addActiveCheck overrides older samples a clock change left behind', () => {
    // The clock ran 1 h behind; the person fixes it and presses Retry within the 6 h window.
    const before = feed(
      emptySkewState(),
      ['a', 'b', 'c', 'd'].map((h, i) => reading(`${h}.example`, T0 + i * 1_000, -HOUR)),
    );
    const fixedAt = T0 + 20 * MIN;
    expect(verdict(estimateSkew(before, fixedAt)!)).toBe('behind'); // stale evidence
    const skew = skewFromTimeSource(fixedAt, fixedAt - 100, fixedAt + 100)!;
    const after = addActiveCheck(before, { host: 'time.example', skewMs: skew, localMs: fixedAt + 100, secure: false });
    expect(after.samples.map((s) => s.host)).toEqual(['time.example']);
    expect(estimateSkew(after, fixedAt + 200)).toEqual({ skewMs: 0, samples: 1, sources: ['time.example'] });
  });

  it('addActiveCheck keeps agreeing samples and replaces its own site', () => {
    const before = feed(emptySkewState(), [reading('a.example', T0, 0), reading('b.example', T0 + 1_000, 0)]);
    const after = addActiveCheck(before, { host: 'a.example', skewMs: 500, localMs: T0 + 2_000, secure: false });
    expect(after.samples.map((s) => s.host).sort()).toEqual(['a.example', 'b.example']);
    expect(after.samples.find((s) => s.host === 'a.example')!.skewMs).toBe(500);
  });
});
