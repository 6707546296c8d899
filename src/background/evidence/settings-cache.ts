// The settings, kept in memory and reloaded whenever the stored settings change, so that
// subscribers see each change with the value before it.
// Two reads per reload: the person's own settings alone first (fast), then loadSettings (which
// also applies administrators' presets; Chromium's first storage.managed read after start-up
// takes seconds).
import type { Settings } from '../../core/settings';
import { browser } from '../../platform/browser';
import { changesSettings, ownSettings } from '../../platform/effective-settings';
import { loadSettings } from '../settings-store';

let current: Settings | undefined;
/** Bumped on every reload, so a slow earlier load never overwrites a later one. */
let generation = 0;
const subscribers: ((next: Settings, previous: Settings | undefined) => void)[] = [];

/** Called whenever the settings were (re)loaded, with the previous value. */
export function onSettingsChange(subscriber: (next: Settings, previous: Settings | undefined) => void): void {
  subscribers.push(subscriber);
}

function apply(next: Settings): void {
  const previous = current;
  current = next;
  for (const s of subscribers) s(next, previous);
}

const log = (error: unknown) => console.warn('[handshake-doctor] settings not loaded', error);

function reload(): void {
  const mine = ++generation;
  let full = false;
  ownSettings.peek().then((own) => {
    if (mine === generation && !full) apply(own);
  }, log);
  loadSettings().then((next) => {
    full = true;
    if (mine === generation) apply(next);
  }, log);
}

/** Register at the worker's top level (synchronously), with the other listeners. */
export function watchSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesSettings(changes, area)) reload();
  });
  reload();
}
