// Chromium for benchmarks, driven by puppeteer-core (which reaches the service worker's CDP target
// for CPU profiles and heap usage), on the same launch spec as the e2e suite: nothing leaves 127.0.0.1.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchSpec } from '../e2e/support/launch-chromium.mjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * watchWorker false: puppeteer does not attach to service workers (an attached DevTools session
 * changes a worker's life: no idle timeout, a pause at each start), and no settings are written.
 * @param {{ harness: any, home: string, extensionDir?: string, userDataDir?: string, executablePath?: string, watchWorker?: boolean }} o
 */
export async function launch({ harness, home, extensionDir, userDataDir, executablePath, watchWorker = true }) {
  const spec = chromiumLaunchSpec({
    home,
    hostResolverRules: harness.hostResolverRules,
    extensionDirs: extensionDir ? [extensionDir] : [],
  });
  const browser = await puppeteer.launch({
    browser: 'chrome',
    ...spec,
    headless: true,
    userDataDir: userDataDir ?? mkdtempSync(join(tmpdir(), 'hd-bench-profile-')),
    enableExtensions: !!extensionDir,
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(executablePath ? { executablePath } : {}),
    ...(watchWorker ? {} : { targetFilter: (target) => target.type() !== 'service_worker' }),
  });
  let worker;
  if (extensionDir && watchWorker) {
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
