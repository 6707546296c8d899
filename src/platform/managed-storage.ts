import { browser } from './browser';

/**
 * Administrators' presets (storage.managed), or {} where none exist: Chromium answers {} without
 * a policy; Firefox throws when no managed-storage manifest is installed.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}
