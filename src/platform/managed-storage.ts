// Administrators' presets (storage.managed), or {} where none exist: Chromium answers {} without
// a policy; Firefox throws when no managed-storage manifest is installed.
//
// Chromium takes seconds to answer the first read after the browser starts (measured 2.8 s, even
// when the read starts with the worker), and a page restored at start-up that fails TLS must not
// wait for it. So the live answer is read once per worker life and kept, and each answer is also
// kept in storage.local: until the live read answers, the copy from the last one stands in. Only
// an extension that has never had an answer waits. Policy changes arrive as storage.onChanged in
// the 'managed' area and refresh both.
import { MANAGED_COPY_KEY } from '../core/storage-keys';
import { browser } from './browser';
import { defineItem } from './storage-item';

type Policy = Record<string, unknown>;

let live: Promise<Policy> | undefined;
/** The live answer, once it has come. */
let answered: Policy | undefined;

const isRecord = (value: unknown): value is Policy => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The kept copy; anything but an object reads as none (the live answer is then awaited). */
const managedCopy = defineItem<Policy | undefined>({
  area: 'local',
  key: MANAGED_COPY_KEY,
  read: (stored) => ({ value: isRecord(stored) ? stored : undefined, warnings: [] }),
});

async function read(): Promise<Policy> {
  let value: Policy;
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
async function keepCopy(value: Policy): Promise<void> {
  try {
    if (JSON.stringify(await managedCopy.peek()) !== JSON.stringify(value)) await managedCopy.set(value);
  } catch {
    // The copy only saves waiting at the next start; the live answer is in hand.
  }
}

/** The live policy: waits for Chromium's first answer. */
export function readManaged(): Promise<Policy> {
  if (!live) {
    live = read();
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') live = read();
    });
  }
  return live;
}

/**
 * The policy to act on now: the live answer if it has come, else the kept copy when there is
 * one, else the live answer when it comes. Whatever it returns goes through applyManaged, which
 * refuses invalid values.
 */
export async function managedNow(): Promise<Policy> {
  const pending = readManaged();
  if (answered) return answered;
  const copy = await managedCopy.get();
  return answered ?? copy ?? pending;
}
