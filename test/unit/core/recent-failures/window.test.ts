import { describe, expect, it } from 'vitest';
import type { RecentFailure } from '../../../../src/core/evidence';
import {
  DEFAULT_RECENT_FAILURE_LIMITS,
  parseRecentFailures,
  pruneRecentFailures,
  recordFailure,
} from '../../../../src/core/recent-failures';

const MIN = 60_000;
const { maxEntries, windowMs } = DEFAULT_RECENT_FAILURE_LIMITS;
const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);

const f = (
  host: string,
  time: number,
  errorCode = 'net::ERR_CERT_DATE_INVALID',
  kind: RecentFailure['kind'] = 'cert-date',
): RecentFailure => ({
  host,
  kind,
  errorCode,
  time,
});

const record = (failures: RecentFailure[], now: (x: RecentFailure) => number = (x) => x.time) =>
  failures.reduce<RecentFailure[]>((list, x) => recordFailure(list, x, now(x)), []);

describe('recordFailure: bounds', () => {
  it('keeps at most maxEntries entries, the newest', () => {
    const list = record(Array.from({ length: 120 }, (_, i) => f(`h${i}.example`, T0 + i * 1_000)));
    expect(list).toHaveLength(maxEntries);
    expect(list[0]!.host).toBe(`h${120 - maxEntries}.example`);
    expect(list[maxEntries - 1]!.host).toBe('h119.example');
  });

  it('forgets entries older than the window', () => {
    let list = record([f('old.example', T0), f('mid.example', T0 + 10 * MIN)]);
    list = recordFailure(list, f('new.example', T0 + windowMs + 1), T0 + windowMs + 1);
    expect(list.map((x) => x.host)).toEqual(['mid.example', 'new.example']);
    expect(pruneRecentFailures(list, T0 + 10 * MIN + windowMs + 1).map((x) => x.host)).toEqual(['new.example']);
  });

  it('drops entries stamped in the future (the clock was moved back)', () => {
    const list = record([f('a.example', T0 + 24 * 60 * MIN)]);
    expect(recordFailure(list, f('b.example', T0), T0).map((x) => x.host)).toEqual(['b.example']);
  });

  it('ignores a failure already outside the window, or invalid', () => {
    expect(recordFailure([], f('a.example', T0 - windowMs - 1), T0)).toEqual([]);
    expect(recordFailure([], f('a.example', Number.NaN), T0)).toEqual([]);
    expect(recordFailure([], f('x'.repeat(2_000), T0), T0)).toEqual([]);
    expect(recordFailure([], f('', T0), T0)).toEqual([]);
    expect(recordFailure([], { ...f('a.example', T0), kind: 'nope' as RecentFailure['kind'] }, T0)).toEqual([]);
    expect(recordFailure([], f('a.example', T0), Number.NaN)).toEqual([]);
  });

  it('stays bounded under a flood and stays sorted when events arrive out of order', () => {
    let list: RecentFailure[] = [];
    for (let i = 0; i < 10_000; i++) {
      const t = T0 + i * 500 - (i % 3) * 700;
      list = recordFailure(list, f(`h${i % 97}.example`, t, `code${i % 5}`), T0 + i * 500);
      expect(list.length).toBeLessThanOrEqual(maxEntries);
    }
    for (let i = 1; i < list.length; i++) expect(list[i]!.time).toBeGreaterThanOrEqual(list[i - 1]!.time);
    expect(parseRecentFailures(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });

  it('honours custom limits, clamped', () => {
    const list = Array.from({ length: 10 }, (_, i) => f(`h${i}.example`, T0 + i)).reduce<RecentFailure[]>(
      (l, x) => recordFailure(l, x, x.time, { maxEntries: 3 }),
      [],
    );
    expect(list.map((x) => x.host)).toEqual(['h7.example', 'h8.example', 'h9.example']);
    const one = recordFailure([f('a.example', T0)], f('b.example', T0 + 1), T0 + 1, { maxEntries: 0 });
    expect(one.map((x) => x.host)).toEqual(['b.example']);
  });
});

describe('recordFailure: dedupe', () => {
  it('the same host and code within 10 s is one failure (webRequest, then webNavigation ~3 s later)', () => {
    const list = record([f('a.example', T0), f('a.example', T0 + 3_000), f('a.example', T0 + 9_999)]);
    expect(list).toEqual([f('a.example', T0)]);
  });

  it('returns the same list when nothing changed, so callers can skip the write', () => {
    const list = record([f('a.example', T0)]);
    expect(recordFailure(list, f('a.example', T0 + 2_000), T0 + 2_000)).toBe(list);
  });

  it('counts again after 10 s, for another code, or for another host', () => {
    const list = record([
      f('a.example', T0),
      f('a.example', T0 + 10_000),
      f('a.example', T0 + 10_500, 'net::ERR_CERT_AUTHORITY_INVALID', 'cert-untrusted'),
      f('b.example', T0 + 11_000),
    ]);
    expect(list).toHaveLength(4);
  });

  it('compares hosts case-insensitively, and kinds when the code is unknown', () => {
    const list = record([
      f('A.Example', T0),
      f('a.example', T0 + 1_000),
      f('c.example', T0 + 2_000, '', 'handshake-interrupted'),
      f('c.example', T0 + 3_000, '', 'handshake-interrupted'),
      f('c.example', T0 + 4_000, '', 'protocol-error'),
    ]);
    expect(list.map((x) => `${x.host} ${x.kind}`)).toEqual([
      'a.example cert-date',
      'c.example handshake-interrupted',
      'c.example protocol-error',
    ]);
  });

  it('dedupes an out-of-order repeat that arrives first', () => {
    const list = record([f('a.example', T0 + 3_000), f('a.example', T0)], () => T0 + 3_000);
    expect(list).toHaveLength(1);
  });
});

describe('parseRecentFailures', () => {
  it('drops each bad entry on its own and keeps the valid ones, sorted', () => {
    const stored: unknown = [
      f('b.example', T0 + 1),
      { host: 'x' },
      null,
      'junk',
      f('A.example', T0),
      { ...f('c.example', T0), time: 'soon' },
    ];
    expect(parseRecentFailures(stored)).toEqual([f('a.example', T0), f('b.example', T0 + 1)]);
    expect(parseRecentFailures(undefined)).toEqual([]);
    expect(parseRecentFailures({ 0: f('a.example', T0) })).toEqual([]);
  });

  it('round-trips through JSON', () => {
    const list = record([f('a.example', T0), f('b.example', T0 + 1_000)]);
    expect(parseRecentFailures(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });
});
