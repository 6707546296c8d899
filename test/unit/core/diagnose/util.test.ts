// The helpers the rules share: the clock line's unit and wording, and registrable-ish site names.
import { describe, expect, it } from 'vitest';
import { clockSkewText, siteKey } from '../../../../src/core/diagnose/util';
import { DAY, HOUR, MIN } from './helpers';

const THREE = ['a.example', 'b.example', 'c.example'];

describe('clockSkewText units', () => {
  it('uses minutes below 2 hours, hours below 2 days, days beyond', () => {
    expect(clockSkewText(-90 * MIN, THREE)).toEqual({ key: 'ev_clock_behind_minutes', subs: ['90', '3'] });
    expect(clockSkewText(3 * HOUR, THREE)).toEqual({ key: 'ev_clock_ahead_hours', subs: ['3', '3'] });
    expect(clockSkewText(-47 * HOUR, THREE)).toEqual({ key: 'ev_clock_behind_hours', subs: ['47', '3'] });
    expect(clockSkewText(2 * DAY, THREE)).toEqual({ key: 'ev_clock_ahead_days', subs: ['2', '3'] });
    expect(clockSkewText(-3 * HOUR, ['only.example'])).toEqual({
      key: 'ev_clock_behind_hours_host',
      subs: ['3', 'only.example'],
    });
  });
});

describe('siteKey', () => {
  it('compares registrable-ish names without the PSL', () => {
    expect(siteKey('WWW.Example.COM.')).toBe('example.com');
    expect(siteKey('a.b.example.co.uk')).toBe('example.co.uk');
    expect(siteKey('shop.example.jp')).toBe('example.jp');
    expect(siteKey('localhost')).toBe('localhost');
    expect(siteKey('192.168.0.1')).toBe('192.168.0.1');
    expect(siteKey('[::1]')).toBe('::1');
  });

  it('has the misses its comment lists, each in the direction it says', () => {
    const misses = [
      // Private suffixes and unlisted registries: unrelated sites grouped (under-counting).
      [siteKey('alice.github.io') === siteKey('bob.github.io'), true],
      [siteKey('a.kawasaki.jp') === siteKey('b.kawasaki.jp'), true],
      // A name registered directly under a listed label: its subdomains split into sites.
      [siteKey('a.co.de') === siteKey('b.co.de'), false],
      // Addresses whole.
      [siteKey('192.0.2.1') === siteKey('192.0.2.2'), false],
    ];
    expect(misses.filter(([got, expected]) => got !== expected)).toEqual([]);
  });
});
