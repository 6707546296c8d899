import { browser } from './browser';

/**
 * Administrators' presets (storage.managed), or {} where none exist: Chromium answers {} without
 * a policy; Firefox throws when no managed-storage manifest is installed.
 *
 * Read once per worker life and kept: Chromium takes seconds to answer the first read after the
 * browser starts (measured ~3 s), which must not delay a troubleshooter. Policy changes arrive as
 * storage.onChanged in the 'managed' area and refresh it.
 */
let cached: Promise<Record<string, unknown>> | undefined;

async function read(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}

export function readManaged(): Promise<Record<string, unknown>> {
  if (!cached) {
    cached = read();
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') cached = read();
    });
  }
  return cached;
}
