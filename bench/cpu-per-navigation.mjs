// What the extension costs while nothing fails: whole-browser CPU per healthy navigation, five
// browsers measured side by side (no extension, a do-nothing MV3 extension, the floor extension
// with this product's permissions and only error listeners, the floor with this product's whole
// manifest, this product), warm and cold, and the resident memory of their processes after idling.
//   BENCH_CPU_ROUNDS=6 rounds × BENCH_CPU_NAVS=10 navigations per browser and mode.
// Each browser runs in its own cgroup (bench/cgroup.mjs), so the figure is every CPU millisecond
// any of its processes spent, read from the kernel; the rotating order spreads the machine's noise
// over all of them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { openCpuCgroup } from './cgroup.mjs';
import { processMemory } from './process-memory.mjs';
import { fmt, fmtWithRange, median, rotated } from './stats.mjs';
import { chromiumExecutable } from '../e2e/support/launch-chromium.mjs';

const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 6);
const NAVS = Number(process.env.BENCH_CPU_NAVS ?? 10);
// CPU is read from just before each navigation to SETTLE_MS after its load event, so work the
// navigation causes after load (late extension events, the worker's own tasks) is counted.
const SETTLE_MS = 250;
// A pause before each cold reading, so the stopped worker has finished stopping.
const QUIET_MS = 100;
// Memory is read twice: while a worker started by the last navigation may still run, and after
// Chromium's 30 s service-worker idle timeout.
const IDLE_SHORT_MS = 5_000;
const IDLE_LONG_MS = 35_000;
const FIXTURES = join(import.meta.dirname, 'fixtures');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The floor extension, with the permissions of the product's built manifest (so it stays the product's). */
function floorExtension(productDir) {
  const dir = mkdtempSync(join(tmpdir(), 'hd-bench-floor-'));
  cpSync(join(FIXTURES, 'error-listeners-extension'), dir, { recursive: true });
  const product = JSON.parse(readFileSync(join(productDir, 'manifest.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const key of ['permissions', 'optional_permissions', 'host_permissions']) {
    if (product[key]) manifest[key] = product[key];
    else delete manifest[key];
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * This product with the floor's background: its whole manifest (toolbar action and popup, options
 * page, icons, locales, managed-storage schema) and files, only the worker replaced. Beside the
 * floor it shows what the manifest costs; beside this product, what its background code costs.
 */
function floorWithProductManifest(productDir) {
  const dir = mkdtempSync(join(tmpdir(), 'hd-bench-floor-manifest-'));
  cpSync(productDir, dir, { recursive: true });
  cpSync(join(FIXTURES, 'error-listeners-extension', 'sw.js'), join(dir, 'sw.js'));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.background = { service_worker: 'sw.js' };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Launches one browser in its own cgroup, with a CDP session that stops and watches service workers. */
async function start(variant, { harness, home, scriptDir }) {
  const cgroup = openCpuCgroup(`hd-bench-${process.pid}-${variant.key}`, chromiumExecutable(), scriptDir);
  if (cgroup.unavailable) return { variant, unavailable: cgroup.unavailable };
  const { browser } = await launch({ harness, home, extensionDir: variant.dir, executablePath: cgroup.executablePath, watchWorker: false });
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  // Every start of the extension's worker: ServiceWorker domain events carry each version's running status.
  const status = new Map();
  let starts = 0;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith('chrome-extension://')) continue;
      if (v.runningStatus === 'running' && status.get(v.versionId) !== 'running') starts++;
      status.set(v.versionId, v.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  return {
    variant,
    cgroup,
    browser,
    page,
    session,
    starts: () => starts,
    workerRunning: () => [...status.values()].includes('running'),
  };
}

/** CPU ms and worker starts of one navigation. */
async function navigation(b, url, cold) {
  const startsBefore = b.starts();
  if (cold) {
    await b.session.send('ServiceWorker.stopAllWorkers');
    await sleep(QUIET_MS);
  }
  const before = b.cgroup.usageMs();
  await b.page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  return { ms: b.cgroup.usageMs() - before, starts: b.starts() - startsBefore };
}

/**
 * One round: NAVS navigations per browser, the browsers taking turns navigation by navigation (in
 * an order rotated each turn), so a burst of load on the shared machine falls on all of them alike.
 * Returns each browser's { ms, starts } per navigation over the round.
 */
async function round(browsers, url, cold, r) {
  const sums = new Map(browsers.map((b) => [b, { ms: 0, starts: 0 }]));
  for (let i = 0; i < NAVS; i++) {
    for (const b of rotated(browsers, r + i)) {
      const { ms, starts } = await navigation(b, url, cold);
      sums.get(b).ms += ms;
      sums.get(b).starts += starts;
    }
  }
  return new Map([...sums].map(([b, s]) => [b, { ms: s.ms / NAVS, starts: s.starts / NAVS }]));
}

/** Resident memory now, in MB: the extension's renderer (RSS and PSS) and the whole browser (sum of PSS). */
function memory(b) {
  const processes = b.cgroup
    .pids()
    .map(processMemory)
    .filter((p) => p !== undefined);
  const extension = processes.filter((p) => p.cmdline.includes('--extension-process'));
  const mb = (list, key) => list.reduce((s, p) => s + p[key], 0) / 1024;
  return {
    extension: extension.length ? { rss: mb(extension, 'rssKb'), pss: mb(extension, 'pssKb') } : undefined,
    browserPss: mb(processes, 'pssKb'),
    workerRunning: b.workerRunning(),
  };
}

const fmtMemory = (m) =>
  `${m.extension ? `${fmt(m.extension.rss, 0)} MB (PSS ${fmt(m.extension.pss, 0)} MB)` : 'none'} / ${fmt(m.browserPss, 0)} MB${m.workerRunning ? ', worker running' : ''}`;

/** Per-round ratios a/b of two browsers' figures (rounds were taken side by side), as "median (min–max)". */
const ratio = (a, b) =>
  fmtWithRange(
    a.map((x, i) => x / b[i]),
    2,
  );

/**
 * Runs the measurement and returns the Markdown section for BENCHMARKS.md (also printed).
 * @param {{ harness: any, home: string, productDir: string, date: string, machine: string }} o
 */
export async function cpuPerNavigation({ harness, home, productDir, date, machine }) {
  const started = Date.now();
  const variants = [
    { key: 'none', label: 'no extension' },
    { key: 'do-nothing', label: 'an MV3 extension that does nothing', dir: join(FIXTURES, 'do-nothing-extension') },
    {
      key: 'floor',
      label: "the floor: this product's permissions, only `webRequest.onErrorOccurred` + `webNavigation.onErrorOccurred`",
      dir: floorExtension(productDir),
    },
    {
      key: 'floor-manifest',
      label: "the floor with this product's whole manifest (action and popup, options page, icons, locales, managed-storage schema)",
      dir: floorWithProductManifest(productDir),
    },
    { key: 'product', label: 'this product', dir: productDir },
  ];
  const scriptDir = mkdtempSync(join(tmpdir(), 'hd-bench-cgroup-'));
  const browsers = [];
  for (const v of variants) browsers.push(await start(v, { harness, home, scriptDir }));
  const unavailable = browsers.find((b) => b.unavailable)?.unavailable;
  const heading = `## CPU per healthy navigation\n\nMeasured with \`npm run bench\` on ${date} (\`BENCH_ONLY=cpu\` runs only this section). Machine: ${machine}.\n`;
  if (unavailable) {
    await Promise.all(browsers.filter((b) => b.browser).map((b) => b.browser.close()));
    console.log(`CPU per healthy navigation: not measured (${unavailable})`);
    return `${heading}\nNot measured: ${unavailable}.\n`;
  }

  const url = new URL('/subresources?n=20', harness.pages.healthy).href;
  for (const b of browsers) await b.page.goto(url, { waitUntil: 'load' });
  const figures = new Map(browsers.map((b) => [b.variant.key, { warm: [], cold: [], coldStarts: [], warmStarts: [] }]));
  for (const mode of ['warm', 'cold']) {
    for (let r = 0; r < ROUNDS; r++) {
      const results = await round(browsers, url, mode === 'cold', r);
      for (const [b, { ms, starts }] of results) {
        const f = figures.get(b.variant.key);
        f[mode].push(ms);
        f[`${mode}Starts`].push(starts);
      }
      console.log(
        `cpu ${mode} round ${r + 1}/${ROUNDS}: ${[...results].map(([b, x]) => `${b.variant.key} ${fmt(x.ms)} ms/nav, ${x.starts} starts/nav`).join('; ')}`,
      );
    }
  }

  // Memory: one more navigation each (which may start a worker), then idle, all browsers at once.
  for (const b of browsers) await b.page.goto(url, { waitUntil: 'load' });
  await sleep(IDLE_SHORT_MS);
  const short = browsers.map(memory);
  await sleep(IDLE_LONG_MS - IDLE_SHORT_MS);
  const long = browsers.map(memory);
  for (const b of browsers) {
    await b.browser.close();
    await b.cgroup.remove();
  }

  const f = (key) => figures.get(key);
  const rows = browsers.map((b, i) => {
    const x = f(b.variant.key);
    return `| ${b.variant.label} | ${fmtWithRange(x.warm)} | ${fmtWithRange(x.cold)} | ${fmt(median(x.warmStarts), 1)} / ${fmt(median(x.coldStarts), 1)} | ${fmtMemory(short[i])} | ${fmtMemory(long[i])} |`;
  });
  const product = f('product');
  const floor = f('floor');
  const floorManifest = f('floor-manifest');
  const table = [
    `| browser | warm ms/nav | cold ms/nav | worker starts/nav, warm / cold | resident ${IDLE_SHORT_MS / 1000} s after a navigation: extension process RSS (PSS) / whole browser PSS | the same after ${IDLE_LONG_MS / 1000} s |`,
    '|---|---|---|---|---|---|',
    ...rows,
    `| **this product ÷ the floor** (per-round ratios) | **${ratio(product.warm, floor.warm)}** | **${ratio(product.cold, floor.cold)}** | | | |`,
    `| this product − the floor, ms/nav (medians) | ${fmt(median(product.warm) - median(floor.warm))} | ${fmt(median(product.cold) - median(floor.cold))} | | | |`,
    `| the manifest's part: the floor with this product's manifest ÷ the floor (per-round ratios) | ${ratio(floorManifest.warm, floor.warm)} | ${ratio(floorManifest.cold, floor.cold)} | | | |`,
    `| the background's part: this product ÷ the floor with its manifest (per-round ratios) | ${ratio(product.warm, floorManifest.warm)} | ${ratio(product.cold, floorManifest.cold)} | | | |`,
    `| control: an MV3 extension that does nothing ÷ no extension (per-round ratios) | ${ratio(f('do-nothing').warm, f('none').warm)} | ${ratio(f('do-nothing').cold, f('none').cold)} | | | |`,
  ].join('\n');
  const method = [
    `Whole-browser CPU (every process the browser ran, from its own cgroup: ${browsers[0].cgroup.kind === 'v1' ? '`cpuacct.usage`' : "`cpu.stat`'s `usage_usec`"}) per navigation`,
    `to a same-site page with 20 sub-resources (\`/subresources?n=20\`), counted from just before each navigation to ${SETTLE_MS} ms after its load event.`,
    `Figures: median of ${ROUNDS} rounds of ${NAVS} navigations per browser, the browsers taking turns navigation by navigation in a rotating order, min–max across rounds in brackets.`,
    'Cold: every service worker stopped (CDP `ServiceWorker.stopAllWorkers`) before each navigation, as when browsing slower than the worker idle timeout.',
    'No DevTools session is attached to the workers (it would keep them alive and pause each start); worker starts are counted from `ServiceWorker` domain events.',
  ].join('\n');
  const section = `${heading}\n${method}\n\n${table}\n\nFirefox: see its own section below.\n\nThis section took ${fmt((Date.now() - started) / 1000, 0)} s.\n`;
  console.log(`\n${section}`);
  return section;
}
