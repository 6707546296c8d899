import { beforeEach, expect, test, vi } from 'vitest';
import type { Failure } from '../../../../src/core/evidence';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import type { ProbeOutcome } from '../../../../src/background/probe';

let asked: string[] = [];
let outcome: ProbeOutcome = { ok: true };

vi.mock('../../../../src/background/probe', () => ({
  probeOrigin: (url: string) => {
    asked.push(url);
    return Promise.resolve(outcome);
  },
}));

const { alternativeHostFor } = await import('../../../../src/background/evidence/alternative-host');

const failure = (url: string, kind: Failure['kind'] = 'cert-name'): Failure => ({
  rawError: 'net::ERR_CERT_COMMON_NAME_INVALID',
  errorCode: 'net::ERR_CERT_COMMON_NAME_INVALID',
  kind,
  url,
  host: new URL(url).hostname,
  frame: 'main',
  time: 0,
});

beforeEach(() => {
  asked = [];
  outcome = { ok: true };
});

test('a name mismatch: the other form is asked (its origin is all probe.ts sends) and its answer kept', async () => {
  expect(await alternativeHostFor(failure('https://alt.hd.test:8443/deep/once?token=1'), DEFAULT_SETTINGS)).toEqual({
    host: 'www.alt.hd.test',
    answered: true,
  });
  expect(asked.map((u) => new URL(u).origin)).toEqual(['https://www.alt.hd.test:8443']);
  outcome = { ok: false, error: 'net::ERR_CERT_COMMON_NAME_INVALID' };
  expect(await alternativeHostFor(failure('https://www.noalt.hd.test/'), DEFAULT_SETTINGS)).toEqual({
    host: 'noalt.hd.test',
    answered: false,
  });
  outcome = { ok: false, error: 'timeout' };
  expect(await alternativeHostFor(failure('https://example.com/'), DEFAULT_SETTINGS)).toEqual({ host: 'www.example.com', answered: false });
});

test('nothing is asked with the re-probe off, for other kinds, or for names without another form', async () => {
  expect(await alternativeHostFor(failure('https://alt.hd.test/'), { ...DEFAULT_SETTINGS, reprobe: false })).toBeUndefined();
  expect(await alternativeHostFor(failure('https://alt.hd.test/', 'cert-date'), DEFAULT_SETTINGS)).toBeUndefined();
  expect(await alternativeHostFor(failure('https://127.0.0.1/'), DEFAULT_SETTINGS)).toBeUndefined();
  expect(await alternativeHostFor(failure('https://intranet/'), DEFAULT_SETTINGS)).toBeUndefined();
  expect(asked).toEqual([]);
});
