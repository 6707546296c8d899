// What the background hands the banner: the contract attributes and message keys only.
import { describe, expect, it } from 'vitest';
import { bannerCard, bannerCardText, pageLoadedSecurely, type BannerCard } from '../../../src/core/banner';
import { text } from '../../../src/core/text';
import { kindTitleKey } from '../../../src/core/catalog/explain';
import { causeTitle, diagnose } from '../../../src/core/diagnose';
import { loadLocale } from '../../../build/locales';

describe('bannerCard', () => {
  const diagnosis = diagnose({
    failure: {
      rawError: 'net::ERR_CERT_DATE_INVALID',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kind: 'cert-date',
      url: 'https://img.example/a.png',
      host: 'img.example',
      frame: 'sub',
      time: 1,
    },
    recentFailures: [],
    environment: { browser: 'chrome', version: '156', os: 'linux' },
  });
  const card = bannerCard('abcdef12-0000', diagnosis, causeTitle(diagnosis.causes[0]!.cause).key, [
    {
      url: 'https://img.example/a.png',
      host: 'img.example',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kindTitleKey: kindTitleKey('cert-date'),
    },
  ]);
  it('carries the diagnosis contract: error code, kind and top cause', () => {
    expect(card).toMatchObject({
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kind: 'cert-date',
      cause: diagnosis.causes[0]!.cause,
      uncertain: diagnosis.uncertain,
    });
  });
  it('names only messages that exist in every locale', () => {
    for (const lang of ['en', 'ja']) {
      const table = loadLocale(lang);
      for (const key of [card.causeTitleKey, card.summary.key, ...card.failures.map((f) => f.kindTitleKey)])
        expect(table[key], `${lang}: ${key}`).toBeDefined();
    }
  });
  it('carries who intercepts only when the diagnosis names it', () => {
    expect(card.product).toBeUndefined();
    const named = diagnose({
      failure: {
        rawError: 'net::ERR_CERT_AUTHORITY_INVALID',
        errorCode: 'net::ERR_CERT_AUTHORITY_INVALID',
        kind: 'cert-untrusted',
        url: 'https://img.example/a.png',
        host: 'img.example',
        frame: 'sub',
        time: 1,
      },
      recentFailures: [],
      interception: { product: 'ESET', issuer: 'CN=ESET SSL Filter CA', host: 'img.example' },
      environment: { browser: 'firefox', version: '153', os: 'windows' },
    });
    expect(bannerCard('abcdef12-0001', named, causeTitle('interception').key, []).product).toBe('ESET');
  });
});

describe('bannerCardText', () => {
  const part = (url: string, errorCode = 'net::ERR_CERT_DATE_INVALID', kind: 'cert-date' | 'cert-untrusted' = 'cert-date') => ({
    url,
    host: new URL(url).hostname,
    errorCode,
    kindTitleKey: kindTitleKey(kind),
  });
  const summary = text('verdict_not_tls', 'a.example');
  const card = (failures: ReturnType<typeof part>[], uncertain = false): BannerCard => ({
    incidentId: 'abcdef12-0002',
    errorCode: 'net::ERR_CERT_DATE_INVALID',
    kind: 'cert-date',
    cause: 'site-certificate',
    causeTitleKey: causeTitle('site-certificate').key,
    uncertain,
    summary,
    failures,
  });

  it('names each host once, in the order they first failed, with one count of the parts', () => {
    const said = bannerCardText(
      card([
        part('https://a.example/1.png'),
        part('https://b.example/x', 'net::ERR_CERT_AUTHORITY_INVALID', 'cert-untrusted'),
        part('https://a.example/2.png'),
        part('https://b.example/y', 'net::ERR_CERT_AUTHORITY_INVALID', 'cert-untrusted'),
      ]),
      3,
    );
    expect(said.partCount).toBe(4);
    expect(said.hosts.map((h) => h.host)).toEqual(['a.example', 'b.example']);
    expect(said.hosts[1]!.problems).toEqual([
      { kindTitleKey: kindTitleKey('cert-untrusted'), errorCode: 'net::ERR_CERT_AUTHORITY_INVALID' },
    ]);
    // Several hosts: the verdict carries no number of its own to disagree with the count.
    expect(said.verdict).toEqual({ key: 'ui_banner_many_sites' });
    expect(said.moreHosts).toBe(0);
  });

  it('takes one host on several ports as one host', () => {
    const said = bannerCardText(
      card([part('https://a.example:8443/1.png'), part('https://a.example/2.png'), part('https://a.example:9443/3')]),
      3,
    );
    expect(said.hosts.map((h) => h.host)).toEqual(['a.example']);
    expect(said.hosts[0]!.problems).toHaveLength(1);
    expect(said.partCount).toBe(3);
    // One host: the diagnosis itself is the verdict.
    expect(said.verdict).toBe(summary);
  });

  it('keeps every distinct problem of one host, each once', () => {
    const said = bannerCardText(
      card([
        part('https://a.example/1.png'),
        part('https://a.example/2', 'net::ERR_CERT_AUTHORITY_INVALID', 'cert-untrusted'),
        part('https://a.example/3.png'),
      ]),
      3,
    );
    expect(said.hosts[0]!.problems.map((p) => p.errorCode)).toEqual(['net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_AUTHORITY_INVALID']);
  });

  it('lists at most the given number of hosts and counts the rest as hosts', () => {
    const failures = Array.from({ length: 7 }, (_, i) => part(`https://h${i}.example/p`));
    const said = bannerCardText(card([...failures, part('https://h0.example/q')]), 3);
    expect(said.hosts.map((h) => h.host)).toEqual(['h0.example', 'h1.example', 'h2.example']);
    expect(said.moreHosts).toBe(4);
    expect(said.partCount).toBe(8);
  });

  it('says the cause is unclear for one host when the evidence cannot tell, naming the host', () => {
    expect(bannerCardText(card([part('https://a.example/1.png')], true), 3).verdict).toEqual({
      key: 'ui_banner_uncertain',
      subs: ['a.example'],
    });
    expect(bannerCardText(card([part('https://a.example/1.png'), part('https://b.example/1.png')], true), 3).verdict.key).toBe(
      'ui_banner_many_sites',
    );
  });
});

describe('pageLoadedSecurely', () => {
  const withParts = (...urls: string[]): BannerCard[] => [
    {
      incidentId: 'abcdef12-0003',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kind: 'cert-date',
      cause: 'site-certificate',
      causeTitleKey: causeTitle('site-certificate').key,
      uncertain: false,
      summary: text('ui_banner_many_sites'),
      failures: urls.map((url) => ({
        url,
        host: new URL(url).hostname,
        errorCode: 'net::ERR_CERT_DATE_INVALID',
        kindTitleKey: kindTitleKey('cert-date'),
      })),
    },
  ];
  it('is true for an https page whose failed parts all came from other servers', () => {
    expect(pageLoadedSecurely('https://shop.example/cart?x=1', withParts('https://img.example/a.png'))).toBe(true);
    // The same name on another port is another server.
    expect(pageLoadedSecurely('https://shop.example/cart', withParts('https://shop.example:8443/a.png'))).toBe(true);
  });
  it('is false for a page over plain http', () => {
    expect(pageLoadedSecurely('http://shop.example/', withParts('https://img.example/a.png'))).toBe(false);
  });
  it('is false when a failed part came from the page’s own server, default port written or not', () => {
    expect(pageLoadedSecurely('https://shop.example/cart', withParts('https://img.example/a.png', 'https://shop.example/a.png'))).toBe(
      false,
    );
    expect(pageLoadedSecurely('https://shop.example/cart', withParts('https://shop.example:443/a.png'))).toBe(false);
  });
  it('is false for an address that is not a web page', () => {
    expect(pageLoadedSecurely('about:blank', [])).toBe(false);
    expect(pageLoadedSecurely('not a url', [])).toBe(false);
  });
});
