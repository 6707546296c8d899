// Launches Chromium with the extension loaded, all traffic kept on 127.0.0.1 (the --host-resolver-rules catch-all in launch-chromium.mjs).
import type { BrowserContext, Worker } from '@playwright/test';
import { launchChromium } from './launch-chromium.mjs';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, TMP } from './paths';
import type { HarnessInfo } from './harness-info';
import type { Settings } from '../../src/core/settings';
import { localSettings, settingsEnvelope } from './local-settings';

export interface LaunchOptions {
  extensionDir?: string;
  /** Extra environment, e.g. LD_PRELOAD + FAKETIME for a wrong clock. */
  env?: Record<string, string>;
  /** Browser UI language, e.g. 'ja'. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Point every probe at the harness right after launch (default), so no test even attempts the
   * default public probe list; `false` leaves the extension's defaults (a test must then not let
   * a probe run, or must check it stays local).
   */
  localSettings?: boolean;
  /** More command-line switches (e.g. `--log-net-log=…`). */
  args?: string[];
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The settings applied at launch (`localSettings`, or {} when a test opted out): resets go back to them. */
  baseSettings: Partial<Settings>;
  close(): Promise<void>;
}

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

export async function launchWithExtension(harness: HarnessInfo, options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const dist = options.extensionDir ?? DIST_CHROME;
  const userDataDir = mkdtempSync(join(TMP, 'chromium-profile-'));
  const lang = options.lang ?? 'en-US';
  const context = await launchChromium({
    userDataDir,
    home: harness.home,
    hostResolverRules: harness.hostResolverRules,
    extensionDirs: [dist],
    lang,
    env: options.env,
    args: options.args,
    colorScheme: options.colorScheme ?? 'light',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker is reported before its script has run: wait until every listener is registered.
  await worker.evaluate(async () => {
    for (let i = 0; i < 200 && !(globalThis as { __handshakeDoctorReady?: boolean }).__handshakeDoctorReady; i++)
      await new Promise((r) => setTimeout(r, 25));
  });
  const extensionId = new URL(worker.url()).host;
  const baseSettings = options.localSettings === false ? {} : localSettings(harness);
  if (options.localSettings !== false)
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settingsEnvelope(baseSettings));
  return { context, worker, extensionId, baseSettings, close: () => context.close() };
}

/** The extension's service worker, re-acquired after a restart. */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Stops every service worker, as the browser does when one idles (CDP ServiceWorker.stopAllWorkers). */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * The running worker of our extension (a new one after a restart), once its top level has run.
 * Without an id: the one worker that says it is ours (other test extensions may run beside it).
 */
export async function liveWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  for (let i = 0; i < 200; i++) {
    for (const w of context.serviceWorkers()) {
      if (extensionId && !w.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
      const ready = await w
        .evaluate(() => (globalThis as { __handshakeDoctorReady?: boolean }).__handshakeDoctorReady === true)
        .catch(() => false);
      if (ready) return w;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the Handshake Doctor service worker is not running');
}
