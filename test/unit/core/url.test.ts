import { describe, expect, it, test } from 'vitest';
import { httpsOriginOf, isWebUrl } from '../../../src/core/url';

describe('httpsOriginOf: what the probes ask for', () => {
  test('path, query and fragment are dropped', () => {
    expect(httpsOriginOf('https://bank.example/login/once?token=s3cret&next=%2F#top')).toBe('https://bank.example/');
  });
  test('a non-default port is kept, the default one dropped', () => {
    expect(httpsOriginOf('https://expired.hd.test:8443/a.png')).toBe('https://expired.hd.test:8443/');
    expect(httpsOriginOf('https://a.example:443/x')).toBe('https://a.example/');
  });
  test('user info is stripped', () => {
    expect(httpsOriginOf('https://alice:pa55@a.example:8443/private')).toBe('https://a.example:8443/');
    expect(httpsOriginOf('https://token@a.example/')).toBe('https://a.example/');
  });
  test('IPv6 and IPv4 literals keep their brackets and ports', () => {
    expect(httpsOriginOf('https://[2001:db8::1]:8443/once?t=1')).toBe('https://[2001:db8::1]:8443/');
    expect(httpsOriginOf('https://[::1]/x')).toBe('https://[::1]/');
    expect(httpsOriginOf('https://127.0.0.1:9443/x?y')).toBe('https://127.0.0.1:9443/');
  });
  test('an IDN host is given in its ASCII (punycode) form, upper case folded', () => {
    expect(httpsOriginOf('https://Bücher.Example/kaufen?id=1')).toBe('https://xn--bcher-kva.example/');
    expect(httpsOriginOf('https://例え.テスト:444/')).toBe('https://xn--r8jz45g.xn--zckzah:444/');
  });
  test('anything but an https URL gives nothing to probe', () => {
    for (const url of [
      'http://a.example/',
      'wss://a.example/',
      'ftp://a.example/',
      'data:text/plain,x',
      'file:///etc/passwd',
      'not a url',
      '',
    ])
      expect(httpsOriginOf(url)).toBe('');
  });
});

describe('isWebUrl', () => {
  it('accepts http and https addresses', () => {
    for (const url of ['https://expired.hd.test/login', 'http://192.168.1.1/', 'HTTPS://EXAMPLE.COM'])
      expect(isWebUrl(url), url).toBe(true);
  });

  it('refuses script, data, browser and extension pages, and what does not parse', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'chrome://settings/',
      'chrome-extension://abc/page.html',
      'about:blank',
      'file:///etc/passwd',
      'https://',
      '',
      ' javascript:alert(1)',
    ])
      expect(isWebUrl(url), url).toBe(false);
  });
});
