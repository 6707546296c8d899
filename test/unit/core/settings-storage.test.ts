// Stored settings: versioned envelope, dated migrations, field-by-field repair, and administrators'
// presets that override and lock fields; the managed-storage schema stays in step with the fields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsFields } from '../../../src/core/settings';
import { applyManaged, MIGRATIONS, readStoredSettings, toStoredSettings } from '../../../src/core/settings-storage';
import baseManifest from '../../../manifest.json' with { type: 'json' };

describe('migrations', () => {
  it('are dated, explained, in order, and end at SETTINGS_VERSION', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(i + 1);
      expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(m.date))).toBe(false);
      expect(m.why.length).toBeGreaterThan(10);
      if (i > 0) expect(m.date >= MIGRATIONS[i - 1]!.date).toBe(true);
    });
    expect(MIGRATIONS.at(-1)!.to).toBe(SETTINGS_VERSION);
  });
});

describe('readStoredSettings', () => {
  it('gives the defaults when nothing is stored, and asks for no write', () => {
    expect(readStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('reads the current envelope as it is', () => {
    const stored = toStoredSettings({ ...DEFAULT_SETTINGS, banner: false, historyLimit: 9 });
    expect(stored.version).toBe(SETTINGS_VERSION);
    const read = readStoredSettings(stored);
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, banner: false, historyLimit: 9 });
    expect(read.migratedFrom).toBeUndefined();
  });

  it('migrates the bare object of version 0 and says so (the caller writes the envelope back)', () => {
    const read = readStoredSettings({ onPageFailure: 'badge', neverIntervene: ['router.local'] });
    expect(read.migratedFrom).toBe(0);
    expect(read.settings.onPageFailure).toBe('badge');
    expect(read.settings.neverIntervene).toEqual(['router.local']);
  });

  it('repairs bad fields one by one and keeps the good ones', () => {
    const read = readStoredSettings({ version: SETTINGS_VERSION, settings: { banner: 'yes', historyLimit: 7, probeUrls: ['http://x'] } });
    expect(read.settings.banner).toBe(DEFAULT_SETTINGS.banner);
    expect(read.settings.probeUrls).toEqual(DEFAULT_SETTINGS.probeUrls);
    expect(read.settings.historyLimit).toBe(7);
    expect(read.repaired.sort()).toEqual(['banner', 'probeUrls']);
  });

  it('survives garbage of any shape', () => {
    for (const junk of [null, 42, 'settings', [], [1, 2], { version: 'x', settings: 3 }, { version: 1, settings: null }]) {
      expect(readStoredSettings(junk).settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it("keeps what it knows from a newer build's envelope (after a downgrade) without migrating", () => {
    const read = readStoredSettings({ version: SETTINGS_VERSION + 5, settings: { banner: false, someFutureField: 1 } });
    expect(read.settings.banner).toBe(false);
    expect(read.migratedFrom).toBeUndefined();
    expect(read.settings).not.toHaveProperty('someFutureField');
  });
});

describe('applyManaged', () => {
  it('overrides and locks every valid managed field, and ignores invalid ones', () => {
    const managed = applyManaged(DEFAULT_SETTINGS, { banner: false, probeUrls: [], historyLimit: -3, unknownPolicy: true });
    expect(managed.settings.banner).toBe(false);
    expect(managed.settings.probeUrls).toEqual([]);
    expect(managed.settings.historyLimit).toBe(DEFAULT_SETTINGS.historyLimit);
    expect(managed.locked.sort()).toEqual(['banner', 'probeUrls']);
    expect(managed.rejected).toEqual(['historyLimit']);
  });

  it('changes nothing without a policy', () => {
    for (const none of [undefined, {}, null, 'x'])
      expect(applyManaged(DEFAULT_SETTINGS, none)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], rejected: [] });
  });
});

describe('public/managed-schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'));
  const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

  it('is what the manifest declares for managed storage', () => {
    expect(baseManifest.storage.managed_schema).toBe('managed-schema.json');
    expect(schema.type).toBe('object');
  });

  it('names every settings field with the type of its default, and nothing else', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(SettingsFields).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      const property = schema.properties[key];
      expect(property.type, key).toBe(typeOf(value));
      if (property.type === 'array') expect(property.items.type, key).toBe('string');
      if (property.enum)
        for (const option of property.enum)
          expect(SettingsFields[key as keyof typeof SettingsFields].safeParse(option).success, `${key}=${option}`).toBe(true);
    }
  });
});
