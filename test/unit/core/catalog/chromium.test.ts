// The Chromium build's catalog (src/core/catalog/chromium.ts, chosen in src/platform/catalog.ts)
// answers exactly as the full catalog for every string Chromium reports.
import { describe, expect, it } from 'vitest';
import { CHROMIUM_NET_ERRORS } from '../../../../src/core/catalog/chromium-net-errors';
import { chromiumOffersOverride, classifyChromium } from '../../../../src/core/catalog/chromium';
import { classify } from '../../../../src/core/catalog/classify';
import { browserOffersOverride } from '../../../../src/core/catalog/override';

const names = [...Object.keys(CHROMIUM_NET_ERRORS), 'ERR_SSL_SOMETHING_NEW', 'ERR_CERT_FUTURE', 'ERR_WHATEVER'];
const urls = ['https://site.example/', 'http://site.example/', 'ftp://x', undefined];

describe('classifyChromium', () => {
  it('agrees with classify on every Chromium error name, with or without net::, on every scheme', () => {
    for (const name of names)
      for (const raw of [`net::${name}`, name, ` net::${name.toLowerCase()} `])
        for (const url of urls) expect(classifyChromium(raw, url), `${raw} ${url}`).toEqual(classify(raw, url));
  });
  it('never throws on hostile input', () => {
    for (const junk of ['', ' ', 'x'.repeat(5000), '<b>net::ERR_CERT_DATE_INVALID</b>', 42 as unknown as string]) {
      expect(() => classifyChromium(junk, 'https://a.example/')).not.toThrow();
    }
  });
});

describe('chromiumOffersOverride', () => {
  it('agrees with browserOffersOverride on every Chromium code', () => {
    for (const name of names) for (const code of [`net::${name}`, name]) expect(chromiumOffersOverride(code), code).toBe(browserOffersOverride(code));
  });
});
