import { describe, expect, test } from 'vitest';
import { alternativeUrl, otherHostForm } from '../../../src/core/alternative-host';
import { httpsOriginOf } from '../../../src/core/url';

describe('otherHostForm', () => {
  test('adds www. to a bare name and removes it from a www name', () => {
    expect(otherHostForm('https://example.com/')).toBe('www.example.com');
    expect(otherHostForm('https://www.example.com/a?b#c')).toBe('example.com');
    expect(otherHostForm('https://alt.hd.test:8443/x')).toBe('www.alt.hd.test');
    expect(otherHostForm('https://www.alt.hd.test:8443/x')).toBe('alt.hd.test');
    expect(otherHostForm('https://example.co.uk/')).toBe('www.example.co.uk');
    expect(otherHostForm('https://www.example.co.uk/')).toBe('example.co.uk');
  });
  test('deeper names pair too, and only one www. is removed', () => {
    expect(otherHostForm('https://shop.example.com/')).toBe('www.shop.example.com');
    expect(otherHostForm('https://www.www.example.com/')).toBe('www.example.com');
  });
  test('user info and ports play no part', () => {
    expect(otherHostForm('https://alice:pa55@example.com:8443/')).toBe('www.example.com');
    expect(otherHostForm('https://www.example.com@evil.example/')).toBe('www.evil.example');
  });
  test('upper case is folded and an IDN name is given in punycode', () => {
    expect(otherHostForm('https://WWW.Example.COM/')).toBe('example.com');
    expect(otherHostForm('https://Bücher.Example/kaufen')).toBe('www.xn--bcher-kva.example');
    expect(otherHostForm('https://www.例え.テスト/')).toBe('xn--r8jz45g.xn--zckzah');
  });
  test('a trailing dot stays where it was', () => {
    expect(otherHostForm('https://example.com./')).toBe('www.example.com.');
    expect(otherHostForm('https://www.example.com./')).toBe('example.com.');
  });
  test('no other form for IP literals, single labels, registries or www alone', () => {
    for (const url of [
      'https://127.0.0.1/',
      'https://127.0.0.1:8443/',
      'https://0x7f.1/',
      'https://192.168.1.1./',
      'https://[::1]/',
      'https://[2001:db8::1]:8443/',
      'https://localhost/',
      'https://intranet/',
      'https://www/',
      'https://www./',
      'https://www.com/',
      'https://www.co.uk/',
      'https://co.uk/',
      'https://com/',
      'https://www.localhost/',
    ])
      expect(otherHostForm(url), url).toBeNull();
  });
  test('nothing but https, and nothing for what does not parse', () => {
    for (const url of ['http://example.com/', 'wss://example.com/', 'ftp://example.com/', 'data:text/plain,x', '', 'not a url', 'https://'])
      expect(otherHostForm(url), url).toBeNull();
  });
  test('a very long URL is read for its host alone', () => {
    const long = `https://example.com/${'a'.repeat(70_000)}?q=${'b'.repeat(10_000)}`;
    expect(otherHostForm(long)).toBe('www.example.com');
  });
});

describe('alternativeUrl', () => {
  test('changes the host only: port, path, query and fragment are kept', () => {
    expect(alternativeUrl('https://example.com/a/b?c=1&d=%2F#top', 'www.example.com')).toBe('https://www.example.com/a/b?c=1&d=%2F#top');
    expect(alternativeUrl('https://alt.hd.test:8443/deep/path?x=1', 'www.alt.hd.test')).toBe('https://www.alt.hd.test:8443/deep/path?x=1');
    expect(alternativeUrl('https://www.example.com.:444/', 'example.com.')).toBe('https://example.com.:444/');
  });
  test('user info is dropped', () => {
    expect(alternativeUrl('https://alice:pa55@example.com/x', 'www.example.com')).toBe('https://www.example.com/x');
  });
  test('its origin is what the probe asks: no path, no query', () => {
    const failed = 'https://example.com:8443/once?token=s3cret';
    expect(httpsOriginOf(alternativeUrl(failed, otherHostForm(failed)!))).toBe('https://www.example.com:8443/');
  });
  test('an IDN name in punycode is kept as given', () => {
    expect(alternativeUrl('https://Bücher.Example/kaufen?id=1', 'www.xn--bcher-kva.example')).toBe(
      'https://www.xn--bcher-kva.example/kaufen?id=1',
    );
  });
  test('a very long URL keeps all of its path and query', () => {
    const tail = `/${'a'.repeat(65_000)}?q=${'b'.repeat(1000)}`;
    expect(alternativeUrl(`https://example.com${tail}`, 'www.example.com')).toBe(`https://www.example.com${tail}`);
  });
  test('nothing for a host the URL cannot take as it is, or a URL that does not parse', () => {
    expect(alternativeUrl('https://example.com/x', 'evil.example:99')).toBe('');
    expect(alternativeUrl('https://example.com/x', 'evil.example/path')).toBe('');
    expect(alternativeUrl('https://example.com/x', 'WWW.Example.com')).toBe('');
    expect(alternativeUrl('https://example.com/x', '')).toBe('');
    expect(alternativeUrl('not a url', 'www.example.com')).toBe('');
  });
});
