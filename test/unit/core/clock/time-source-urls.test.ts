import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import { MAX_TIME_SOURCES, needsActiveCheck, timeSourceUrls } from '../../../../src/core/clock/time-source-urls';

const base = { timeSources: [] as string[], probeUrls: DEFAULT_SETTINGS.probeUrls, otherSiteProbe: true };

describe('timeSourceUrls', () => {
  it('defaults to the failing site over plain http, then the probe hosts over plain http', () => {
    expect(timeSourceUrls(base, 'https://shop.example:8443/cart?id=1#x')).toEqual([
      'http://shop.example/',
      'http://www.wikipedia.org/',
      'http://www.mozilla.org/',
      'http://www.gstatic.com/',
    ]);
  });

  it('leaves the probe hosts out while the other-site probe is off', () => {
    expect(timeSourceUrls({ ...base, otherSiteProbe: false }, 'https://shop.example/')).toEqual(['http://shop.example/']);
  });

  it('uses the configured list as given when there is one (http or https, ports kept)', () => {
    const timeSources = ['http://time.example:8080/now', 'https://clock.example/'];
    expect(timeSourceUrls({ ...base, timeSources }, 'https://shop.example/')).toEqual(timeSources);
  });

  it('keeps one URL per host and at most MAX_TIME_SOURCES', () => {
    const timeSources = [
      'http://a.example/1',
      'http://A.example/2',
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
    expect(timeSourceUrls({ ...base, otherSiteProbe: false }, 'https://127.0.0.1:8443/')).toEqual([]);
    expect(timeSourceUrls({ ...base, otherSiteProbe: false }, 'about:blank')).toEqual([]);
  });

  it('does not ask the failing host twice when it is also a probe host', () => {
    expect(timeSourceUrls({ ...base, probeUrls: ['https://shop.example/ping'] }, 'https://shop.example/')).toEqual([
      'http://shop.example/',
    ]);
  });

  it('keeps IPv6 literals in brackets', () => {
    expect(timeSourceUrls({ ...base, otherSiteProbe: false }, 'https://[2001:db8::1]/')).toEqual(['http://[2001:db8::1]/']);
  });
});

describe('needsActiveCheck', () => {
  it('is true without an estimate or with fewer than two source hosts', () => {
    expect(needsActiveCheck(undefined)).toBe(true);
    expect(needsActiveCheck({ skewMs: 0, samples: 1, sources: ['a.example'] })).toBe(true);
    expect(needsActiveCheck({ skewMs: 0, samples: 2, sources: ['a.example', 'a.example'] })).toBe(true);
  });
  it('is false with two or more hosts, whatever they say', () => {
    expect(needsActiveCheck({ skewMs: 0, samples: 2, sources: ['a.example', 'b.example'] })).toBe(false);
    expect(needsActiveCheck({ skewMs: -63e9, samples: 3, sources: ['a.example', 'b.example', 'c.example'] })).toBe(false);
  });
});
