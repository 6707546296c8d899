import { describe, expect, it } from 'vitest';
import { fastHost, headerValue, parseAge } from '../../../src/core/http-headers';

describe('headerValue', () => {
  const headers = [
    { name: 'Content-Type', value: 'text/html' },
    { name: 'DATE', value: 'Fri, 27 Nov 2026 10:00:00 GMT' },
    { name: 'date', value: 'second' },
  ];
  it('finds the first value case-insensitively', () => {
    expect(headerValue(headers, 'date')).toBe('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(headerValue(headers, 'age')).toBeUndefined();
    expect(headerValue(undefined, 'date')).toBeUndefined();
  });
});

describe('parseAge', () => {
  it('reads delta-seconds, NaN for junk', () => {
    expect(parseAge(undefined)).toBeUndefined();
    expect(parseAge('0')).toBe(0);
    expect(parseAge(' 120 ')).toBe(120);
    expect(parseAge('-1')).toBeNaN();
    expect(parseAge('1.5')).toBeNaN();
    expect(parseAge('')).toBeNaN();
  });
});

describe('fastHost', () => {
  it('agrees with URL.hostname on http(s) URLs', () => {
    for (const url of [
      'https://Example.COM/path?q#f',
      'http://example.com:8080/',
      'https://user:pw@example.com/',
      'https://[2001:db8::1]:8443/x',
      'http://xn--bcher-kva.example/',
      'https://a.b.c.example',
      'https://example.com?x=@evil',
    ]) {
      expect(fastHost(url), url).toBe(new URL(url).hostname);
    }
  });
  it('is empty for other schemes', () => {
    expect(fastHost('ftp://example.com/')).toBe('');
    expect(fastHost('chrome-extension://abc/x')).toBe('');
    expect(fastHost('')).toBe('');
  });
});
