import { afterEach, expect, test, vi } from 'vitest';
import type { Incident } from '../../../src/core/incident';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));
const { verifyFix } = await import('../../../src/background/verify-fix');

afterEach(() => vi.unstubAllGlobals());

test('"Did this fix it?" on a one-time URL asks the origin only, with a HEAD', async () => {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(new Response(null, { status: 200 }));
    }),
  );
  const incident = {
    evidence: { failure: { url: 'https://login.example:8443/once?token=s3cret', errorCode: 'net::ERR_CERT_DATE_INVALID', rawError: '' } },
  } as unknown as Incident;
  expect(await verifyFix(incident)).toMatchObject({ outcome: 'fixed', before: 'net::ERR_CERT_DATE_INVALID' });
  expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['HEAD https://login.example:8443/']);
});
