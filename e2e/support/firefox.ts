// Launches Firefox ESR with dist/firefox installed, every request kept on 127.0.0.1 (through
// puppeteer-core over WebDriver BiDi), and reaches the extension's pages from a test.
//
// The driver refuses to navigate to moz-extension:// URLs, and after the extension moves a tab to
// its troubleshooter, puppeteer's idea of the page URL goes stale. So navigations to failing sites
// use short timeouts, and everything about the tab is read by evaluating in it (`location.href`,
// the diagnosis element, and `browser.*` once it shows an extension page).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../build/firefox-manifest';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { makeNssDb } from '../harness/nss.mjs';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { TIME_SOURCE_HOSTS } from '../harness/cases.mjs';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { firefoxPrefs } from './firefox-prefs.mjs';
import { SETTINGS_VERSION, type Settings } from '../../src/core/settings';
import type { AlternativeHosts, HarnessCase } from './harness-info';
import { DIST_FIREFOX, DIST_TEST_FIREFOX, TMP } from './paths';

const run = promisify(execFile);

export interface FirefoxHarnessInfo {
  cases: Record<string, HarnessCase>;
  interception: HarnessCase[];
  pages: { index: string; mixed: string; healthy: string; json: string; img: string };
  mixedTargets: { image: string; fetch: string; iframe: string };
  /** Plain-HTTP time server (`time.hd.test`), the real time in `Date`. */
  time: { url: string; host: string; port: number };
  /** A healthy site behind a proxy that resets connections offering a post-quantum key share. */
  middlebox: { url: string };
  alternative: AlternativeHosts;
  /** Devices at home and intranet sites, under names that are not public sites (e2e/harness/scope-servers.mjs). */
  scope: Record<string, { url: string; host: string; port: number }>;
  /** The captive portal (e2e/harness/captive-portal-server.mjs): `site` carries the portal's certificate. */
  portal: { site: string; control: string; log: string };
  hostnames: string[];
  rootCaPath: string;
  interceptionRootPath: string;
  /** Security software simulated (e2e/harness/product-root.mjs): its name, sites that load once its root is trusted, one that fails. */
  product: { name: string; sites: string[]; failing: string };
  productRootPath: string;
  /** The LD_PRELOAD wall-clock shifter built at set-up ('' if it could not be built). */
  clockShiftLibrary: string;
}

/** Fixed through `extensions.webextensions.uuids`, so tests know the extension's origin. */
const EXTENSION_UUID = '4f0c2a9e-6b1d-4c3e-9a57-1e2d3c4b5a69';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const TROUBLESHOOTER_PREFIX = `${EXTENSION_ORIGIN}/src/troubleshoot/index.html`;

const firefoxExecutable = (): string => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunchOptions {
  /** Firefox UI language through a language pack, e.g. 'de' or 'ja' (Debian firefox-esr-l10n-*). */
  locale?: string;
  /** Shift the browser's wall clock by this many seconds (LD_PRELOAD clockshift.so). */
  clockShiftSeconds?: number;
  /** Also trust the "BadSSL MITM Software Test" root, so the icpt-N hosts load (interception issuers). */
  trustInterceptionRoot?: boolean;
  /** Also trust the root named like a security product's, as installing that product does. */
  trustProductRoot?: boolean;
  /** Settings written before the first test (over `localSettings`). */
  settings?: Partial<Settings>;
  /** Install the test build (dist-test/firefox), with its test-only hooks. */
  testBuild?: boolean;
  /** More Firefox prefs for this profile (over the ones that keep everything on the harness). */
  prefs?: Record<string, unknown>;
}

/** Names of the harness time server on three sites, so the clock check sees three "independent" sources. */
const timeAliases = (harness: FirefoxHarnessInfo): string[] =>
  (TIME_SOURCE_HOSTS as readonly string[]).map((h) => `http://${h}:${harness.time.port}/`);

/** Settings that keep every probe on the harness (as e2e/support/evidence.ts does for Chromium). */
export function localSettings(harness: FirefoxHarnessInfo): Partial<Settings> {
  return {
    probeUrls: [harness.pages.healthy],
    timeSources: timeAliases(harness),
    // The harness's captive portal, on a harness name (always online there: no portal).
    portalCheckUrl: 'http://portal.hd.test/generate_204',
    firefoxPortalCheckUrl: 'http://portal.hd.test/success.txt',
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  profileDir: string;
  close(): Promise<void>;
}

export async function launchFirefox(harness: FirefoxHarnessInfo, options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const profileDir = mkdtempSync(join(TMP, 'firefox-profile-'));
  // Firefox reads cert9.db from the profile: it trusts the harness's test root.
  await makeNssDb(profileDir, harness.rootCaPath);
  if (options.trustInterceptionRoot) {
    await run('certutil', ['-d', `sql:${profileDir}`, '-A', '-t', 'C,,', '-n', 'hd-interception-root', '-i', harness.interceptionRootPath]);
  }
  if (options.trustProductRoot) {
    await run('certutil', ['-d', `sql:${profileDir}`, '-A', '-t', 'C,,', '-n', 'hd-product-root', '-i', harness.productRootPath]);
  }
  const env: Record<string, string | undefined> = { ...process.env };
  if (options.clockShiftSeconds) {
    if (!harness.clockShiftLibrary) throw new Error('clockshift.so was not built (is a C compiler installed?)');
    env.LD_PRELOAD = harness.clockShiftLibrary;
    env.HD_CLOCK_SHIFT_SECONDS = String(Math.trunc(options.clockShiftSeconds));
  }
  const prefs: Record<string, unknown> = {
    ...(firefoxPrefs([...harness.hostnames, ...timeAliases(harness).map((u) => new URL(u).hostname)]) as Record<string, unknown>),
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    ...options.prefs,
  };
  if (options.locale) prefs['intl.locale.requested'] = options.locale;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    userDataDir: profileDir,
    env,
    extraPrefsFirefox: prefs,
    protocolTimeout: 60_000,
  });
  try {
    await browser.installExtension(options.testBuild ? DIST_TEST_FIREFOX : DIST_FIREFOX);
    await warmUp(browser, harness, { ...localSettings(harness), ...options.settings });
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    profileDir,
    close: async () => {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Proves the background is listening (a failure opens the troubleshooter), writes the settings
 * from that extension page, then forgets everything the warm-up left in storage.session. A reset
 * during the handshake is used: it involves no certificate, so no clock check runs.
 */
async function warmUp(browser: Browser, harness: FirefoxHarnessInfo, settings: Partial<Settings>): Promise<void> {
  const page = await browser.newPage();
  await visitFailing(page, harness.cases['tcp-reset']!.url);
  if (!(await waitForTroubleshooter(page, undefined, 30_000))) throw new Error('the extension did not open its troubleshooter');
  await writeSettings(page, settings);
  await page.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.session.clear());
  await page.close();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or `fallback` once `ms` have passed (a navigation or an evaluate that hangs). */
async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Navigates to a URL that is expected to fail; the navigation's own outcome is irrelevant. */
export async function visitFailing(page: Page, url: string): Promise<void> {
  // When the extension moves the tab before the error page commits, the driver's navigation
  // never completes: don't wait for it (it times out on its own, harmlessly).
  await within(
    page.goto(url, { timeout: 10_000 }).then(() => undefined),
    2_500,
    undefined,
  );
}

/** The tab's real URL (puppeteer's own goes stale once the extension moves the tab). */
export const currentUrl = (page: Page): Promise<string> =>
  within(
    page.evaluate(() => location.href),
    3_000,
    '',
  );

/** Polls `read` until `done` holds or `timeoutMs` passes; returns the last value read. */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(everyMs);
    value = await read();
  }
  return value;
}

export interface ShownDiagnosis {
  url: string;
  kind: string;
  errorCode: string;
  cause: string;
  host: string;
}

async function readDiagnosis(page: Page): Promise<ShownDiagnosis | undefined> {
  return within(
    page.evaluate(() => {
      const d = document.querySelector('[data-testid="diagnosis"]');
      if (!d) return undefined;
      return {
        url: location.href,
        kind: d.getAttribute('data-kind') ?? '',
        errorCode: d.getAttribute('data-error-code') ?? '',
        cause: d.getAttribute('data-cause') ?? '',
        host: document.querySelector('.host')?.textContent ?? '',
      };
    }),
    3_000,
    undefined,
  );
}

/**
 * Waits until the tab shows the troubleshooter (and, when given, the expected kind: Firefox may
 * sharpen the kind in place when webNavigation's report follows webRequest's). Returns what it
 * shows, or undefined if it never did.
 */
export async function waitForTroubleshooter(page: Page, expectedKind?: string, timeoutMs = 20_000): Promise<ShownDiagnosis | undefined> {
  const shown = await poll(
    () => readDiagnosis(page),
    (d) => !!d && d.url.startsWith(TROUBLESHOOTER_PREFIX) && (expectedKind === undefined || d.kind === expectedKind),
    timeoutMs,
  );
  return shown?.url.startsWith(TROUBLESHOOTER_PREFIX) ? shown : undefined;
}

/** Clicks a button of the page the tab shows, by `data-testid`. */
export async function clickTestId(page: Page, testId: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!(el instanceof HTMLElement)) throw new Error(`no [data-testid="${id}"]`);
    el.click();
  }, testId);
}

/** The WebExtension API as seen from an extension page the tab shows (the few calls tests make). */
export interface ExtensionApi {
  storage: {
    session: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
      clear(): Promise<void>;
    };
    local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { getBackgroundPage(): Promise<Window>; getURL(path: string): string };
  i18n: { getUILanguage(): string };
  webRequest: {
    onErrorOccurred: {
      addListener(listener: (d: { tabId: number; type: string; url: string; error: string }) => void, filter: object): void;
    };
  };
}

/** The incident the troubleshooter in this tab shows, as stored in storage.session. */
export async function shownIncident(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const id = new URL(location.href).searchParams.get('incident');
    if (!id) return undefined;
    const key = `incident:${id}`;
    return (await api.storage.session.get(key))[key] as Record<string, unknown> | undefined;
  });
}

/** A fresh tab showing the troubleshooter, so a test can use the extension's APIs from it. */
export async function openExtensionPage(browser: Browser, harness: FirefoxHarnessInfo, caseName = 'expired'): Promise<Page> {
  const page = await browser.newPage();
  await visitFailing(page, harness.cases[caseName]!.url);
  if (!(await waitForTroubleshooter(page))) throw new Error('the extension did not open its troubleshooter');
  return page;
}

/**
 * Starts recording webRequest's error text for requests of other tabs, from an extension page
 * (which must stay open); read them with `recordedRequestErrors`.
 */
export async function recordRequestErrors(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() => {
    const g = globalThis as unknown as { browser: ExtensionApi; __hdErrors?: { url: string; type: string; error: string }[] };
    if (g.__hdErrors) return;
    const seen: { url: string; type: string; error: string }[] = [];
    g.__hdErrors = seen;
    g.browser.webRequest.onErrorOccurred.addListener(
      (d) => {
        if (d.tabId >= 0) seen.push({ url: d.url, type: d.type, error: d.error });
      },
      { urls: ['<all_urls>'] },
    );
  });
}

export async function recordedRequestErrors(extensionPage: Page): Promise<{ url: string; type: string; error: string }[]> {
  return extensionPage.evaluate(() => [
    ...((globalThis as unknown as { __hdErrors?: { url: string; type: string; error: string }[] }).__hdErrors ?? []),
  ]);
}

/** The UI language Firefox runs in, asked from an extension page. */
export const uiLanguage = (extensionPage: Page): Promise<string> =>
  extensionPage.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.i18n.getUILanguage());

/** Writes settings from an extension page, in the versioned envelope the options page writes. */
export async function writeSettings(extensionPage: Page, settings: Partial<Settings>): Promise<void> {
  await extensionPage.evaluate(
    async (s, version) => {
      await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.set({ settings: { version, settings: s } });
    },
    settings,
    SETTINGS_VERSION,
  );
}

/** A storage.session value, read from an extension page. */
export const sessionValue = (extensionPage: Page, key: string): Promise<unknown> =>
  extensionPage.evaluate(async (k) => (await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.session.get(k))[k], key);

/** Removes a storage.session value, from an extension page. */
export const removeSessionValue = (extensionPage: Page, key: string): Promise<void> =>
  extensionPage.evaluate((k) => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.session.remove(k), key);
