// Firefox's background is an event page: it is suspended after `extensions.background.idle.timeout`
// without events, and started again for any event one of its listeners takes. Healthy browsing
// must never start it: only failures (and messages from its own pages) may. The test build counts
// each start of the background script in storage.session (src/background/firefox/wake-counter.ts);
// the idle timeout is set to 1 s here, and every navigation waits well past it, so each one meets a
// suspended background. Healthy navigations of every shape (https, http, redirects, iframes, a
// page with sub-resources, Back, reload) must start it 0 times; one TLS failure starts it and
// opens the troubleshooter, which also proves it was suspended, not kept alive.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  launchFirefox,
  openExtensionPage,
  poll,
  sessionValue,
  visitFailing,
  waitForTroubleshooter,
  type LaunchedFirefox,
} from '../support/firefox';

const harness = inject('harness');
const IDLE_TIMEOUT_MS = 1_000;
/** Between navigations: the idle timeout, then the suspension itself, with room to spare. */
const GAP_MS = 3 * IDLE_TIMEOUT_MS;
const WAKE_TIMES_KEY = '__handshakeDoctorFirefoxWakes';

let ff: LaunchedFirefox;
let extensionPage: Page;
let page: Page;
let server: Server;
/** Plain-HTTP pages of this test: redirects and a page of iframes (every name resolves to 127.0.0.1). */
let plainOrigin = '';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const wakes = async (): Promise<number> => ((await sessionValue(extensionPage, WAKE_TIMES_KEY)) as number[] | undefined)?.length ?? 0;

function startPlainServer(): Promise<Server> {
  const s = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder.invalid');
    if (url.pathname === '/redirect') {
      res.writeHead(302, { Location: url.searchParams.get('to') ?? '/', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const frames = url.searchParams.getAll('frame').map((src) => `<iframe src="${src.replace(/"/g, '&quot;')}"></iframe>`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!doctype html><html><head><link rel="icon" href="data:,"><title>plain</title></head><body>${frames.join('')}</body></html>`);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  server = await startPlainServer();
  plainOrigin = `http://plain.hd.test:${(server.address() as AddressInfo).port}`;
  ff = await launchFirefox(harness, {
    testBuild: true,
    settings: { otherSiteProbe: false },
    prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS },
  });
  extensionPage = await openExtensionPage(ff.browser, harness, 'tcp-reset');
  page = await ff.browser.newPage();
});
afterAll(async () => {
  await ff?.close();
  await new Promise((r) => server?.close(r));
});

test('healthy navigations start the suspended background 0 times; a TLS failure starts it', async () => {
  const healthy = harness.pages.healthy;
  const origin = new URL(healthy).origin;
  const redirect = (to: string) => `${plainOrigin}/redirect?to=${encodeURIComponent(to)}`;
  const framed = (...srcs: string[]) => `${plainOrigin}/frames?${srcs.map((s) => `frame=${encodeURIComponent(s)}`).join('&')}`;
  const injectFrames = (...srcs: string[]) =>
    page.evaluate(
      (list) =>
        Promise.all(
          list.map(
            (src) =>
              new Promise<void>((resolve) => {
                const frame = document.createElement('iframe');
                frame.onload = () => resolve();
                setTimeout(resolve, 5_000);
                frame.src = src;
                document.body.append(frame);
              }),
          ),
        ).then(() => undefined),
      srcs,
    );
  const go = (url: string) => page.goto(url, { timeout: 15_000, waitUntil: 'load' }).then(() => undefined);
  const navigations: [string, () => Promise<void>][] = [
    ['https page', () => go(healthy)],
    ['https index', () => go(`${origin}/`)],
    ['https page with 20 sub-resources', () => go(`${origin}/subresources?n=20`)],
    ['https JSON', () => go(harness.pages.json)],
    ['https image', () => go(harness.pages.img)],
    ['http page', () => go(harness.time.url)],
    ['http page of this test', () => go(`${plainOrigin}/`)],
    ['http → https redirect', () => go(redirect(healthy))],
    ['http → http redirect', () => go(redirect(harness.time.url))],
    ['two redirects', () => go(redirect(redirect(`${origin}/`)))],
    ['http page with https and http iframes', () => go(framed(healthy, harness.time.url))],
    ['iframe through a redirect', () => go(framed(redirect(harness.pages.json)))],
    ['iframes added to an https page', () => go(healthy).then(() => injectFrames(`${origin}/`, harness.pages.json))],
    // history.back() rather than the driver's goBack: a page restored from the back-forward cache fires no load event.
    ['Back', () => page.evaluate(() => history.back())],
    ['reload', () => page.reload({ waitUntil: 'load' }).then(() => undefined)],
    ['same-document navigation', () => page.evaluate(() => void (location.hash = '#part'))],
  ];

  // Let the wake-ups of the launch and of the extension page's opening settle.
  await sleep(GAP_MS);
  const before = await wakes();
  const woke: Record<string, number> = {};
  for (const [name, navigate] of navigations) {
    const start = await wakes();
    await navigate();
    await sleep(GAP_MS);
    woke[name] = (await wakes()) - start;
    console.info(`${name}: ${woke[name]} wake-up(s)`);
  }
  const total = (await wakes()) - before;
  console.info(`wake-ups per healthy navigation: ${JSON.stringify(woke)} (total ${total} in ${navigations.length})`);
  expect(Object.entries(woke).filter(([, n]) => n !== 0)).toEqual([]);

  const beforeFailure = await wakes();
  await visitFailing(page, harness.cases['expired']!.url);
  expect(await waitForTroubleshooter(page, 'cert-date')).toBeDefined();
  const afterFailure = await poll(wakes, (n) => n > beforeFailure, 5_000);
  console.info(`wake-ups for one TLS failure: ${afterFailure - beforeFailure}`);
  expect(afterFailure - beforeFailure).toBeGreaterThanOrEqual(1);
});
