// The settings in force (src/platform/effective-settings.ts), as background and options page load
// them: the person's own, migrated (and stored again) and repaired field by field, with valid
// managed values applied and locked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/core/settings';

const local: Record<string, unknown> = {};
let managed: unknown = {};
const browser = {
  storage: {
    local: {
      get: vi.fn(async (key: string) => (key in local ? { [key]: local[key] } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(local, items)),
    },
    managed: { get: vi.fn(async () => managed) },
    onChanged: { addListener: vi.fn() },
  },
};
vi.mock('../../../src/platform/browser', () => ({ browser }));

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
beforeEach(() => {
  vi.resetModules();
  for (const key of Object.keys(local)) delete local[key];
  managed = {};
  warn.mockClear();
});
const load = async () => (await import('../../../src/platform/effective-settings')).loadEffectiveSettings();

describe('loadEffectiveSettings', () => {
  it('gives the defaults, unlocked, when nothing is stored', async () => {
    await expect(load()).resolves.toEqual({ own: DEFAULT_SETTINGS, effective: DEFAULT_SETTINGS, locked: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  it('repairs each bad field on its own, keeps the rest, and says which', async () => {
    local.settings = { version: SETTINGS_VERSION, settings: { banner: 'yes', historyLimit: 7 } };
    const { own } = await load();
    expect(own).toEqual({ ...DEFAULT_SETTINGS, historyLimit: 7 });
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] settings repaired to defaults: banner');
  });

  it('stores an older envelope again, migrated; junk is dropped for the defaults and said so', async () => {
    local.settings = { banner: false };
    await load();
    expect(local.settings).toEqual({ version: SETTINGS_VERSION, settings: { ...DEFAULT_SETTINGS, banner: false } });
    local.settings = 'garbage';
    await expect(load()).resolves.toMatchObject({ own: DEFAULT_SETTINGS });
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] dropped corrupt settings (not an object): defaults in force');
  });

  it('applies and locks valid managed values over the own ones, and ignores invalid ones (logged)', async () => {
    local.settings = { version: SETTINGS_VERSION, settings: { banner: false } };
    managed = { onPageFailure: 'badge', historyLimit: -1 };
    const loaded = await load();
    expect(loaded.own).toEqual({ ...DEFAULT_SETTINGS, banner: false });
    expect(loaded.effective).toEqual({ ...DEFAULT_SETTINGS, banner: false, onPageFailure: 'badge' });
    expect(loaded.locked).toEqual(['onPageFailure']);
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] managed settings ignored (invalid): historyLimit');
  });
});
