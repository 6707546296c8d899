// Chromium for benchmarks, driven by puppeteer-core (which reaches the service worker's CDP target
// for CPU profiles and heap usage). Same isolation flags as the e2e suite: nothing leaves 127.0.0.1.
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../e2e/support/chromium-flags.mjs';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('set CHROMIUM_PATH to a Chromium binary');
}

/** A home whose NSS database trusts the harness's test root (Chromium reads $HOME/.pki/nssdb). */
export async function trustingHome(harness) {
  const home = mkdtempSync(join(tmpdir(), 'hd-bench-home-'));
  mkdirSync(join(home, '.pki', 'nssdb'), { recursive: true });
  await harness.makeNssDb(join(home, '.pki', 'nssdb'));
  return home;
}

/** @param {{ harness: any, home: string, extensionDir?: string, userDataDir?: string }} o */
export async function launch({ harness, home, extensionDir, userDataDir }) {
  const args = chromiumFlags({ extensionDirs: extensionDir ? [extensionDir] : [], hostResolverRules: harness.hostResolverRules });
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: chromiumPath(),
    headless: true,
    userDataDir: userDataDir ?? mkdtempSync(join(tmpdir(), 'hd-bench-profile-')),
    env: { ...process.env, HOME: home },
    args,
    enableExtensions: !!extensionDir,
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  let worker;
  if (extensionDir) {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
    worker = await target.worker();
    await worker.evaluate(async () => {
      for (let i = 0; i < 200 && !globalThis.__handshakeDoctorReady; i++) await new Promise((r) => setTimeout(r, 25));
    });
  }
  if (worker) {
    // Probes point at the harness (as in the e2e suite): benchmarks contact nothing else.
    const { port } = harness.time;
    const settings = { probeUrls: [harness.pages.healthy], timeSources: [harness.time.url, `http://time-b.hd.test:${port}/`] };
    await worker.evaluate((s) => chrome.storage.local.set({ settings: { version: 1, settings: s } }), settings);
  }
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  return { browser, worker, extensionId };
}

/** A CDP session on the extension's service worker (re-found: the worker may have restarted). */
export async function workerSession(browser) {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
  return target.createCDPSession();
}
