// The settings in force for the background (platform/effective-settings.ts: the person's own,
// migrated and repaired, with administrators' presets on top).
import type { Settings } from '../core/settings';
import { loadEffectiveSettings } from '../platform/effective-settings';

export const loadSettings = async (): Promise<Settings> => (await loadEffectiveSettings()).effective;
