import { browser } from './browser';

/**
 * Administrators' presets (storage.managed), or {} where none exist: Chromium answers {} without
 * a policy; Firefox throws when no managed-storage manifest is installed.
 *
 * Chromium takes seconds to answer the first read after the browser starts (measured 2.8 s, even
 * when the read starts with the worker), and a page restored at start-up that fails TLS must not
 * wait for it. So the live answer is read once per worker life and kept, and each answer is also
 * kept in storage.local: until the live read answers, the copy from the last one stands in. Only
 * an extension that has never had an answer waits. Policy changes arrive as storage.onChanged in
 * the 'managed' area and refresh both.
 */
export const MANAGED_COPY_KEY = 'managed-copy';

let live: Promise<Record<string, unknown>> | undefined;
/** The live answer, once it has come. */
let answered: Record<string, unknown> | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

async function read(): Promise<Record<string, unknown>> {
  let value: Record<string, unknown>;
  try {
    const got: unknown = await browser.storage.managed.get(null);
    value = isRecord(got) ? got : {};
  } catch {
    value = {};
  }
  answered = value;
  void keepCopy(value);
  return value;
}

/** Written only when it differs, so a worker start does not wake every page's onChanged. */
async function keepCopy(value: Record<string, unknown>): Promise<void> {
  try {
    const kept: unknown = (await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];
    if (JSON.stringify(kept) !== JSON.stringify(value)) await browser.storage.local.set({ [MANAGED_COPY_KEY]: value });
  } catch {
    // The copy only saves waiting at the next start; the live answer is in hand.
  }
}

/** The live policy: waits for Chromium's first answer. */
export function readManaged(): Promise<Record<string, unknown>> {
  if (!live) {
    live = read();
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') live = read();
    });
  }
  return live;
}

/**
 * The policy to act on now: the live answer if it has come, else `copy` (the value stored under
 * MANAGED_COPY_KEY, read by the caller with its other keys) when it is one, else the live answer
 * when it comes. Whatever it returns goes through applyManaged, which refuses invalid values.
 */
export function managedNow(copy: unknown): Promise<Record<string, unknown>> {
  const pending = readManaged();
  if (answered) return Promise.resolve(answered);
  return isRecord(copy) ? Promise.resolve(copy) : pending;
}
