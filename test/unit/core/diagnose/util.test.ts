// The helpers the rules share: the clock line's unit and wording, and registrable-ish site names.
import { describe, expect, it } from 'vitest';
import { clockSkewText, siteKey, sitesWithin } from '../../../../src/core/diagnose/util';
import { DAY, HOUR, MIN, T0, evidence, recent } from './helpers';

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

describe('sitesWithin', () => {
  const any = () => true;
  const onPage = (hosts: readonly string[], page: string) => recent('cert-untrusted', hosts).map((f) => ({ ...f, page }));

  it('counts sites per registrable name, the current failure included', () => {
    const e = evidence('cert-untrusted', { recentFailures: recent('cert-untrusted', ['a.news.example', 'b.news.example', 'shop.test']) });
    expect([...sitesWithin(e, T0, MIN, any)].sort()).toEqual(['broken.example', 'news.example', 'shop.test']);
  });

  it('lets one page vouch for one failing site only, however many broken hosts it loads', () => {
    const e = evidence('cert-untrusted', { recentFailures: onPage(['10.0.0.1', '10.0.0.2', '192.0.2.7', 'cdn.test'], 'evil.example') });
    expect(sitesWithin(e, T0, MIN, any).size).toBe(2);
  });

  it('treats every page of one site as one page', () => {
    const e = evidence('cert-untrusted', {
      recentFailures: [
        ...onPage(['10.0.0.1'], 'a.evil.example'),
        ...onPage(['10.0.0.2'], 'b.evil.example'),
        ...onPage(['10.0.0.3'], 'evil.example'),
      ],
    });
    expect(sitesWithin(e, T0, MIN, any).size).toBe(2);
  });

  it('still finds one site per page when pages share failing hosts (a maximum matching, not first come)', () => {
    const e = evidence('cert-untrusted', {
      recentFailures: [...onPage(['x.test', 'y.test'], 'a.example'), ...onPage(['x.test'], 'b.example')],
    });
    expect([...sitesWithin(e, T0, MIN, any)].sort()).toEqual(['broken.example', 'x.test', 'y.test']);
  });

  it('counts a site seen from several pages once, and a page whose only site is taken adds none', () => {
    const e = evidence('cert-untrusted', {
      recentFailures: [
        ...onPage(['x.test'], 'a.example'),
        ...onPage(['x.test'], 'b.example'),
        ...onPage(['x.test', 'y.test'], 'c.example'),
      ],
    });
    expect([...sitesWithin(e, T0, MIN, any)].sort()).toEqual(['broken.example', 'x.test', 'y.test']);
  });

  it('counts entries without a page as their own page, and a failed page as its own site', () => {
    const e = evidence('cert-untrusted', {
      recentFailures: [...recent('cert-untrusted', ['shop.test']), ...onPage(['news.example'], 'news.example')],
    });
    expect(sitesWithin(e, T0, MIN, any).size).toBe(3);
  });
});
