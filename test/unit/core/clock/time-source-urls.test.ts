import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import { httpFallback, MAX_TIME_SOURCES, needsActiveCheck, timeSourceUrls } from '../../../../src/core/clock/time-source-urls';

const base = { timeSources: [] as string[], probeUrls: DEFAULT_SETTINGS.probeUrls, otherSiteProbe: true };

describe('timeSourceUrls', () => {
  it('defaults to the probe hosts over https, never the failing site', () => {
    const urls = timeSourceUrls(base, 'https://shop.example:8443/cart?id=1#x');
    expect(urls).toEqual(DEFAULT_SETTINGS.probeUrls.map((u) => `https://${new URL(u).hostname}/`).slice(0, MAX_TIME_SOURCES));
    expect(urls.some((u) => u.includes('shop.example'))).toBe(false);
  });

  it('asks nobody while the other-site probe is off (the failing site is never a time source)', () => {
    expect(timeSourceUrls({ ...base, otherSiteProbe: false }, 'https://shop.example/')).toEqual([]);
  });

  it('never asks the failing site, by any of its names, even when configured', () => {
    const timeSources = ['http://shop.example/', 'http://time.shop.example/', 'http://other.example/'];
    expect(timeSourceUrls({ ...base, timeSources }, 'https://www.shop.example/')).toEqual(['http://other.example/']);
  });

  it('uses the configured list as given when there is one (http or https, ports kept)', () => {
    const timeSources = ['http://time.example:8080/now', 'https://clock.example/'];
    expect(timeSourceUrls({ ...base, timeSources }, 'https://shop.example/')).toEqual(timeSources);
  });

  it('keeps one URL per site and at most MAX_TIME_SOURCES', () => {
    const timeSources = [
      'http://a.example/1',
      'http://A.example/2',
      'http://time.a.example/',
      'http://b.example/',
      'http://c.example/',
      'http://d.example/',
      'http://e.example/',
    ];
    const urls = timeSourceUrls({ ...base, timeSources }, 'https://shop.example/');
    expect(urls).toEqual(['http://a.example/1', 'http://b.example/', 'http://c.example/', 'http://d.example/']);
    expect(urls).toHaveLength(MAX_TIME_SOURCES);
  });

  it('skips loopback hosts (they share this clock) and anything that is not http(s)', () => {
    const timeSources = [
      'http://localhost:8000/',
      'http://127.0.0.1/',
      'http://[::1]/',
      'ftp://time.example/',
      'not a url',
      'http://ok.example/',
    ];
    expect(timeSourceUrls({ ...base, timeSources }, 'https://shop.example/')).toEqual(['http://ok.example/']);
    expect(timeSourceUrls({ ...base, probeUrls: ['https://127.0.0.1:8443/'] }, 'about:blank')).toEqual([]);
  });

  it('does not ask the failing site when it is also a probe host', () => {
    expect(timeSourceUrls({ ...base, probeUrls: ['https://shop.example/ping', 'https://b.example/'] }, 'https://shop.example/')).toEqual([
      'https://b.example/',
    ]);
  });

  it('skips probe entries that are not http(s) URLs', () => {
    expect(
      timeSourceUrls({ ...base, probeUrls: ['not a url', 'ftp://x.example/', 'https://ok.example/'] }, 'https://shop.example/'),
    ).toEqual(['https://ok.example/']);
    expect(httpFallback('https://')).toBeUndefined();
  });

  it('keeps IPv6 literals in brackets', () => {
    expect(timeSourceUrls({ ...base, probeUrls: ['https://[2001:db8::1]:8443/x'] }, 'https://shop.example/')).toEqual([
      'https://[2001:db8::1]/',
    ]);
  });
});

describe('httpFallback', () => {
  it('gives the plain-http root of an https source, nothing for an http one', () => {
    expect(httpFallback('https://www.example.org/')).toBe('http://www.example.org/');
    expect(httpFallback('HTTPS://[2001:db8::1]:8443/x')).toBe('http://[2001:db8::1]/');
    expect(httpFallback('http://time.example/')).toBeUndefined();
  });
});

describe('needsActiveCheck', () => {
  it('is true without an estimate or with fewer than two source sites', () => {
    expect(needsActiveCheck(undefined)).toBe(true);
    expect(needsActiveCheck({ skewMs: 0, samples: 1, sources: ['a.example'] })).toBe(true);
    expect(needsActiveCheck({ skewMs: 0, samples: 2, sources: ['a.example', 'a.example'] })).toBe(true);
    expect(needsActiveCheck({ skewMs: 0, samples: 2, sources: ['a.example', 'www.a.example'] })).toBe(true);
  });
  it('is false with two or more hosts, whatever they say', () => {
    expect(needsActiveCheck({ skewMs: 0, samples: 2, sources: ['a.example', 'b.example'] })).toBe(false);
    expect(needsActiveCheck({ skewMs: -63e9, samples: 3, sources: ['a.example', 'b.example', 'c.example'] })).toBe(false);
  });
});
