#!/usr/bin/env node
// Checks the harness against real Chromium: every case must fail with the error recorded in
// observed-errors.tsv and the healthy pages must load.
//   node e2e/harness/selfcheck.mjs [--faketime] [--repeat N]
// --faketime  also launches Chromium under libfaketime at -2y and +2y: the healthy site must
//             then fail with ERR_CERT_DATE_INVALID. --repeat N visits each case N times.
// Exit code 0 = everything matched.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './index.mjs';

const { values } = parseArgs({
  options: { faketime: { type: 'boolean', default: false }, repeat: { type: 'string', default: '1' } },
});
const repeat = Math.max(1, Number(values.repeat) || 1);
const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

const h = await startHarness({ quiet: true });
const home = await mkdtemp(join(tmpdir(), 'hd-selfcheck-home-'));
await h.makeNssDb(join(home, '.pki', 'nssdb'));

/** @type {string[]} */
const failures = [];
/** @param {string} what @param {boolean} ok @param {string} detail */
const report = (what, ok, detail) => {
  console.log(`${ok ? 'OK      ' : 'MISMATCH'}  ${what.padEnd(34)} ${detail}`);
  if (!ok) failures.push(what);
};

/** @param {Record<string, string>} [extraEnv] */
function launch(extraEnv = {}) {
  // Proxy variables would send the .hd.test requests away from 127.0.0.1.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/_proxy$/i.test(k)));
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=${h.hostResolverRules}`,
    ],
    env: { ...env, HOME: home, ...extraEnv },
    timeout: 90_000,
  });
}

/**
 * Navigates a fresh page and returns 'loaded (HTTP n, "title")' or the net::ERR_* string.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 */
async function visit(context, url) {
  const page = await context.newPage();
  try {
    const res = await page.goto(url, { timeout: 45_000, waitUntil: 'domcontentloaded' });
    return `loaded (HTTP ${res?.status()}, "${await page.title()}")`;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return msg.match(/net::ERR_[A-Z0-9_]+/)?.[0] ?? `other error: ${msg.split('\n')[0]}`;
  } finally {
    await page.close();
  }
}

const browser = await launch();
try {
  const context = await browser.newContext();
  console.log(`Chromium ${browser.version()}; harness ${h.pages.index}\n`);

  for (const [name, c] of Object.entries(h.cases)) {
    for (let i = 0; i < repeat; i++) {
      const got = await visit(context, c.url);
      const ok = c.expectChromium.length === 0 ? got.startsWith('loaded (HTTP 200') : c.expectChromium.includes(got);
      report(repeat > 1 ? `${name} #${i + 1}` : name, ok, `got ${got}; expected ${c.expectChromium.join(' or ') || 'load'}`);
    }
  }
  for (const i of h.interception) {
    const got = await visit(context, i.url);
    report(i.host, i.expectChromium.includes(got), `got ${got}; expected ${i.expectChromium.join(' or ')}`);
  }

  // Pages on the healthy server.
  const page = await context.newPage();
  const healthy = await page.goto(h.pages.healthy);
  report(
    'page /healthy',
    healthy?.status() === 200 && (await page.title()) === 'Healthy page',
    `HTTP ${healthy?.status()} "${await page.title()}" cache-control=${healthy?.headers()['cache-control']} date=${healthy?.headers().date}`,
  );

  const index = await page.goto(h.pages.index);
  const links = await page.locator('#cases a').count();
  report('page / (index)', index?.status() === 200 && links === Object.keys(h.cases).length, `${links} case links`);

  await page.goto(h.pages.mixed);
  await page.waitForFunction(
    () => ['image', 'fetch', 'iframe'].every((id) => document.getElementById(`status-${id}`)?.dataset.state !== 'pending'),
    null,
    { timeout: 30_000 },
  );
  const states = await page.evaluate(() =>
    ['image', 'fetch', 'iframe'].map((id) => document.getElementById(`status-${id}`)?.dataset.state),
  );
  report(
    'page /mixed',
    states[0] === 'error' && states[1] === 'error' && states[2] === 'settled',
    `image=${states[0]} fetch=${states[1]} iframe=${states[2]}`,
  );

  await page.goto(h.pages.subresources.replace('n=100', 'n=50'));
  await page.waitForFunction(() => document.getElementById('status')?.dataset.done === 'true', null, { timeout: 30_000 });
  const widths = await page.evaluate(() => [...document.images].map((img) => img.naturalWidth));
  report(
    'page /subresources?n=50',
    widths.length === 50 && widths.every((w) => w === 16),
    `${widths.filter((w) => w === 16).length}/50 images decoded`,
  );

  const time = await page.goto(h.time.url);
  const body = JSON.parse((await time?.text()) ?? '{}');
  const skew = Math.abs(Date.parse(time?.headers().date ?? '') - Date.now());
  report('time server', time?.status() === 200 && skew < 5000 && typeof body.now === 'number', `Date: ${time?.headers().date}`);
  await context.close();
} finally {
  await browser.close();
}

if (values.faketime) {
  if (!existsSync(LIBFAKETIME)) report('faketime', false, `${LIBFAKETIME} missing`);
  else {
    for (const offset of ['-2y', '+2y']) {
      const b = await launch({ LD_PRELOAD: LIBFAKETIME, FAKETIME: offset });
      try {
        const got = await visit(await b.newContext(), h.cases.healthy.url);
        report(`healthy, browser clock ${offset}`, got === 'net::ERR_CERT_DATE_INVALID', `got ${got}; expected net::ERR_CERT_DATE_INVALID`);
      } finally {
        await b.close();
      }
    }
  }
}

const t0 = performance.now();
await h.stop();
const stopMs = performance.now() - t0;
report('harness stop()', stopMs < 1000, `${stopMs.toFixed(0)} ms`);
await rm(home, { recursive: true, force: true });

console.log(failures.length ? `\n${failures.length} mismatch(es): ${failures.join(', ')}` : '\nAll checks matched.');
process.exit(failures.length ? 1 : 0);
