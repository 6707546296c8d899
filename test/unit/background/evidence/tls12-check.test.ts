import { beforeEach, expect, test, vi } from 'vitest';
import type { Failure, ProbeResult } from '../../../../src/core/evidence';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';

const asked: string[] = [];
let answer: ProbeResult;
vi.mock('../../../../src/background/evidence/other-site-probe', () => ({
  probeSite: (url: string) => {
    asked.push(url);
    return Promise.resolve(answer);
  },
}));

const { tls12CheckFor } = await import('../../../../src/background/evidence/tls12-check');

const failure = (kind: Failure['kind']): Failure => ({
  rawError: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
  errorCode: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
  kind,
  url: 'https://old.example/',
  host: 'old.example',
  frame: 'main',
  time: 0,
});

beforeEach(() => {
  asked.length = 0;
  answer = { host: 'tls-v1-2.badssl.com', ok: true };
});

test('after a version or cipher mismatch it asks the configured endpoint once and reads the outcome', async () => {
  expect(await tls12CheckFor(failure('protocol-mismatch'), DEFAULT_SETTINGS)).toEqual({ outcome: 'spoke', host: 'tls-v1-2.badssl.com' });
  answer = { host: 'tls-v1-2.badssl.com', ok: false, kind: 'protocol-mismatch', errorCode: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH' };
  expect((await tls12CheckFor(failure('protocol-mismatch'), DEFAULT_SETTINGS))?.outcome).toBe('refused');
  expect(asked).toEqual(['https://tls-v1-2.badssl.com:1012/', 'https://tls-v1-2.badssl.com:1012/']);
});

test('nothing is sent for other kinds or with probes off', async () => {
  expect(await tls12CheckFor(failure('cert-date'), DEFAULT_SETTINGS)).toBeUndefined();
  expect(await tls12CheckFor(failure('protocol-mismatch'), { ...DEFAULT_SETTINGS, otherSiteProbe: false })).toBeUndefined();
  expect(asked).toEqual([]);
});
