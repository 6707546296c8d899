import { afterEach, expect, test, vi } from 'vitest';
import type { Evidence } from '../../../../src/core/evidence';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';

vi.mock('../../../../src/platform/browser', () => ({ browser: {} }));
const stored: { evidence?: Partial<Evidence> } = {};
vi.mock('../../../../src/background/evidence/update-evidence', () => ({
  updateIncidentEvidence: (_id: string, update: (e: Evidence) => Evidence) => {
    stored.evidence = update({} as Evidence);
    return Promise.resolve(true);
  },
}));
const { onExtensionRequestError } = await import('../../../../src/background/probe');
const { reprobeFailedUrl } = await import('../../../../src/background/evidence/reprobe');

/** Answers each probe with the next error, recording the URLs asked. */
function stubFetch(errors: string[]): string[] {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      urls.push(url);
      onExtensionRequestError(url, errors.shift() ?? 'net::ERR_CONNECTION_RESET');
      return Promise.reject(new TypeError('Failed to fetch'));
    }),
  );
  return urls;
}
afterEach(() => vi.unstubAllGlobals());

const ONCE = 'https://login.example/once?token=s3cret';

test('a named error: one probe of the origin', async () => {
  const urls = stubFetch(['net::ERR_CERT_DATE_INVALID']);
  await reprobeFailedUrl('i1', ONCE, DEFAULT_SETTINGS);
  expect(urls).toEqual(['https://login.example/']);
  expect(stored.evidence?.reprobe).toMatchObject({ status: 'failed', kind: 'cert-date' });
});

test('a bare broken connection: one more attempt, on the origin, and no more', async () => {
  const urls = stubFetch(['net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_RESET']);
  await reprobeFailedUrl('i2', ONCE, DEFAULT_SETTINGS);
  expect(urls).toEqual(['https://login.example/', 'https://login.example/']);
  expect(stored.evidence?.reprobe).toMatchObject({ status: 'failed', kind: 'handshake-interrupted' });
});

test('a bare broken connection named on the second attempt takes the name', async () => {
  stubFetch(['net::ERR_SOCKET_NOT_CONNECTED', 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT']);
  await reprobeFailedUrl('i3', ONCE, DEFAULT_SETTINGS);
  expect(stored.evidence?.reprobe).toMatchObject({ status: 'failed', kind: 'client-cert' });
});

test('not allowed (an unprobed sub-resource, a page over its cap): skipped without a request', async () => {
  const urls = stubFetch([]);
  await reprobeFailedUrl('i4', ONCE, DEFAULT_SETTINGS, false);
  expect(urls).toEqual([]);
  expect(stored.evidence?.reprobe).toEqual({ status: 'skipped' });
  await reprobeFailedUrl('i5', ONCE, { ...DEFAULT_SETTINGS, reprobe: false });
  expect(stored.evidence?.reprobe).toEqual({ status: 'disabled' });
  expect(urls).toEqual([]);
});
