import { beforeEach, describe, expect, test, vi } from 'vitest';

const sessionSet = vi.fn((_items: Record<string, unknown>) => Promise.resolve());
vi.mock('../../../../src/platform/browser', () => ({ browser: { storage: { session: { set: sessionSet } } } }));

const { issuerOf, probePatterns, readingProbeIssuers, withIssuerListener } =
  await import('../../../../src/background/firefox/probe-issuers');

type Info = NonNullable<Parameters<typeof issuerOf>[0]>;
const MITM_ISSUER = 'CN=BadSSL MITM Software Test,O=BadSSL,L=San Francisco,ST=California,C=US';
const info = (issuer: string, over: Partial<Info> = {}): Info =>
  ({ state: 'secure', certificates: [{ issuer, subject: 'CN=x' }], ...over }) as unknown as Info;

type Listener = (details: { requestId: string; url: string; tabId: number }) => Promise<object> | undefined;

/** A webRequest stand-in: records the listener and answers getSecurityInfo from `answers`. */
function fakeWebRequest(answers: Record<string, Info | Error>) {
  let listener: Listener | undefined;
  const added: unknown[][] = [];
  const api = {
    onHeadersReceived: {
      addListener: vi.fn((l: Listener, ...rest: unknown[]) => {
        listener = l;
        added.push(rest);
      }),
      removeListener: vi.fn((l: Listener) => {
        if (l === listener) listener = undefined;
      }),
    },
    getSecurityInfo: vi.fn((requestId: string) => {
      const a = answers[requestId];
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    }),
  };
  const fire = (details: { requestId: string; url: string; tabId: number }) => listener?.(details);
  return { api: api as unknown as Parameters<typeof withIssuerListener>[2], raw: api, added, fire, live: () => listener !== undefined };
}

beforeEach(() => sessionSet.mockClear());

describe('issuerOf: the server certificate issuer of a secure connection', () => {
  test('secure or weak connections give the first certificate issuer', () => {
    expect(issuerOf(info(MITM_ISSUER))).toBe(MITM_ISSUER);
    expect(issuerOf(info(MITM_ISSUER, { state: 'weak' }))).toBe(MITM_ISSUER);
  });
  test('nothing for insecure or broken connections, no certificate, or no answer', () => {
    expect(issuerOf(info(MITM_ISSUER, { state: 'insecure' }))).toBeUndefined();
    expect(issuerOf(info(MITM_ISSUER, { state: 'broken' }))).toBeUndefined();
    expect(issuerOf(info(MITM_ISSUER, { certificates: [] }))).toBeUndefined();
    expect(issuerOf(info(''))).toBeUndefined();
    expect(issuerOf(undefined)).toBeUndefined();
  });
});

test('probePatterns: one pattern per host, any port, IPv6 in brackets', () => {
  expect(probePatterns(['https://a.example/x', 'https://a.example:8443/', 'https://[2001:db8::1]:443/', 'junk'])).toEqual([
    'https://a.example/*',
    'https://[2001:db8::1]/*',
  ]);
});

describe('withIssuerListener: a listener only while the round runs', () => {
  const urls = ['https://icpt-1.hd.test:8443/', 'https://healthy.hd.test:8443/'];

  test('listens to the probe hosts and the extension’s own requests only, blocking, and stops afterwards', async () => {
    const web = fakeWebRequest({ r1: info(MITM_ISSUER) });
    let liveDuringRound = false;
    const result = await withIssuerListener(
      urls,
      () => {
        liveDuringRound = web.live();
        return Promise.resolve('done');
      },
      web.api,
    );
    expect(result).toBe('done');
    expect(liveDuringRound).toBe(true);
    expect(web.live()).toBe(false);
    expect(web.added).toEqual([[{ urls: ['https://icpt-1.hd.test/*', 'https://healthy.hd.test/*'], tabId: -1 }, ['blocking']]]);
  });

  test('a probe whose certificate names interception software is remembered before the round resolves', async () => {
    const web = fakeWebRequest({ r1: info(MITM_ISSUER), r2: info('CN=Handshake Doctor Test Root CA') });
    await withIssuerListener(
      urls,
      async () => {
        expect(await web.fire({ requestId: 'r1', url: 'https://icpt-1.hd.test:8443/', tabId: -1 })).toEqual({});
        expect(await web.fire({ requestId: 'r2', url: 'https://healthy.hd.test:8443/', tabId: -1 })).toEqual({});
      },
      web.api,
    );
    expect(sessionSet).toHaveBeenCalledTimes(1);
    const stored = sessionSet.mock.calls[0]![0]['firefox:interception'] as { match: { host: string; product: string; issuer: string } };
    expect(stored.match).toMatchObject({ host: 'icpt-1.hd.test', issuer: MITM_ISSUER, product: expect.stringContaining('BadSSL') });
  });

  test('requests of tabs and of other hosts pass untouched', async () => {
    const web = fakeWebRequest({ r1: info(MITM_ISSUER) });
    await withIssuerListener(
      urls,
      async () => {
        expect(web.fire({ requestId: 'r1', url: 'https://icpt-1.hd.test:8443/', tabId: 3 })).toBeUndefined();
        expect(web.fire({ requestId: 'r1', url: 'https://other.hd.test/', tabId: -1 })).toBeUndefined();
      },
      web.api,
    );
    expect(web.raw.getSecurityInfo).not.toHaveBeenCalled();
    expect(sessionSet).not.toHaveBeenCalled();
  });

  test('a failing getSecurityInfo lets the response through and stores nothing', async () => {
    const web = fakeWebRequest({ r1: new Error('gone') });
    await withIssuerListener(
      urls,
      async () => {
        expect(await web.fire({ requestId: 'r1', url: 'https://icpt-1.hd.test:8443/', tabId: -1 })).toEqual({});
      },
      web.api,
    );
    expect(sessionSet).not.toHaveBeenCalled();
  });

  test('a round that throws still removes the listener', async () => {
    const web = fakeWebRequest({});
    await expect(withIssuerListener(urls, () => Promise.reject(new Error('boom')), web.api)).rejects.toThrow('boom');
    expect(web.live()).toBe(false);
  });

  test('a filter Firefox refuses: the round runs without issuers', async () => {
    const web = fakeWebRequest({});
    web.raw.onHeadersReceived.addListener.mockImplementationOnce(() => {
      throw new Error('Invalid url pattern');
    });
    await expect(withIssuerListener(urls, () => Promise.resolve(7), web.api)).resolves.toBe(7);
    expect(web.raw.onHeadersReceived.removeListener).not.toHaveBeenCalled();
  });
});

test('readingProbeIssuers: just the round in the Chromium build', async () => {
  await expect(readingProbeIssuers(['https://a.example/'], () => Promise.resolve('r'))).resolves.toBe('r');
});
