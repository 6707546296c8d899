// The captive-portal check from the background (src/background/evidence/captive-portal.ts): what
// it sends, how it reads a redirect it does not follow, and how often it asks.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Failure } from '../../../../src/core/evidence';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import { fakeStorage } from '../../../fixtures/fake-storage';

type Headers = { name: string; value?: string }[];
type HeadersListener = (d: { tabId: number; url: string; responseHeaders?: Headers }) => void;
const fake = fakeStorage();
let headersListener: HeadersListener | undefined;
const browser = {
  ...fake.browser,
  webRequest: {
    onHeadersReceived: {
      addListener: (l: HeadersListener) => (headersListener = l),
      removeListener: () => (headersListener = undefined),
    },
  },
};
vi.mock('../../../../src/platform/browser', () => ({ browser }));
const { portalCheckFor, portalRound } = await import('../../../../src/background/evidence/captive-portal');
const { recheckAllowed } = await import('../../../../src/core/captive-portal');

const CHECK = DEFAULT_SETTINGS.portalCheckUrl;
const failure = { kind: 'cert-untrusted', host: 'shop.example' } as Failure;

/** The network's answer to the check: a response, optionally with a redirect's headers webRequest sees. */
function network(answer: () => Response, headers?: Headers) {
  const fetch = vi.fn(async (url: string) => {
    if (headers) headersListener?.({ tabId: -1, url, responseHeaders: headers });
    return answer();
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const opaqueRedirect = () => ({ type: 'opaqueredirect', status: 0, body: null }) as unknown as Response;

beforeEach(() => {
  fake.stored.session = {};
  vi.useRealTimers();
});

describe('the captive-portal check', () => {
  it('sends nothing of the person’s and follows no redirect', async () => {
    const fetch = network(() => new Response(null, { status: 204 }));
    await expect(portalCheckFor(failure, DEFAULT_SETTINGS)).resolves.toEqual({ state: 'online' });
    expect(fetch).toHaveBeenCalledWith(
      CHECK,
      expect.objectContaining({ method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer' }),
    );
  });

  it('reads the portal’s redirect target from webRequest, keeping only http(s)', async () => {
    network(opaqueRedirect, [{ name: 'Location', value: 'http://portal.example/login' }]);
    await expect(portalCheckFor(failure, DEFAULT_SETTINGS)).resolves.toEqual({ state: 'portal', signIn: 'http://portal.example/login' });
    fake.stored.session = {};
    network(opaqueRedirect, [{ name: 'location', value: 'javascript:alert(1)' }]);
    await expect(portalCheckFor(failure, DEFAULT_SETTINGS)).resolves.toEqual({ state: 'portal', signIn: CHECK });
  });

  it('calls a 403 no portal, and a network error unknown', async () => {
    network(() => new Response('Forbidden', { status: 403 }));
    await expect(portalCheckFor(failure, DEFAULT_SETTINGS)).resolves.toEqual({ state: 'not-portal' });
    fake.stored.session = {};
    network(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(portalCheckFor(failure, DEFAULT_SETTINGS)).resolves.toEqual({ state: 'unknown' });
  });

  it('asks nothing with the probes off, or for failures a portal does not cause', async () => {
    const fetch = network(() => new Response(null, { status: 204 }));
    await expect(portalCheckFor(failure, { ...DEFAULT_SETTINGS, otherSiteProbe: false })).resolves.toBeUndefined();
    await expect(portalCheckFor({ ...failure, kind: 'client-cert' }, DEFAULT_SETTINGS)).resolves.toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks at most once a minute: later failures reuse the answer', async () => {
    const fetch = network(opaqueRedirect, [{ name: 'location', value: 'http://portal.example/' }]);
    await portalCheckFor(failure, DEFAULT_SETTINGS);
    await expect(portalCheckFor(failure, DEFAULT_SETTINGS)).resolves.toMatchObject({ state: 'portal' });
    expect(fetch).toHaveBeenCalledTimes(1);
    // Within the minute a re-check is refused too, and answers the last result.
    await expect(portalRound(DEFAULT_SETTINGS, recheckAllowed)).resolves.toMatchObject({ state: 'portal' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('re-checks a portal after a minute, and keeps when it was first seen', async () => {
    const now = Date.now();
    fake.stored.session['evidence-rounds'] = { portal: { at: now - 61_000, portalSince: now - 61_000, result: { state: 'portal' } } };
    network(() => new Response(null, { status: 204 }));
    await expect(portalRound(DEFAULT_SETTINGS, recheckAllowed)).resolves.toEqual({ state: 'online' });
    expect(fake.stored.session['evidence-rounds']).toMatchObject({ portal: { result: { state: 'online' } } });
    expect((fake.stored.session['evidence-rounds'] as { portal: { portalSince?: number } }).portal.portalSince).toBeUndefined();
  });
});
