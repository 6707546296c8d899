// The settings in force (src/platform/effective-settings.ts), as background and options page load
// them: the person's own, migrated (and stored again) and repaired field by field, with valid
// managed values applied and locked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/core/settings';
import { HISTORY_KEY, SETTINGS_KEY } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';

const fake = fakeStorage();
const { browser } = fake;
vi.mock('../../../src/platform/browser', () => ({ browser }));

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
beforeEach(() => {
  vi.resetModules();
  fake.stored.local = {};
  browser.storage.managed.get.mockResolvedValue({});
  warn.mockClear();
});
const load = async () => (await import('../../../src/platform/effective-settings')).loadEffectiveSettings();

describe('loadEffectiveSettings', () => {
  it('gives the defaults, unlocked, when nothing is stored', async () => {
    await expect(load()).resolves.toEqual({ own: DEFAULT_SETTINGS, effective: DEFAULT_SETTINGS, locked: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  it('repairs each bad field on its own, keeps the rest, and says which', async () => {
    fake.stored.local[SETTINGS_KEY] = { version: SETTINGS_VERSION, settings: { banner: 'yes', historyLimit: 7 } };
    const { own } = await load();
    expect(own).toEqual({ ...DEFAULT_SETTINGS, historyLimit: 7 });
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] settings repaired to defaults: banner');
  });

  it('stores an older envelope again, migrated; junk is dropped for the defaults and said so', async () => {
    fake.stored.local[SETTINGS_KEY] = { banner: false };
    await load();
    expect(fake.stored.local[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, settings: { ...DEFAULT_SETTINGS, banner: false } });
    fake.stored.local[SETTINGS_KEY] = 'garbage';
    await expect(load()).resolves.toMatchObject({ own: DEFAULT_SETTINGS });
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] dropped corrupt settings (not an object): defaults in force');
  });

  it('applies and locks valid managed values over the own ones, and ignores invalid ones (logged)', async () => {
    fake.stored.local[SETTINGS_KEY] = { version: SETTINGS_VERSION, settings: { banner: false } };
    browser.storage.managed.get.mockResolvedValue({ onPageFailure: 'badge', historyLimit: -1 });
    const loaded = await load();
    expect(loaded.own).toEqual({ ...DEFAULT_SETTINGS, banner: false });
    expect(loaded.effective).toEqual({ ...DEFAULT_SETTINGS, banner: false, onPageFailure: 'badge' });
    expect(loaded.locked).toEqual(['onPageFailure']);
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] managed settings ignored (invalid): historyLimit');
  });

  it('saves the own settings as a versioned envelope', async () => {
    const { ownSettings } = await import('../../../src/platform/effective-settings');
    await ownSettings.set({ ...DEFAULT_SETTINGS, banner: false });
    expect(fake.stored.local[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, settings: { ...DEFAULT_SETTINGS, banner: false } });
  });
});

describe('changesSettings', () => {
  it('is true for the stored settings and any policy change, false for anything else', async () => {
    const { changesSettings } = await import('../../../src/platform/effective-settings');
    expect(changesSettings({ [SETTINGS_KEY]: {} }, 'local')).toBe(true);
    expect(changesSettings({}, 'managed')).toBe(true);
    expect(changesSettings({ [HISTORY_KEY]: [] }, 'local')).toBe(false);
    expect(changesSettings({ [SETTINGS_KEY]: {} }, 'session')).toBe(false);
  });
});
