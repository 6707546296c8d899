// The one way to keep a value in extension storage: an item is an area, a key and a reader that
// makes a usable value of whatever is stored. Reading never throws into a listener: a corrupt value
// (or each corrupt record of a list) is dropped and logged, the rest is used, and the fallback
// stands in when nothing is. Read-modify-write updates of one item run one at a time, in order.
import type * as z from 'zod/mini';
import { browser } from './browser';

type StorageAreaName = 'local' | 'session';

/** What a read made of the stored value. */
export interface Reading<T> {
  value: T;
  /** What was dropped or repaired, and why: each logged as one line. */
  warnings: string[];
  /** Store the value again in its current form (it was migrated from an older one). */
  rewrite?: boolean;
}

export interface ItemDefinition<T> {
  area: StorageAreaName;
  key: string;
  /** The value for what is stored (undefined when nothing is); never throws. */
  read: (stored: unknown, key: string) => Reading<T>;
  /** The stored form of a value, when it is not the value itself. */
  toStored?: (value: T) => unknown;
}

export interface StorageItem<T> extends Required<Pick<ItemDefinition<T>, 'area' | 'key' | 'read'>> {
  get(): Promise<T>;
  /** The value without logging or storing anything: a fast first look that a `get` follows. */
  peek(): Promise<T>;
  set(value: T): Promise<void>;
  /** Read-modify-write behind this item's earlier updates; no write when `change` returns its argument. */
  update(change: (current: T) => T): Promise<T>;
}

/** Runs tasks one at a time, in the order given; a failed task does not stop the ones after it. */
/* @__NO_SIDE_EFFECTS__ */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The value of a reading, its warnings logged. */
export function loggedValue<T>(reading: Reading<T>): T {
  for (const warning of reading.warnings) console.warn(`[handshake-doctor] ${warning}`);
  return reading.value;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineItem<T>({ area, key, read, toStored = (value) => value }: ItemDefinition<T>): StorageItem<T> {
  const stored = async (): Promise<unknown> => (await browser.storage[area].get(key))[key];
  const set = (value: T) => browser.storage[area].set({ [key]: toStored(value) });
  const get = async () => {
    const reading = read(await stored(), key);
    if (reading.rewrite) await set(reading.value);
    return loggedValue(reading);
  };
  const inOrder = serialQueue();
  return {
    area,
    key,
    read,
    get,
    peek: async () => read(await stored(), key).value,
    set,
    update: (change) =>
      inOrder(async () => {
        const current = await get();
        const next = change(current);
        if (next !== current) await set(next);
        return next;
      }),
  };
}

/** Calls back with each value stored in `item` from now on, read as `get` reads; returns the unsubscribe. */
export function watchItem<T>({ area, key, read }: StorageItem<T>, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && key in changes) callback(loggedValue(read(changes[key]?.newValue, key)));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A reader for a value stored whole: one that fails `schema` is dropped for the fallback. */
export function wholeValue<T, F = T>(schema: z.ZodMiniType<T>, fallback: () => F): ItemDefinition<T | F>['read'] {
  return (stored, key) => {
    if (stored === undefined) return { value: fallback(), warnings: [] };
    const parsed = schema.safeParse(stored);
    if (parsed.success) return { value: parsed.data, warnings: [] };
    return { value: fallback(), warnings: [`dropped corrupt ${key}: ${parsed.error.message}`] };
  };
}
