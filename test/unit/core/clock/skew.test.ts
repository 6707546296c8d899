import { describe, expect, it } from 'vitest';
import { ClockSkewSchema } from '../../../../src/core/evidence';
import {
  DEFAULT_SKEW_LIMITS,
  MAX_HTTP_DATE_MS,
  MIN_HTTP_DATE_MS,
  SKEW_AGREES_MS,
  SkewStateSchema,
  addActiveCheck,
  addSample,
  emptySkewState,
  estimateSkew,
  parseSkewState,
  skewFromTimeSource,
  wantsSample,
  type DateSample,
  type SkewState,
} from '../../../../src/core/clock';

const MIN = 60_000;
const HOUR = 60 * MIN;
const YEAR = 365 * 24 * HOUR;
/** True time at the start of each scenario. */
const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);

/** A response from `host` at true time `trueMs`, seen by a local clock off by `skewMs`. */
function sample(host: string, trueMs: number, skewMs: number, extra: Partial<DateSample> = {}): DateSample {
  // Date has 1 s resolution: truncate like a server would.
  return { host, serverDateMs: Math.floor(trueMs / 1000) * 1000, localMs: trueMs + skewMs, fromCache: false, ...extra };
}

/** How far off an estimate says the clock is, read against the agreement window. */
function verdict(skew: { skewMs: number }): 'agrees' | 'ahead' | 'behind' {
  if (Math.abs(skew.skewMs) < SKEW_AGREES_MS) return 'agrees';
  return skew.skewMs > 0 ? 'ahead' : 'behind';
}

function feed(state: SkewState, samples: DateSample[]): SkewState {
  return samples.reduce((s, x) => addSample(s, x), state);
}

describe('estimateSkew over several hosts', () => {
  it.each([
    ['two years behind', -2 * YEAR, 'behind'],
    ['two years ahead', 2 * YEAR, 'ahead'],
    ['correct', 0, 'agrees'],
  ] as const)('%s', (_name, skew, expected) => {
    const hosts = ['a.example', 'b.example.org', 'c.example.net', 'd.example.jp', 'e.example.de'];
    // Different network delays (0.1–3 s) and arrival times a few seconds apart.
    const state = feed(
      emptySkewState(),
      hosts.map((h, i) => sample(h, T0 + i * 5_000 + [100, 800, 3_000, 250, 1_500][i]!, skew)),
    );
    const now = T0 + 60_000 + skew;
    const est = estimateSkew(state, now);
    expect(est).toBeDefined();
    expect(Math.abs(est!.skewMs - skew)).toBeLessThan(SKEW_AGREES_MS);
    expect(Math.abs(est!.skewMs - skew)).toBeLessThan(4_000);
    expect(est!.samples).toBe(5);
    expect([...est!.sources].sort()).toEqual([...hosts].sort());
    expect(est!.sources[0]).toBe('e.example.de'); // most recent first
    expect(verdict(est!)).toBe(expected);
    expect(ClockSkewSchema.safeParse(est).success).toBe(true);
  });

  it('outvotes one outlier host (a server with a wrong clock)', () => {
    const skew = -2 * YEAR;
    const state = feed(emptySkewState(), [
      sample('a.example', T0, skew),
      sample('b.example', T0 + 1_000, skew),
      sample('broken-clock.example', T0 + 2_000, skew + 3 * HOUR),
      sample('c.example', T0 + 3_000, skew),
      sample('d.example', T0 + 4_000, skew),
    ]);
    const est = estimateSkew(state, T0 + 10_000 + skew)!;
    expect(Math.abs(est.skewMs - skew)).toBeLessThan(2_000);
    expect(est.samples).toBe(4);
    expect(est.sources).not.toContain('broken-clock.example');
  });

  it('outvotes a far-off outlier when the clock is right', () => {
    const state = feed(emptySkewState(), [
      sample('a.example', T0, 0),
      sample('stuck-in-2000.example', T0 + 1_000, 0, { serverDateMs: Date.UTC(2000, 0, 1) }),
      sample('b.example', T0 + 2_000, 0),
      sample('c.example', T0 + 3_000, 0),
    ]);
    const est = estimateSkew(state, T0 + 5_000)!;
    expect(verdict(est)).toBe('agrees');
    expect(est.samples).toBe(3);
  });

  it('on an even split, believes the group with the most recent sample instead of averaging', () => {
    // Two hosts saw a correct clock, then the clock jumped 1 h ahead and two more hosts saw that.
    const state = feed(emptySkewState(), [
      sample('a.example', T0, 0),
      sample('b.example', T0 + 1_000, 0),
      sample('c.example', T0 + 2_000, HOUR),
      sample('d.example', T0 + 3_000, HOUR),
    ]);
    const est = estimateSkew(state, T0 + HOUR + 10_000)!;
    // A plain median would say +30 min, which no host observed.
    expect(est.samples).toBe(2);
    expect(Math.abs(est.skewMs - HOUR)).toBeLessThan(2_000);
    expect(est.sources).toEqual(['d.example', 'c.example']);
  });

  it('a single sample is enough to return an estimate (callers weigh `samples`)', () => {
    const state = addSample(emptySkewState(), sample('only.example', T0, -5 * MIN));
    expect(estimateSkew(state, T0)).toEqual({ skewMs: -5 * MIN, samples: 1, sources: ['only.example'] });
  });

  it('returns undefined with no samples', () => {
    expect(estimateSkew(emptySkewState(), T0)).toBeUndefined();
    expect(estimateSkew(emptySkewState(), Number.NaN)).toBeUndefined();
  });
});

describe('addSample: what is ignored', () => {
  it('ignores cached responses and responses with Age > 0 (or an unparsable Age)', () => {
    const s0 = emptySkewState();
    expect(addSample(s0, sample('a.example', T0, 0, { fromCache: true }))).toBe(s0);
    expect(addSample(s0, sample('a.example', T0, 0, { ageSeconds: 5 }))).toBe(s0);
    expect(addSample(s0, sample('a.example', T0, 0, { ageSeconds: Number.NaN }))).toBe(s0);
    expect(addSample(s0, sample('a.example', T0, 0, { ageSeconds: 0 }))).not.toBe(s0);
  });

  it('cached samples never shift the estimate', () => {
    let state = feed(emptySkewState(), [sample('a.example', T0, 0), sample('b.example', T0 + 1_000, 0)]);
    // A cache full of old responses with 3-day-old Date headers.
    for (let i = 0; i < 20; i++) {
      state = addSample(state, {
        host: `cdn${i}.example`,
        serverDateMs: T0 - 3 * 24 * HOUR,
        localMs: T0 + 2_000 + i,
        fromCache: true,
      });
      state = addSample(state, {
        host: `proxy${i}.example`,
        serverDateMs: T0 - 3 * 24 * HOUR,
        localMs: T0 + 2_000 + i,
        fromCache: false,
        ageSeconds: 3 * 24 * 3600,
      });
    }
    const est = estimateSkew(state, T0 + 5_000)!;
    expect(est.samples).toBe(2);
    expect(verdict(est)).toBe('agrees');
  });

  it('ignores samples from loopback or malformed hosts and implausible times', () => {
    const cases: [what: string, s: DateSample][] = [
      ['loopback name', sample('localhost', T0, 0)],
      ['loopback subdomain', sample('app.localhost', T0, 0)],
      ['loopback IPv4', sample('127.0.0.1', T0, 0)],
      ['loopback IPv6', sample('[::1]', T0, 0)],
      ['empty host', sample('', T0, 0)],
      ['host with a space', sample('a b.example', T0, 0)],
      ['overlong host', sample(`${'a'.repeat(300)}.example`, T0, 0)],
      ['server date NaN', sample('a.example', T0, 0, { serverDateMs: Number.NaN })],
      ['server date before the accepted range', sample('a.example', T0, 0, { serverDateMs: MIN_HTTP_DATE_MS - 1 })],
      ['server date after the accepted range', sample('a.example', T0, 0, { serverDateMs: MAX_HTTP_DATE_MS + 1 })],
      ['local time infinite', sample('a.example', T0, 0, { localMs: Number.POSITIVE_INFINITY })],
      ['local time negative', sample('a.example', T0, 0, { localMs: -1 })],
    ];
    const s0 = emptySkewState();
    const kept = cases.filter(([, s]) => addSample(s0, s) !== s0).map(([what]) => what);
    expect(kept).toEqual([]);
  });

  it('accepts a local clock reset to 1970 (a dead CMOS battery)', () => {
    const state = addSample(emptySkewState(), { host: 'a.example', serverDateMs: T0, localMs: 5_000, fromCache: false });
    expect(verdict(estimateSkew(state, 6_000)!)).toBe('behind');
  });

  it('normalizes hosts (case, trailing dot) so one host keeps one sample', () => {
    let state = addSample(emptySkewState(), sample('WWW.Example.COM.', T0, 0));
    state = addSample(state, sample('www.example.com', T0 + 11 * MIN, 0));
    expect(state.samples.map((s) => s.host)).toEqual(['www.example.com']);
  });
});

describe('staleness', () => {
  it('drops samples older than 6 h from the estimate', () => {
    const state = feed(emptySkewState(), [sample('a.example', T0, 0), sample('b.example', T0 + 1_000, 0)]);
    expect(estimateSkew(state, T0 + 5 * HOUR)?.samples).toBe(2);
    expect(estimateSkew(state, T0 + 6 * HOUR + 500)?.samples).toBe(1);
    expect(estimateSkew(state, T0 + 7 * HOUR)).toBeUndefined();
  });

  it('prunes stale samples from the state when a new one arrives', () => {
    let state = feed(emptySkewState(), [sample('a.example', T0, 0), sample('b.example', T0 + 1_000, 0)]);
    state = addSample(state, sample('c.example', T0 + 7 * HOUR, 0));
    expect(state.samples.map((s) => s.host)).toEqual(['c.example']);
  });

  it('ignores samples stamped in the future (the clock was moved back since)', () => {
    // Clock 1 day ahead; the person fixes it.
    const state = feed(emptySkewState(), [sample('a.example', T0, 24 * HOUR), sample('b.example', T0 + 1_000, 24 * HOUR)]);
    expect(estimateSkew(state, T0 + 2_000)).toBeUndefined();
    const after = addSample(state, sample('c.example', T0 + 5_000, 0));
    expect(after.samples.map((s) => s.host)).toEqual(['c.example']);
    expect(verdict(estimateSkew(after, T0 + 6_000)!)).toBe('agrees');
  });
});

describe('admission and bounds', () => {
  it('samples a host at most once per 10 minutes', () => {
    const s1 = addSample(emptySkewState(), sample('a.example', T0, 0));
    expect(wantsSample(s1, 'a.example', T0 + 9 * MIN)).toBe(false);
    expect(addSample(s1, sample('a.example', T0 + 9 * MIN, 0))).toBe(s1);
    expect(wantsSample(s1, 'a.example', T0 + 10 * MIN)).toBe(true);
    const s2 = addSample(s1, sample('a.example', T0 + 10 * MIN, 5 * MIN));
    expect(s2).not.toBe(s1);
    expect(s2.samples).toHaveLength(1);
    expect(s2.samples[0]!.skewMs).toBe(5 * MIN);
  });

  it('turns new hosts away while every slot is fresh, then evicts the oldest', () => {
    let state = emptySkewState();
    for (let i = 0; i < 16; i++) state = addSample(state, sample(`h${i}.example`, T0 + i * 1_000, 0));
    expect(state.samples).toHaveLength(16);
    expect(wantsSample(state, 'new.example', T0 + 5 * MIN)).toBe(false);
    expect(addSample(state, sample('new.example', T0 + 5 * MIN, 0))).toBe(state);
    expect(wantsSample(state, 'new.example', T0 + 10 * MIN + 500)).toBe(true);
    const next = addSample(state, sample('new.example', T0 + 10 * MIN + 500, 0));
    expect(next.samples).toHaveLength(16);
    expect(next.samples.map((s) => s.host)).not.toContain('h0.example');
    expect(next.samples.map((s) => s.host)).toContain('new.example');
  });

  it('wantsSample is false for hosts addSample would ignore', () => {
    const s0 = emptySkewState();
    expect(wantsSample(s0, 'localhost', T0)).toBe(false);
    expect(wantsSample(s0, '', T0)).toBe(false);
    expect(wantsSample(s0, 'a.example', Number.NaN)).toBe(false);
    expect(wantsSample(s0, 'a.example', T0)).toBe(true);
  });

  it('stays bounded and serializable after 10,000 samples, with few state changes', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let state = emptySkewState();
    let changes = 0;
    let t = T0;
    for (let i = 0; i < 10_000; i++) {
      t += Math.floor(random() * 2_000); // ~1 response per second over ~2.8 h
      const host = `host${Math.floor(random() * 300)}.example`;
      const next = addSample(state, sample(host, t, -2 * YEAR + Math.floor(random() * 3_000)));
      if (next !== state) changes++;
      state = next;
      expect(state.samples.length).toBeLessThanOrEqual(DEFAULT_SKEW_LIMITS.maxHosts);
    }
    const hosts = state.samples.map((s) => s.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    // At most 16 writes per 10 min (plus the initial fill).
    const minutes = (t - T0) / MIN;
    expect(changes).toBeLessThanOrEqual(16 * (Math.ceil(minutes / 10) + 1));
    const roundTripped = JSON.parse(JSON.stringify(state)) as unknown;
    expect(roundTripped).toEqual(state);
    expect(SkewStateSchema.safeParse(roundTripped).success).toBe(true);
    expect(JSON.stringify(state).length).toBeLessThan(2_000);
    const est = estimateSkew(state, t - 2 * YEAR)!;
    expect(Math.abs(est.skewMs + 2 * YEAR)).toBeLessThan(4_000);
  });

  it('10,000 samples from one host keep one sample', () => {
    let state = emptySkewState();
    for (let i = 0; i < 10_000; i++) state = addSample(state, sample('one.example', T0 + i * 1_000, 0));
    expect(state.samples).toHaveLength(1);
  });

  it('honours custom limits, clamped to sane values', () => {
    let state = emptySkewState();
    for (let i = 0; i < 10; i++) state = addSample(state, sample(`h${i}.example`, T0 + i * MIN, 0), { maxHosts: 3, minIntervalMs: 0 });
    expect(state.samples.map((s) => s.host)).toEqual(['h7.example', 'h8.example', 'h9.example']);
    let big = emptySkewState();
    for (let i = 0; i < 100; i++) big = addSample(big, sample(`h${i}.example`, T0 + i, 0), { maxHosts: 1e9 });
    expect(big.samples.length).toBeLessThanOrEqual(64);
    expect(addSample(emptySkewState(), sample('a.example', T0, 0), { maxHosts: Number.NaN }).samples).toHaveLength(1);
  });
});

describe('stored state', () => {
  it('parseSkewState repairs anything malformed to an empty state', () => {
    const valid = addSample(emptySkewState(), sample('a.example', T0, 0));
    expect(parseSkewState(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
    expect(parseSkewState(undefined)).toEqual(emptySkewState());
    expect(parseSkewState('garbage')).toEqual(emptySkewState());
    expect(parseSkewState({ version: 2, samples: [] })).toEqual(emptySkewState());
    expect(parseSkewState({ version: 1, samples: [{ host: 'a', skewMs: 'x', localMs: 1 }] })).toEqual(emptySkewState());
    const dup = { version: 1, samples: [valid.samples[0], valid.samples[0]] };
    expect(SkewStateSchema.safeParse(dup).success).toBe(false);
    const tooMany = { version: 1, samples: Array.from({ length: 65 }, (_, i) => ({ host: `h${i}`, skewMs: 0, localMs: T0 })) };
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
      ['a', 'b', 'c', 'd'].map((h, i) => sample(`${h}.example`, T0 + i * 1_000, -HOUR)),
    );
    const fixedAt = T0 + 20 * MIN;
    expect(verdict(estimateSkew(before, fixedAt)!)).toBe('behind'); // stale evidence
    const skew = skewFromTimeSource(fixedAt, fixedAt - 100, fixedAt + 100)!;
    const after = addActiveCheck(before, 'time.example', skew, fixedAt + 100);
    expect(after.samples.map((s) => s.host)).toEqual(['time.example']);
    expect(estimateSkew(after, fixedAt + 200)).toEqual({ skewMs: 0, samples: 1, sources: ['time.example'] });
  });

  it('addActiveCheck keeps agreeing samples, bypasses the per-host interval and ignores junk', () => {
    const before = feed(emptySkewState(), [sample('a.example', T0, 0), sample('b.example', T0 + 1_000, 0)]);
    const after = addActiveCheck(before, 'a.example', 500, T0 + 2_000);
    expect(after.samples.map((s) => s.host).sort()).toEqual(['a.example', 'b.example']);
    expect(after.samples.find((s) => s.host === 'a.example')!.skewMs).toBe(500);
    expect(addActiveCheck(before, 'localhost', 0, T0)).toBe(before);
    expect(addActiveCheck(before, 'a.example', Number.NaN, T0)).toBe(before);
  });
});
