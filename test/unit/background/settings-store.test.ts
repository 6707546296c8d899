// The background's settings (src/background/settings-store.ts): the effective ones, managed
// values applied over the person's own.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/core/settings';
import { SETTINGS_KEY } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';

const fake = fakeStorage();
vi.mock('../../../src/platform/browser', () => ({ browser: fake.browser }));
const { loadSettings } = await import('../../../src/background/settings-store');

describe('loadSettings', () => {
  it('gives the settings in force', async () => {
    fake.stored.local[SETTINGS_KEY] = { version: SETTINGS_VERSION, settings: { banner: false, historyLimit: 9 } };
    fake.browser.storage.managed.get.mockResolvedValue({ historyLimit: 3 });
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, banner: false, historyLimit: 3 });
  });
});
