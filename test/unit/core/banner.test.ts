// What the background hands the banner: the contract attributes and message keys only.
import { describe, expect, it } from 'vitest';
import { bannerCard } from '../../../src/core/banner';
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
