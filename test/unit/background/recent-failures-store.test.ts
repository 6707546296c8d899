// Recent failures across hosts (src/background/recent-failures-store.ts): every failure recorded
// even when they come at once, corrupt records dropped one by one and counted in the log.
import { describe, expect, it, vi } from 'vitest';
import type { Failure } from '../../../src/core/evidence';
import { RECENT_FAILURES_KEY } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';

const fake = fakeStorage();
vi.mock('../../../src/platform/browser', () => ({ browser: fake.browser }));
const { recentFailuresFor, rememberFailure } = await import('../../../src/background/recent-failures-store');

const T0 = 1_700_000_000_000;
const failure = (host: string, time: number): Failure => ({
  rawError: 'net::ERR_CERT_DATE_INVALID',
  errorCode: 'net::ERR_CERT_DATE_INVALID',
  kind: 'cert-date',
  url: `https://${host}/`,
  host,
  frame: 'main',
  time,
});

describe('recent failures store', () => {
  it('records failures arriving together, in order, none lost', async () => {
    await Promise.all(['a.example', 'b.example', 'c.example'].map((h, i) => rememberFailure(failure(h, T0 + i), h)));
    expect((await recentFailuresFor(failure('d.example', T0 + 10))).map((f) => f.host)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('remembers the registrable name of the page each failure was seen on', async () => {
    fake.stored.session[RECENT_FAILURES_KEY] = [];
    await rememberFailure(failure('10.0.0.1', T0), 'www.evil.example');
    expect(await recentFailuresFor(failure('d.example', T0 + 10))).toMatchObject([{ host: '10.0.0.1', page: 'evil.example' }]);
  });

  it('drops corrupt records on their own, and says how many', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.stored.session[RECENT_FAILURES_KEY] = [{ host: 'kept.example', kind: 'cert-date', errorCode: '', time: T0 }, 'junk', { host: 1 }];
    expect((await recentFailuresFor(failure('d.example', T0 + 10))).map((f) => f.host)).toEqual(['kept.example']);
    expect(warn).toHaveBeenCalledWith(`[handshake-doctor] dropped 2 corrupt or excess ${RECENT_FAILURES_KEY} record(s)`);
  });
});
