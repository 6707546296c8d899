import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { onExtensionRequestError, PROBE_REQUEST, probeOrigin } from '../../../src/background/probe';

/** Every fetch the probe makes, answered by `answer` (an error string makes it fail as a TLS error would). */
function stubFetch(answer: (url: string) => string | 'ok') {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      calls.push({ url, init });
      const a = answer(url);
      if (a === 'ok') return Promise.resolve(new Response(null, { status: 200 }));
      onExtensionRequestError(url, a);
      return Promise.reject(new TypeError('Failed to fetch'));
    }),
  );
  return calls;
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('probeOrigin: the failed URL is never replayed', () => {
  test('a one-time URL: one HEAD of the origin, no cookies, no referrer, no cache, no redirects', async () => {
    const calls = stubFetch(() => 'net::ERR_CERT_DATE_INVALID');
    const outcome = await probeOrigin('https://user:pw@login.example:8443/once?token=s3cret#x');
    expect(outcome).toEqual({ ok: false, error: 'net::ERR_CERT_DATE_INVALID' });
    expect(calls.map((c) => c.url)).toEqual(['https://login.example:8443/']);
    expect(calls[0]!.init).toMatchObject({
      method: 'HEAD',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
    });
    expect(PROBE_REQUEST).toEqual({
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
    });
  });

  test('failures of one origin at once share one request', async () => {
    const calls = stubFetch(() => 'ok');
    const outcomes = await Promise.all(['https://a.example/1.png', 'https://a.example/2.png?x=1', 'https://a.example/'].map(probeOrigin));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(calls.map((c) => c.url)).toEqual(['https://a.example/']);
  });

  test('nothing but https is probed', async () => {
    const calls = stubFetch(() => 'ok');
    for (const url of ['http://a.example/x', 'wss://a.example/', 'javascript:alert(1)', ''])
      expect(await probeOrigin(url)).toEqual({ ok: false, error: '' });
    expect(calls).toEqual([]);
  });
});
