// npm run bench: measured figures for the extension's cost and speed, printed as a table.
//   BENCH_RUNS=15 (page-load pairs), BENCH_HELP_RUNS=7, BENCH_STORM=10000; --write updates BENCHMARKS.md.
//   BENCH_ONLY=cpu: only the CPU-per-navigation section (bench/cpu-per-navigation.mjs).
//   BENCH_ONLY=firefox: only the Firefox section (bench/firefox.mjs).
//   BENCH_ONLY=help: only the time-to-help rows (section 2 and 2b); --write replaces just those rows.
// Machines here are shared and noisy: figures are medians of interleaved runs, and ratios compare
// runs taken side by side. Nothing here is a pass/fail test.
import { cpus, totalmem, release, tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHarness } from '../e2e/harness/index.mjs';
import { launch, workerSession } from './browser.mjs';
import { chromiumExecutable, trustingHome } from '../e2e/support/launch-chromium.mjs';
import { busyMs, fmt, median, quantile } from './stats.mjs';
import { cpuPerNavigation } from './cpu-per-navigation.mjs';
import { composeBenchmarks, withRows } from './benchmarks-file.mjs';
import { firefoxBench } from './firefox.mjs';

const root = join(import.meta.dirname, '..');
const dist = resolve(root, process.env.HD_DIST ?? 'dist', 'chrome');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const HELP_RUNS = Number(process.env.BENCH_HELP_RUNS ?? 7);
const STORM = Number(process.env.BENCH_STORM ?? 10_000);
const ONLY = process.env.BENCH_ONLY;
const KNOWN_ONLY = ['cpu', 'firefox', 'help'];
if (ONLY && !KNOWN_ONLY.includes(ONLY)) throw new Error(`BENCH_ONLY=${ONLY}: only ${KNOWN_ONLY.map((k) => `"${k}"`).join(', ')} are known`);
const date = new Date().toISOString().slice(0, 10);
const rows = [];
const row = (figure, value, target = '') => {
  rows.push([figure, value, target]);
  console.log(`${figure}: ${value}${target ? `  (target ${target})` : ''}`);
};

const harness = await startHarness({ quiet: true });
const home = await trustingHome(harness, mkdtempSync(join(tmpdir(), 'hd-bench-home-')));
// First, while no other browser of the bench runs beside the ones they measure.
const cpuSection =
  ONLY === 'firefox' || ONLY === 'help' ? undefined : await cpuPerNavigation({ harness, home, productDir: dist, date, machine: machine() });
const firefoxSection = ONLY === 'cpu' || ONLY === 'help' ? undefined : await firefoxBench({ harness, date, machine: machine() });
if (ONLY === 'cpu' || ONLY === 'firefox') {
  await harness.stop();
  record({ cpuSection, firefoxSection });
  process.exit(0);
}
const withExt = await launch({ harness, home, extensionDir: dist });
const without = await launch({ harness, home });

async function loadTime(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return nav.loadEventEnd - nav.startTime;
  });
}

/**
 * Load times of `url` in two pages of two browsers, RUNS interleaved pairs, alternating which
 * goes first. Returns the first page's times; pushes the second's onto `others`.
 */
async function interleaved(first, second, url, others) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      others.push(await loadTime(second, url));
      times.push(await loadTime(first, url));
    } else {
      times.push(await loadTime(first, url));
      others.push(await loadTime(second, url));
    }
  }
  return times;
}

// 1. Healthy pages: the extension's own CPU per load, and load time with and without it.
if (!ONLY) {
  const url = new URL('/subresources?n=100', harness.pages.healthy).href;
  const pageA = await withExt.browser.newPage();
  const pageB = await without.browser.newPage();
  const cpu = [];
  const a = [];
  const b = [];
  await loadTime(pageA, url);
  await loadTime(pageB, url);
  // CPU first, in its own runs: a profiler attached during the timed loads would slow them.
  for (let i = 0; i < RUNS; i++) {
    const session = await workerSession(withExt.browser);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await loadTime(pageA, url);
    await new Promise((r) => setTimeout(r, 300));
    const { profile } = await session.send('Profiler.stop');
    cpu.push(busyMs(profile));
    await session.detach();
  }
  // Then load times, interleaved pairs.
  a.push(...(await interleaved(pageA, pageB, url, b)));
  // Control: the same measurement for an extension that does nothing. Its ratio shows how far
  // from 1.00 two browser instances land here with no work of ours at all.
  const control = await launch({ harness, home, extensionDir: join(import.meta.dirname, 'fixtures', 'do-nothing-extension') });
  const pageC = await control.browser.newPage();
  await loadTime(pageC, url);
  const c = [];
  const cb = await interleaved(pageB, pageC, url, c);
  await control.browser.close();
  row('healthy page, 100 sub-resources: extension CPU per load (median)', `${fmt(median(cpu), 2)} ms`, '≈ 0 ms');
  row('healthy page load, with extension (median)', `${fmt(median(a))} ms`);
  row('healthy page load, without extension (median)', `${fmt(median(b))} ms`);
  row(`load-time ratio with/without (median of ${RUNS} interleaved pairs)`, fmt(median(a) / median(b), 2), '≈ 1.00');
  row('control: the same ratio for an extension that does nothing', fmt(median(c) / median(cb), 2));
  const injected = await pageA.evaluate(() => document.querySelectorAll('[data-handshake-doctor]').length);
  row('content scripts injected into the healthy page', String(injected), '0');
  await pageA.close();
  await pageB.close();
}

/** Records the wall time of main-frame errors in the worker, for "time to help". */
async function watchErrors(browser) {
  const session = await workerSession(browser);
  await session.send('Runtime.evaluate', {
    expression: `globalThis.__benchErrors ??= []; if (!globalThis.__benchWatching) { globalThis.__benchWatching = true;
      chrome.webRequest.onErrorOccurred.addListener((d) => { if (d.type === 'main_frame') globalThis.__benchErrors.push({ url: d.url, t: d.timeStamp }); }, { urls: ['<all_urls>'] }); }`,
  });
  return session;
}

async function errorTime(session, url) {
  for (let i = 0; i < 100; i++) {
    const { result } = await session.send('Runtime.evaluate', {
      expression: `JSON.stringify(globalThis.__benchErrors.filter((e) => e.url === ${JSON.stringify(url)}))`,
      returnByValue: true,
    });
    const found = JSON.parse(result.value);
    if (found.length) return found[found.length - 1].t;
    await new Promise((r) => setTimeout(r, 50));
  }
  return NaN;
}

/** The page's first contentful paint on the wall clock (the entry is reported a moment after the paint). */
async function firstPaint(page) {
  for (let i = 0; i < 80; i++) {
    const { paintedAt, origin } = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { paintedAt: fcp ? performance.timeOrigin + fcp.startTime : NaN, origin: performance.timeOrigin };
    });
    if (Number.isFinite(paintedAt)) return { paintedAt, origin };
    await new Promise((r) => setTimeout(r, 25));
  }
  return { paintedAt: NaN, origin: NaN };
}

/**
 * Opens url in a fresh tab until the extension page at `pagePath` shows its verdict; returns
 * {event→paint, navigation→paint} and the split at that page's own navigation start.
 */
async function timeToHelp(url, ext = withExt, pagePath = 'src/troubleshoot/index.html') {
  const session = await watchErrors(ext.browser);
  const page = await ext.browser.newPage();
  const started = Date.now();
  await page.goto(url).catch(() => undefined);
  await page.waitForFunction(
    (prefix) => location.href.startsWith(prefix) && document.querySelector('[data-testid="diagnosis"]'),
    { timeout: 15_000, polling: 'raf' },
    `chrome-extension://${ext.extensionId}/${pagePath}`,
  );
  const { paintedAt, origin } = await firstPaint(page);
  const eventAt = await errorTime(session, url);
  await session.detach();
  await page.close();
  // origin: the extension page's navigation start, so the time splits into the worker's part
  // (event → tabs.update → navigation) and the page's (navigation → first paint).
  return { afterEvent: paintedAt - eventAt, afterStart: paintedAt - started, toNavigation: origin - eventAt, toPaint: paintedAt - origin };
}

/** Navigation start → the browser's own error page's first paint, timed as timeToHelp times ours. */
async function timeToNativePage(url) {
  const page = await without.browser.newPage();
  const started = Date.now();
  await page.goto(url).catch(() => undefined);
  await page.waitForFunction(() => document.body && document.body.innerText.trim().length > 0, { timeout: 15_000, polling: 'raf' });
  const { paintedAt } = await firstPaint(page);
  await page.close();
  return paintedAt - started;
}

/**
 * The floor for any extension that shows its own page for a failure: an MV3 worker that only moves
 * the tab to a static extension page (one heading, no script) on the same error event.
 */
function staticPageExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'hd-bench-static-page-'));
  const manifest = {
    manifest_version: 3,
    name: 'static page on error',
    version: '1.0',
    permissions: ['storage', 'tabs', 'webRequest'],
    host_permissions: ['<all_urls>'],
    background: { service_worker: 'sw.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'sw.js'),
    `chrome.webRequest.onErrorOccurred.addListener((d) => {
  if (d.type === 'main_frame' && d.tabId >= 0) chrome.tabs.update(d.tabId, { url: chrome.runtime.getURL('page.html') });
}, { urls: ['https://*/*'] });
globalThis.__handshakeDoctorReady = true;\n`,
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<!doctype html><meta charset="utf-8"><section data-testid="diagnosis"><h1>The certificate has expired</h1></section>\n',
  );
  return dir;
}

const spread = (xs) => `${fmt(median(xs))} ms (p25–p75 ${fmt(quantile(xs, 0.25))}–${fmt(quantile(xs, 0.75))})`;

// 2. Time to help: navigation start → the troubleshooter's first paint (its verdict: the page paints
// nothing before it), beside the browser's own page and a static extension page, in rotating order.
{
  const floor = await launch({ harness, home, extensionDir: staticPageExtension() });
  const help = [];
  const toNavigation = [];
  const toPaint = [];
  const helpFromStart = [];
  const native = [];
  const floorFromStart = [];
  const floorToPaint = [];
  const measures = [
    async (url) => {
      const t = await timeToHelp(url);
      help.push(t.afterEvent);
      toNavigation.push(t.toNavigation);
      toPaint.push(t.toPaint);
      helpFromStart.push(t.afterStart);
    },
    async (url) => native.push(await timeToNativePage(url)),
    async (url) => {
      const t = await timeToHelp(url, floor, 'page.html');
      floorFromStart.push(t.afterStart);
      floorToPaint.push(t.toPaint);
    },
  ];
  const WARM_UP = 2;
  for (let i = 0; i < WARM_UP + HELP_RUNS; i++) {
    const url = `${harness.cases['expired'].url}?run=${i}`;
    for (let j = 0; j < measures.length; j++) await measures[(i + j) % measures.length](url);
  }
  await floor.browser.close();
  // The first rounds are left out: each browser's first extension page or error page is a cold start.
  for (const xs of [help, toNavigation, toPaint, helpFromStart, native, floorFromStart, floorToPaint]) xs.splice(0, WARM_UP);
  row(`time to help: error event → troubleshooter first paint (median of ${HELP_RUNS})`, spread(help), '≤ 150 ms');
  row('  of which: error event → troubleshooter navigation starts (median)', spread(toNavigation));
  row('  of which: troubleshooter navigation start → first paint (median)', spread(toPaint));
  row('navigation start → troubleshooter verdict painted (median)', spread(helpFromStart));
  row("navigation start → browser's own error page painted, no extension (median)", spread(native));
  row('navigation start → a static extension page painted, moved there on the same event (median)', spread(floorFromStart));
  row('  of which: static extension page navigation start → first paint (median)', spread(floorToPaint));
  row("time-to-help ratio: troubleshooter / browser's own page (medians)", fmt(median(helpFromStart) / median(native), 2), '≤ 1.3');
  row("floor ratio: static extension page / browser's own page (medians)", fmt(median(floorFromStart) / median(native), 2));
  // Each round measures the three side by side: its ratio holds up better while other work on the machine comes and goes.
  const perRound = helpFromStart.map((x, i) => x / native[i]);
  row(
    "time-to-help ratio per round: troubleshooter / browser's own page (median, p25–p75)",
    `${fmt(median(perRound), 2)} (${fmt(quantile(perRound, 0.25), 2)}–${fmt(quantile(perRound, 0.75), 2)})`,
    '≤ 1.3',
  );
}

// 2b. A page that fails as the browser starts (a restored session), the extension installed
// before: Chromium's first policy read takes seconds, and the copy kept from the last run
// stands in for it (src/platform/managed-storage.ts).
{
  const profile = mkdtempSync(join(tmpdir(), 'hd-bench-restart-'));
  const before = await launch({ harness, home, extensionDir: dist, userDataDir: profile });
  // Long enough for the first policy answer to come and be kept.
  await new Promise((r) => setTimeout(r, 5_000));
  await before.browser.close();
  const restarted = await launch({ harness, home, extensionDir: dist, userDataDir: profile });
  const t = await timeToHelp(`${harness.cases['expired'].url}?restart=1`, restarted);
  await restarted.browser.close();
  row('time to help for a failure just after a browser restart: error event → first paint', `${fmt(t.afterEvent)} ms`, '≤ 150 ms');
}

// 3. Popup and options: time until the page shows its content (in-page clock, from navigation start).
for (const [name, path] of ONLY
  ? []
  : [
      ['popup', 'src/popup/index.html'],
      ['options', 'src/options/index.html'],
    ]) {
  const times = [];
  const page = await withExt.browser.newPage();
  for (let i = 0; i < Math.max(7, HELP_RUNS); i++) {
    await page.goto(`chrome-extension://${withExt.extensionId}/${path}`);
    const t = await page.waitForFunction(
      () => {
        const main = document.querySelector('main');
        return main && main.childElementCount > 0 && !document.querySelector('[aria-busy="true"]') ? performance.now() : false;
      },
      { polling: 'raf', timeout: 10_000 },
    );
    times.push(await t.jsonValue());
  }
  await page.close();
  row(`${name}: time to interactive (median)`, `${fmt(median(times))} ms`, '≤ 100 ms');
}

// 4. Storm: a page fires STORM failing sub-resource requests within a minute.
if (!ONLY) {
  const session = await workerSession(withExt.browser);
  await session.send('Runtime.enable');
  const heap = [];
  const sampleHeap = async () => {
    try {
      const s = await workerSession(withExt.browser);
      heap.push((await s.send('Runtime.getHeapUsage')).usedSize);
      await s.detach();
    } catch {
      /* the worker may be between lives */
    }
  };
  const page = await withExt.browser.newPage();
  await page.goto(harness.pages.healthy);
  const target = harness.cases['untrusted-root'].url;
  const stormDone = page.evaluate(
    async (targetUrl, total) => {
      const batch = Math.ceil(total / 50);
      for (let sent = 0; sent < total; sent += batch) {
        for (let i = sent; i < Math.min(total, sent + batch); i++) {
          const img = new Image();
          img.src = `${targetUrl}storm.png?i=${i}`;
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    },
    target,
    STORM,
  );
  const sampler = setInterval(sampleHeap, 2000);
  await new Promise((r) => setTimeout(r, 25_000));
  const during = await timeToHelp(`${harness.cases['self-signed'].url}?storm=1`);
  await stormDone;
  await new Promise((r) => setTimeout(r, 3000));
  clearInterval(sampler);
  await sampleHeap();
  const { result } = await session.send('Runtime.evaluate', {
    expression: `Promise.all([chrome.storage.local.getBytesInUse(null), chrome.storage.session.getBytesInUse ? chrome.storage.session.getBytesInUse(null) : -1]).then(JSON.stringify)`,
    awaitPromise: true,
    returnByValue: true,
  });
  const [localBytes, sessionBytes] = JSON.parse(result.value);
  row(
    `storm of ${STORM} failing sub-resources: worker heap peak`,
    `${fmt(Math.max(...heap) / 1e6)} MB (median ${fmt(median(heap) / 1e6)} MB, p90 ${fmt(quantile(heap, 0.9) / 1e6)} MB)`,
    'bounded',
  );
  row('storm: stored history (storage.local) and session state', `${localBytes} B local, ${sessionBytes} B session`, 'bounded');
  row('storm: main-frame failure during the storm, event → troubleshooter paint', `${fmt(during.afterEvent)} ms`, '≤ 150 ms');
  await session.detach();
  await page.close();
}

await withExt.browser.close();
await without.browser.close();
await harness.stop();

const table = ['| figure | measured | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(`\n${machine()}\n\n${table}`);
if (ONLY === 'help') recordRows(rows);
else
  record({
    preamble: `# Benchmarks\n\nMeasured with \`npm run bench -- --write\` on ${date}.\n\nMachine: ${machine()}.\n\n${table}\n`,
    cpuSection,
    firefoxSection,
  });

function machine() {
  const chromiumVersion = execFileSync(chromiumExecutable(), ['--version'], { encoding: 'utf8' })
    .replace(/.*unexpected operator\n/, '')
    .trim();
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, ${chromiumVersion}, Node ${process.version}`;
}

/** With --write, replaces only these rows of BENCHMARKS.md's main table. */
function recordRows(measured) {
  if (!process.argv.includes('--write')) return;
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, withRows(readFileSync(file, 'utf8'), measured));
}

/** With --write, puts this run's parts into BENCHMARKS.md; the hand-written sections are kept. */
function record(parts) {
  if (!process.argv.includes('--write')) return;
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, composeBenchmarks(existsSync(file) ? readFileSync(file, 'utf8') : '', parts));
}
