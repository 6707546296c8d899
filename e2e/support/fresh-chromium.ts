// A fresh Chromium per test, for the specs that corrupt storage, kill the worker or flood it with
// messages; the worker's console across restarts, storage snapshots, and running a function as a
// content script in a tab.
import type { Page, Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, type LaunchedExtension, type LaunchOptions } from './chromium';
import type { HarnessInfo } from './harness-info';
import { ROOT } from './paths';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

/** The test build (`node scripts/build.mjs --test`; HD_DIST_TEST moves it): pause points, test hooks. */
const DIST_TEST_CHROME = resolve(ROOT, process.env.HD_DIST_TEST ?? 'dist-test', 'chrome');

interface ConsoleLine {
  type: string;
  text: string;
}

export interface FreshExtension extends LaunchedExtension {
  /** Everything the extension's service worker logged, across restarts. */
  workerConsole: ConsoleLine[];
  /** An extension page kept open: it reaches storage and tabs while the worker is stopped. */
  helper: Page;
}

export async function launchFresh(
  harness: HarnessInfo,
  options: LaunchOptions & { build?: 'dist' | 'test' } = {},
): Promise<FreshExtension> {
  if (options.build === 'test' && !existsSync(join(DIST_TEST_CHROME, 'manifest.json')))
    throw new Error(`${DIST_TEST_CHROME} is missing: run \`node scripts/build.mjs --test\` first`);
  const ext = await launchWithExtension(harness, { ...options, ...(options.build === 'test' ? { extensionDir: DIST_TEST_CHROME } : {}) });
  const workerConsole: ConsoleLine[] = [];
  const listen = (w: Worker) => {
    if (!w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) return;
    w.on('console', (m) => workerConsole.push({ type: m.type(), text: m.text() }));
  };
  listen(ext.worker);
  ext.context.on('serviceworker', listen);
  const helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.extensionId}/src/troubleshoot/index.html?helper`);
  return { ...ext, workerConsole, helper };
}

/** Runs `fn(arg)` with extension privileges in the helper page (works while the worker is stopped). */
export function inHelper<A, R>(ext: FreshExtension, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return ext.helper.evaluate(fn as never, arg) as Promise<R>;
}

export interface StorageSnapshot {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

export const storageSnapshot = (ext: FreshExtension): Promise<StorageSnapshot> =>
  inHelper(ext, async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }), undefined);

/** Tabs as the extension sees them. */
export const allTabs = (ext: FreshExtension): Promise<{ id: number; url?: string; pendingUrl?: string }[]> =>
  inHelper(ext, () => chrome.tabs.query({}), undefined);

export const troubleshooterUrlPrefix = (ext: { extensionId: string }) =>
  `chrome-extension://${ext.extensionId}/src/troubleshoot/index.html`;

/**
 * Runs `fn` as a content script (the extension's isolated world, as the banner runs) in the top
 * frame of `tabId`, injected with chrome.scripting.executeScript from the worker, and returns its
 * result. `fn` must be self-contained (it is serialized); its source goes to the worker as text,
 * compiled there by the debugger protocol, never by eval.
 */
export async function inContentScript<A, R>(worker: Worker, tabId: number, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const expression = `(async () => {
    const func = ${fn.toString()};
    const [injection] = await chrome.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, func, args: [${JSON.stringify(arg ?? null)}] });
    return injection ? injection.result : undefined;
  })()`;
  return worker.evaluate(expression) as Promise<R>;
}

/** The id of the tab that shows `page` (unique URL per test). */
export async function tabIdOfPage(ext: FreshExtension, page: Page): Promise<number> {
  const url = page.url();
  for (let i = 0; i < 50; i++) {
    const tab = (await allTabs(ext)).find((t) => t.url === url || t.pendingUrl === url);
    if (tab) return tab.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}
