// The clock check in the background (src/background/evidence/clock.ts): it runs only for a date
// failure, never asks the failing site, prefers https with a plain-http fallback, and keeps its
// readings in storage.session for later failures.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SkewReading } from '../../../../src/core/clock';
import type { Failure } from '../../../../src/core/evidence';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../../src/core/settings';
import { CLOCK_SKEW_KEY, SETTINGS_KEY } from '../../../../src/core/storage-keys';
import { fakeStorage } from '../../../fixtures/fake-storage';

const fake = fakeStorage();
vi.mock('../../../../src/platform/browser', () => ({ browser: fake.browser }));
const answers = new Map<string, Omit<SkewReading, 'localMs'>>();
const readTimeSource = vi.fn(async (url: string): Promise<SkewReading | undefined> => {
  const a = answers.get(url);
  return a && { ...a, localMs: Date.now() };
});
vi.mock('../../../../src/background/evidence/read-time-source', () => ({ readTimeSource }));
const { clockEvidenceFor } = await import('../../../../src/background/evidence/clock');
const { registerEvidenceListeners } = await import('../../../../src/background/evidence/listeners');
const { onSettingsChange } = await import('../../../../src/background/evidence/settings-cache');

const YEARS2 = 730 * 86_400_000;
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  probeUrls: ['https://a.example/ping', 'https://www.shop.example/', 'https://b.example/'],
};
const failure = (kind: Failure['kind']): Failure => ({
  rawError: 'net::ERR_CERT_DATE_INVALID',
  errorCode: 'net::ERR_CERT_DATE_INVALID',
  kind,
  url: 'https://shop.example/cart',
  host: 'shop.example',
  frame: 'main',
  time: Date.now(),
});

beforeEach(() => {
  readTimeSource.mockClear();
});

describe('clockEvidenceFor', () => {
  it('measures nothing for a failure that is not about dates', async () => {
    await expect(clockEvidenceFor(failure('cert-untrusted'), settings)).resolves.toBeUndefined();
    expect(readTimeSource).not.toHaveBeenCalled();
  });

  it('after a date failure reads the probe hosts over https, then http where https fails, never the failing site', async () => {
    // The clock is two years behind: https fails everywhere, the http answers carry the time.
    answers.set('http://a.example/', { host: 'a.example', skewMs: -YEARS2, secure: false });
    answers.set('http://b.example/', { host: 'b.example', skewMs: -YEARS2 + 500, secure: false });
    answers.set('http://www.shop.example/', { host: 'www.shop.example', skewMs: 0, secure: false });
    const clock = await clockEvidenceFor(failure('cert-date'), settings);
    const asked = readTimeSource.mock.calls.map(([url]) => url);
    expect(asked.sort()).toEqual(['http://a.example/', 'http://b.example/', 'https://a.example/', 'https://b.example/']);
    expect(clock?.sources.sort()).toEqual(['a.example', 'b.example']);
    expect(Math.abs((clock?.skewMs ?? 0) + YEARS2)).toBeLessThan(1_000);
    expect((fake.stored.session[CLOCK_SKEW_KEY] as { samples: unknown[] } | undefined)?.samples).toHaveLength(2);
  });

  it('reuses the readings for the next date failure instead of asking again', async () => {
    const clock = await clockEvidenceFor(failure('cert-date'), settings);
    expect(readTimeSource).not.toHaveBeenCalled();
    expect(clock?.sources).toHaveLength(2);
  });

  it('says nothing with the clock check off', async () => {
    await expect(clockEvidenceFor(failure('cert-date'), { ...settings, clockCheck: false })).resolves.toBeUndefined();
  });
});

describe('registerEvidenceListeners', () => {
  it('forgets the readings when the clock check is switched off', async () => {
    registerEvidenceListeners();
    const seen: boolean[] = [];
    onSettingsChange((next) => seen.push(next.clockCheck));
    const write = (s: Partial<Settings>) => fake.browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, settings: s } });
    await write({ clockCheck: true });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(true));
    expect(fake.stored.session[CLOCK_SKEW_KEY]).toBeDefined();
    await write({ clockCheck: false });
    await vi.waitFor(() => expect(fake.stored.session[CLOCK_SKEW_KEY]).toBeUndefined());
  });
});
