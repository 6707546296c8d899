import { describe, expect, it } from 'vitest';
import { MAX_HTTP_DATE_LENGTH, MAX_HTTP_DATE_MS, MIN_HTTP_DATE_MS, parseHttpDate } from '../../../../src/core/clock';

const JAN_1_2026 = Date.UTC(2026, 0, 1, 0, 0, 0);
const NOV_28_2026 = Date.UTC(2026, 10, 28, 12, 34, 56);

describe('parseHttpDate: valid forms', () => {
  it('parses each accepted form to the instant it names', () => {
    const cases: [form: string, text: string, expected: number][] = [
      ['IMF-fixdate', 'Thu, 01 Jan 2026 00:00:00 GMT', JAN_1_2026],
      ['IMF-fixdate', 'Sat, 28 Nov 2026 12:34:56 GMT', NOV_28_2026],
      ['IMF-fixdate, leap day', 'Thu, 29 Feb 2024 23:59:59 GMT', Date.UTC(2024, 1, 29, 23, 59, 59)],
      ['IMF-fixdate, first accepted instant', new Date(MIN_HTTP_DATE_MS).toUTCString(), MIN_HTTP_DATE_MS],
      ['IMF-fixdate, last accepted instant', new Date(MAX_HTTP_DATE_MS).toUTCString(), MAX_HTTP_DATE_MS],
      ['RFC 850', 'Thursday, 01-Jan-26 00:00:00 GMT', JAN_1_2026],
      ['RFC 850', 'Saturday, 28-Nov-26 12:34:56 GMT', NOV_28_2026],
      ['asctime, padded day', 'Thu Jan  1 00:00:00 2026', JAN_1_2026],
      ['asctime', 'Sat Nov 28 12:34:56 2026', NOV_28_2026],
    ];
    const mismatches = cases.flatMap(([form, text, expected]) => {
      const got = parseHttpDate(text);
      return got === expected ? [] : [{ form, text, expected, got }];
    });
    expect(mismatches).toEqual([]);
  });

  it('is lenient about case, a one-digit day, UTC for GMT and surrounding whitespace', () => {
    expect(parseHttpDate('thu, 01 jan 2026 00:00:00 gmt')).toBe(JAN_1_2026);
    expect(parseHttpDate('Thu, 1 Jan 2026 00:00:00 GMT')).toBe(JAN_1_2026);
    expect(parseHttpDate('Thu, 01 Jan 2026 00:00:00 UTC')).toBe(JAN_1_2026);
    expect(parseHttpDate('  Thu, 01 Jan 2026 00:00:00 GMT\t')).toBe(JAN_1_2026);
  });

  it('folds a leap second into :59 instead of rolling the date over', () => {
    expect(parseHttpDate('Sat, 31 Dec 2016 23:59:60 GMT')).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
  });

  it('round-trips every Date#toUTCString (IMF-fixdate) across the accepted range', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const lo = MIN_HTTP_DATE_MS;
    const hi = MAX_HTTP_DATE_MS;
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor((lo + random() * (hi - lo)) / 1000) * 1000;
      expect(parseHttpDate(new Date(ms).toUTCString())).toBe(ms);
    }
  });
});

describe('parseHttpDate: garbage', () => {
  it('rejects every malformed or out-of-range date', () => {
    const cases: [what: string, text: string][] = [
      ['empty', ''],
      ['words', 'garbage'],
      ['ISO 8601', '2026-01-01T00:00:00Z'],
      ['numeric offset', 'Thu, 01 Jan 2026 00:00:00 +0000'],
      ['other zone', 'Thu, 01 Jan 2026 00:00:00 PST'],
      ['no zone in IMF form', 'Thu, 01 Jan 2026 00:00:00'],
      ['weekday contradicts date', 'Fri, 01 Jan 2026 00:00:00 GMT'],
      ['unknown weekday', 'Xyz, 01 Jan 2026 00:00:00 GMT'],
      ['unknown month', 'Thu, 01 Foo 2026 00:00:00 GMT'],
      ['Feb 30', 'Mon, 30 Feb 2026 00:00:00 GMT'],
      ['day 0', 'Thu, 00 Jan 2026 00:00:00 GMT'],
      ['day 32', 'Thu, 32 Jan 2026 00:00:00 GMT'],
      ['hour 24', 'Thu, 01 Jan 2026 24:00:00 GMT'],
      ['minute 60', 'Thu, 01 Jan 2026 00:60:00 GMT'],
      ['second 61', 'Thu, 01 Jan 2026 00:00:61 GMT'],
      ['RFC 9110 example, before the accepted range', 'Sun, 06 Nov 1994 08:49:37 GMT'],
      ['just before the accepted range', new Date(MIN_HTTP_DATE_MS - 1000).toUTCString()],
      ['just after the accepted range', new Date(MAX_HTTP_DATE_MS + 1000).toUTCString()],
      ['five-digit year', 'Thu, 01 Jan 12026 00:00:00 GMT'],
      ['RFC 850 with short weekday', 'Thu, 01-Jan-26 00:00:00 GMT'],
      ['asctime with zone', 'Thu Jan  1 00:00:00 2026 GMT'],
      ['trailing junk', 'Thu, 01 Jan 2026 00:00:00 GMT; x'],
      ['two dates', 'Thu, 01 Jan 2026 00:00:00 GMT, Thu, 01 Jan 2026 00:00:00 GMT'],
      ['NUL inside', 'Thu, 01 Jan 2026\u0000 00:00:00 GMT'],
      ['full-width digits', 'Thu, ０1 Jan 2026 00:00:00 GMT'],
    ];
    const mismatches = cases.filter(([, text]) => parseHttpDate(text) !== undefined);
    expect(mismatches).toEqual([]);
  });

  it('rejects non-strings without throwing', () => {
    expect(parseHttpDate(undefined as unknown as string)).toBeUndefined();
    expect(parseHttpDate(12345 as unknown as string)).toBeUndefined();
  });

  it('rejects hostile long strings quickly', () => {
    const hostile = [
      'a'.repeat(1_000_000),
      'Thu, 01 Jan 2026 00:00:00 GMT'.repeat(10_000),
      `Thu, ${'0'.repeat(500_000)}1 Jan 2026 00:00:00 GMT`,
      ' '.repeat(MAX_HTTP_DATE_LENGTH) + 'Thu, 01 Jan 2026 00:00:00 GMT',
    ];
    const start = performance.now();
    for (const s of hostile) expect(parseHttpDate(s)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(50);
  });
});
