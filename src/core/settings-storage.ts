// Settings as stored in storage.local: a `{ version, settings }` envelope. Reading migrates an
// older envelope step by step (each migration dated, with its reason), then repairs field by
// field (settings.ts). Administrators' presets (storage.managed) override and lock fields.
import { repairSettings, SETTINGS_VERSION, SettingsFields, type Settings } from './settings';

export interface StoredSettings {
  version: number;
  settings: Partial<Settings>;
}

type RawSettings = Record<string, unknown>;

export interface Migration {
  /** The version this migration produces; migrations run in order from the stored version. */
  readonly to: number;
  /** When it was written (YYYY-MM-DD), so old ones can be retired knowingly. */
  readonly date: string;
  readonly why: string;
  readonly up: (settings: RawSettings) => RawSettings;
}

/** Oldest first; the last one's `to` is SETTINGS_VERSION (a unit test holds them together). */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    date: '2026-11-27',
    why: 'Settings move into a versioned envelope; the bare object earlier builds read is version 0.',
    up: (settings) => settings,
  },
];

const isRecord = (value: unknown): value is RawSettings => value !== null && typeof value === 'object' && !Array.isArray(value);

export interface LoadedSettings {
  settings: Settings;
  /** Fields that were invalid and fell back to their default. */
  repaired: string[];
  /** The stored version when a migration ran (the caller writes the result back). */
  migratedFrom?: number;
}

export function readStoredSettings(raw: unknown): LoadedSettings {
  if (raw === undefined) return { settings: repairSettings({}).settings, repaired: [] };
  const envelope =
    isRecord(raw) && typeof raw.version === 'number' && Number.isInteger(raw.version) && isRecord(raw.settings)
      ? { version: raw.version, settings: raw.settings }
      : { version: 0, settings: isRecord(raw) ? raw : {} };
  // A newer build's envelope (after a downgrade) runs no migration and is not written back: the
  // fields this build knows are read, the rest stay stored for the newer build.
  let { settings } = envelope;
  let migrated = false;
  for (const migration of MIGRATIONS) {
    if (migration.to <= envelope.version) continue;
    settings = migration.up(settings);
    migrated = true;
  }
  const { settings: repairedSettings, repaired } = repairSettings(settings);
  return { settings: repairedSettings, repaired, ...(migrated ? { migratedFrom: envelope.version } : {}) };
}

export const toStoredSettings = (settings: Settings): StoredSettings => ({ version: SETTINGS_VERSION, settings });

export interface ManagedSettings {
  /** The person's settings with every valid managed value applied. */
  settings: Settings;
  /** Fields an administrator set: the options page shows them read-only. */
  locked: (keyof Settings)[];
  /** Managed fields whose value failed validation (ignored, so the person's own value stands). */
  rejected: string[];
}

/** Applies administrators' presets from storage.managed (schema: public/managed-schema.json). */
export function applyManaged(settings: Settings, managed: unknown): ManagedSettings {
  const result = { ...settings } as Record<string, unknown>;
  const locked: (keyof Settings)[] = [];
  const rejected: string[] = [];
  if (isRecord(managed)) {
    for (const [key, schema] of Object.entries(SettingsFields)) {
      if (!(key in managed)) continue;
      const parsed = schema.safeParse(managed[key]);
      if (parsed.success) {
        result[key] = parsed.data;
        locked.push(key as keyof Settings);
      } else rejected.push(key);
    }
  }
  return { settings: result as Settings, locked, rejected };
}
