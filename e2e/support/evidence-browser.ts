// Fixtures for the specs of gathered evidence (clock, probes, proxy, interception): a fresh Chromium per test
// (evidence state — clock samples, recent failures, probe rounds — must not leak between tests),
// optionally under a fake clock, with a second extension, or with the test build; settings set
// through the worker; and a record of every request the extension itself makes, so a test can
// prove what was (and was not) contacted.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Settings } from '../../src/core/settings';
import { liveWorker } from './chromium';
import { harnessInfo, type HarnessInfo } from './harness-info';
import { localSettings } from './local-settings';
import { launchChromium } from './launch-chromium.mjs';
import { DIST_CHROME, ROOT, TMP } from './paths';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { TLS12_CHECK_HOST } from '../harness/cases.mjs';

/**
 * The test build (`node scripts/build.mjs --test`): its manifest holds `management` up front,
 * which headless tests cannot grant through the prompt. HD_DIST_TEST moves it like HD_DIST.
 */
/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

const DIST_TEST_CHROME = resolve(ROOT, process.env.HD_DIST_TEST ?? 'dist-test', 'chrome');
/** A tiny MV3 extension that takes control of the proxy settings (bypassing the harness names). */
export const PROXY_EXTENSION = join(ROOT, 'e2e', 'fixtures', 'proxy-extension');

const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

export interface EvidenceLaunch {
  /** Which build of Handshake Doctor: `dist` (default, what ships) or the `test` build. */
  build?: 'dist' | 'test';
  /** Also load the proxy-controlling fixture extension. */
  proxyExtension?: boolean;
  /** More unpacked extensions to load beside it. */
  extraExtensions?: string[];
  /** libfaketime offset for the whole browser, e.g. '-2y'. */
  faketime?: string;
  /** Settings written through the worker before the test starts (merged over `localSettings`). */
  settings?: Partial<Settings>;
  /** Resolver rules placed before the harness's own (e.g. more names mapped to 127.0.0.1). */
  extraResolverRules?: string;
}

export interface EvidenceBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function launchForEvidence(harness: HarnessInfo, options: EvidenceLaunch): Promise<EvidenceBrowser> {
  const ours = options.build === 'test' ? DIST_TEST_CHROME : DIST_CHROME;
  if (!existsSync(join(ours, 'manifest.json'))) {
    throw new Error(`${ours} is missing: run \`node scripts/build.mjs${options.build === 'test' ? ' --test' : ''}\` first`);
  }
  const dirs = [ours, ...(options.proxyExtension ? [PROXY_EXTENSION] : []), ...(options.extraExtensions ?? [])];
  const rules = options.extraResolverRules ? `${options.extraResolverRules} , ${harness.hostResolverRules}` : harness.hostResolverRules;
  const context = await launchChromium({
    userDataDir: mkdtempSync(join(TMP, 'chromium-evidence-')),
    home: harness.home,
    hostResolverRules: rules,
    extensionDirs: dirs,
    lang: 'en-US',
    env: options.faketime ? { LD_PRELOAD: FAKETIME_LIB, FAKETIME: options.faketime } : {},
  });
  const worker = await liveWorker(context);
  const extensionId = new URL(worker.url()).host;
  await recordExtensionRequests(worker);
  await setSettings(worker, { ...localSettings(harness), ...options.settings });
  return { context, worker, extensionId };
}

/** Writes settings through the worker (what the options page does). */
async function setSettings(worker: Worker, settings: Partial<Settings>): Promise<void> {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

/**
 * Records every request the extension itself makes (tabId -1: re-probes, other-site probes,
 * time sources), from the moment of launch.
 */
async function recordExtensionRequests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as { __hdOwnRequests?: string[] };
    if (g.__hdOwnRequests) return;
    const seen: string[] = [];
    g.__hdOwnRequests = seen;
    chrome.webRequest.onBeforeRequest.addListener(
      (d: { tabId: number; url: string }) => {
        if (d.tabId === -1) seen.push(d.url);
        return undefined;
      },
      { urls: ['<all_urls>'] },
    );
  });
}

export async function extensionRequests(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => [...((globalThis as { __hdOwnRequests?: string[] }).__hdOwnRequests ?? [])]);
}

/**
 * Every request the extension made went to a harness name (or a loopback address); the default
 * TLS 1.2 check host counts as one, since the resolver rules send it to the harness.
 */
export async function expectOnlyLocalTraffic(worker: Worker): Promise<void> {
  for (const url of await extensionRequests(worker)) {
    const host = new URL(url).hostname;
    const local = host.endsWith('.hd.test') || host.endsWith('.test') || host === '127.0.0.1' || host === 'localhost';
    expect(local || host === TLS12_CHECK_HOST, url).toBe(true);
  }
}

/** The stored incident behind the troubleshooter page `page` shows. */
export async function shownIncident(page: Page): Promise<{ id: string; evidence: Record<string, unknown> }> {
  const id = new URL(page.url()).searchParams.get('incident') ?? '';
  return page.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `incident:${id}`);
}

/** The evidence lines the troubleshooter shows, for every ranked cause. */
export const evidenceLines = (page: Page) => page.locator('.evidence .causes li li');

type Fixtures = { ext: EvidenceBrowser; page: Page; launch: EvidenceLaunch };

export const test = base.extend<Fixtures, { harness: HarnessInfo }>({
  harness: [async ({}, use) => use(harnessInfo()), { scope: 'worker' }],
  launch: [{}, { option: true }],
  ext: async ({ harness, launch }, use) => {
    const ext = await launchForEvidence(harness, launch);
    await use(ext);
    await ext.context.close();
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
  },
});

export { expect };
