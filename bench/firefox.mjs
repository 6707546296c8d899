// Firefox rows of the bench (BENCH_ONLY=firefox runs only these), Debian firefox-esr driven by
// puppeteer-core over WebDriver BiDi, on the prefs and certificate store of the e2e suite
// (e2e/support/firefox-prefs.mjs, e2e/harness/nss.mjs): nothing leaves 127.0.0.1.
//   a. background-page starts per healthy navigation, counted by the test build (dist-test/firefox,
//      src/background/firefox/wake-counter.ts) as e2e/firefox/wake-ups.test.ts counts them;
//   b. time to help: navigation start → the troubleshooter painted, beside navigation start →
//      Firefox's own error page painted in a browser without the extension, interleaved;
//   c. whole-browser CPU per healthy navigation without an extension, with the floor extension of
//      the Chromium rows, and with this product (bench/cgroup.mjs).
//   BENCH_FIREFOX_WAKE_NAVS=20, BENCH_HELP_RUNS=7, BENCH_FIREFOX_CPU_ROUNDS=8 × BENCH_FIREFOX_CPU_NAVS=10.
// e2e/support/firefox.ts is TypeScript, which plain Node cannot import; its launch is mirrored here
// with two things it does not do: a browser without the extension, and a wrapper as the executable.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { makeNssDb } from '../e2e/harness/nss.mjs';
import { TIME_SOURCE_HOSTS } from '../e2e/harness/cases.mjs';
import { firefoxPrefs } from '../e2e/support/firefox-prefs.mjs';
import { FIREFOX_HEADING } from './benchmarks-file.mjs';
import { openCpuCgroup } from './cgroup.mjs';
import { fmt, fmtWithRange, median, rotated } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const DIST = resolve(root, process.env.HD_DIST ?? 'dist', 'firefox');
const DIST_TEST = resolve(root, process.env.HD_DIST_TEST ?? 'dist-test', 'firefox');
const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WAKE_NAVS = Number(process.env.BENCH_FIREFOX_WAKE_NAVS ?? 20);
const HELP_RUNS = Number(process.env.BENCH_HELP_RUNS ?? 7);
const CPU_ROUNDS = Number(process.env.BENCH_FIREFOX_CPU_ROUNDS ?? 8);
const CPU_NAVS = Number(process.env.BENCH_FIREFOX_CPU_NAVS ?? 10);
/** The event page's idle timeout for the measured browsers: short, so each navigation meets it suspended. */
const IDLE_TIMEOUT_MS = 1_000;
/** Between counted navigations: the idle timeout, then the suspension itself, with room to spare. */
const WAKE_GAP_MS = 3 * IDLE_TIMEOUT_MS;
/** CPU is read from just before a navigation to this long after its load event (as for Chromium). */
const SETTLE_MS = 250;
/** Fixed through `extensions.webextensions.uuids` (as in the e2e suite), so the extension's pages have a known origin. */
const EXTENSION_ORIGIN = 'moz-extension://4f0c2a9e-6b1d-4c3e-9a57-1e2d3c4b5a69';
const TROUBLESHOOTER = `${EXTENSION_ORIGIN}/src/troubleshoot/index.html`;
const WAKE_TIMES_KEY = '__handshakeDoctorFirefoxWakes';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `promise`, or `fallback` after `ms` (an evaluate in a tab being navigated may never answer). */
async function within(promise, ms, fallback) {
  let timer;
  const late = new Promise((r) => (timer = setTimeout(() => r(fallback), ms)));
  try {
    return await Promise.race([promise.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Firefox with a fresh profile that trusts the harness root; with `extensionDir`, that extension
 * installed. For this product (`ownPages`), its settings then point every probe at the harness
 * (written from its troubleshooter, opened by a connection reset, as e2e/support/firefox.ts's
 * warm-up does).
 */
async function launchFirefox(harness, { extensionDir, ownPages = true, executablePath, prefs = {} } = {}) {
  const profileDir = mkdtempSync(join(tmpdir(), 'hd-bench-firefox-'));
  await makeNssDb(profileDir, harness.rootCaPath);
  const timeSources = TIME_SOURCE_HOSTS.map((h) => `http://${h}:${harness.time.port}/`);
  const geckoId = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executablePath ?? EXECUTABLE,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      ...firefoxPrefs(harness.hostnames),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_ORIGIN.slice('moz-extension://'.length) }),
      ...prefs,
    },
    protocolTimeout: 60_000,
  });
  const close = async () => {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  if (!extensionDir) return { browser, close };
  await browser.installExtension(extensionDir);
  if (!ownPages) return { browser, close };
  const page = await browser.newPage();
  const shown = await showsTroubleshooter(page, harness.cases['tcp-reset'].url, 30_000);
  if (!Number.isFinite(shown.total)) throw new Error('the extension did not open its troubleshooter');
  const settings = {
    probeUrls: [harness.pages.healthy],
    timeSources,
    portalCheckUrl: 'http://portal.hd.test/generate_204',
    firefoxPortalCheckUrl: 'http://portal.hd.test/success.txt',
  };
  await page.evaluate(async (s) => {
    await browser.storage.local.set({ settings: { version: 1, settings: s } });
    await browser.storage.session.clear();
  }, settings);
  return { browser, close, extensionPage: page };
}

/**
 * Polls `probe` in the tab (once the page it waits for shows, it returns that page's navigation
 * start and first contentful paint on the wall clock, else undefined) until it answers; NaNs
 * after timeoutMs.
 */
async function paintedWhen(page, probe, arg, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const at = await within(page.evaluate(probe, arg), 2_000, undefined);
    if (at !== undefined) return at;
    await sleep(20);
  }
  return { origin: NaN, painted: NaN };
}

/**
 * Navigation start → the troubleshooter's verdict painted, in ms (NaN if it never showed), and
 * its split at the troubleshooter's own navigation start: the background's part (the failed
 * navigation, the error event, `tabs.update`) and the page's (its start-up and first render).
 */
async function showsTroubleshooter(page, url, timeoutMs = 15_000) {
  const started = Date.now();
  // The extension moves the tab before the driver's navigation completes: it is not awaited.
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const shown = await paintedWhen(
    page,
    (prefix) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const ready = location.href.startsWith(prefix) && document.querySelector('[data-testid="diagnosis"]');
      return ready && fcp ? { origin: performance.timeOrigin, painted: performance.timeOrigin + fcp.startTime } : undefined;
    },
    TROUBLESHOOTER,
    timeoutMs,
  );
  return { total: shown.painted - started, toPage: shown.origin - started, pageToPaint: shown.painted - shown.origin };
}

/** Navigation start → Firefox's own error page (about:certerror / about:neterror) painted, in ms. */
async function showsErrorPage(page, url) {
  const started = Date.now();
  page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  const painted = await paintedWhen(
    page,
    () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      // Its text is not in innerText here: the first contentful paint is what says it shows.
      const shown = /^about:(cert|net)error/.test(document.documentURI);
      return shown && fcp ? { origin: performance.timeOrigin, painted: performance.timeOrigin + fcp.startTime } : undefined;
    },
    undefined,
    15_000,
  );
  return painted.painted - started;
}

/** a. Background starts per healthy navigation, the test build's counter read from an extension page. */
async function wakeUps(harness) {
  const ff = await launchFirefox(harness, { extensionDir: DIST_TEST, prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS } });
  try {
    const wakes = async () =>
      (await ff.extensionPage.evaluate(async (k) => (await browser.storage.session.get(k))[k], WAKE_TIMES_KEY))?.length ?? 0;
    const origin = new URL(harness.pages.healthy).origin;
    const shapes = [
      ['https, 20 same-site sub-resources', `${origin}/subresources?n=20`],
      ['http', harness.time.url],
      ['https redirect', `${origin}/redirect`],
      ['https → http redirect', `${origin}/redirect?to=http`],
      ['https with iframes', `${origin}/framed`],
    ];
    const page = await ff.browser.newPage();
    await sleep(WAKE_GAP_MS);
    const byShape = new Map();
    const before = await wakes();
    for (let i = 0; i < WAKE_NAVS; i++) {
      const [name, url] = shapes[i % shapes.length];
      const start = await wakes();
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}nav=${i}`, { waitUntil: 'load', timeout: 15_000 });
      await sleep(WAKE_GAP_MS);
      const [woke, visits] = byShape.get(name) ?? [0, 0];
      byShape.set(name, [woke + (await wakes()) - start, visits + 1]);
    }
    const total = (await wakes()) - before;
    // The counter works and the background was suspended: one TLS failure starts it.
    const beforeFailure = await wakes();
    await showsTroubleshooter(page, `${harness.cases['expired'].url}?wake=1`);
    await sleep(500);
    const failure = (await wakes()) - beforeFailure;
    console.log(
      `firefox wake-ups: ${total} in ${WAKE_NAVS} healthy navigations ${JSON.stringify(Object.fromEntries(byShape))}; one TLS failure: ${failure}`,
    );
    return { total, byShape, failure };
  } finally {
    await ff.close();
  }
}

/** b. Time to help beside Firefox's own error page, in rotating order; the first rounds warm both up. */
async function timeToHelp(harness) {
  const withExt = await launchFirefox(harness, { extensionDir: DIST });
  const without = await launchFirefox(harness);
  const help = [];
  const native = [];
  const WARM_UP = 2;
  try {
    for (let i = 0; i < WARM_UP + HELP_RUNS; i++) {
      const url = `${harness.cases['expired'].url}?run=${i}`;
      const measures = [
        async () => help.push(await fresh(withExt.browser, (p) => showsTroubleshooter(p, url))),
        async () => native.push(await fresh(without.browser, (p) => showsErrorPage(p, url))),
      ];
      for (let j = 0; j < measures.length; j++) await measures[(i + j) % measures.length]();
      console.log(
        `firefox time to help ${i + 1}/${WARM_UP + HELP_RUNS}: troubleshooter ${fmt(help.at(-1).total)} ms, own page ${fmt(native.at(-1))} ms`,
      );
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  // The first rounds are left out: each browser's first extension page or error page is a cold start.
  help.splice(0, WARM_UP);
  native.splice(0, WARM_UP);
  return { help: help.map((h) => h.total), toPage: help.map((h) => h.toPage), pageToPaint: help.map((h) => h.pageToPaint), native };
}

/** `measure(page)` in a new tab of `browser`, closed afterwards. */
async function fresh(browser, measure) {
  const page = await browser.newPage();
  try {
    return await measure(page);
  } finally {
    await within(page.close(), 5_000, undefined);
  }
}

/**
 * The floor extension of the Chromium rows (bench/fixtures/error-listeners-extension: this
 * product's permissions, only the two error listeners) as a Firefox event page.
 */
function floorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'hd-bench-firefox-floor-'));
  const fixture = join(import.meta.dirname, 'fixtures', 'error-listeners-extension');
  cpSync(join(fixture, 'sw.js'), join(dir, 'background.js'));
  const product = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const manifest = {
    ...JSON.parse(readFileSync(join(fixture, 'manifest.json'), 'utf8')),
    permissions: product.permissions,
    optional_permissions: product.optional_permissions,
    host_permissions: product.host_permissions,
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'error-listeners@bench.invalid' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** c. Whole-browser CPU per healthy navigation, each browser in its own cgroup, navigations interleaved. */
async function cpuPerNavigation(harness) {
  const scriptDir = mkdtempSync(join(tmpdir(), 'hd-bench-firefox-cgroup-'));
  const variants = [
    { key: 'none', label: 'no extension' },
    {
      key: 'floor',
      label: "the floor: this product's permissions, only `webRequest.onErrorOccurred` + `webNavigation.onErrorOccurred`",
      extensionDir: floorExtension(),
      ownPages: false,
    },
    { key: 'product', label: 'this product (dist/firefox)', extensionDir: DIST },
  ];
  const browsers = [];
  try {
    for (const v of variants) {
      const cgroup = openCpuCgroup(`hd-bench-${process.pid}-firefox-${v.key}`, EXECUTABLE, scriptDir);
      if (cgroup.unavailable) return { unavailable: cgroup.unavailable };
      const ff = await launchFirefox(harness, {
        extensionDir: v.extensionDir,
        ownPages: v.ownPages,
        executablePath: cgroup.executablePath,
        prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS },
      });
      browsers.push({ ...v, cgroup, ff, page: await ff.browser.newPage(), rounds: [] });
    }
    if (browsers.some((b) => b.cgroup.pids().length === 0))
      return { unavailable: 'the wrapper script did not move Firefox into its cgroup' };
    const url = new URL('/subresources?n=20', harness.pages.healthy).href;
    for (const b of browsers) await b.page.goto(url, { waitUntil: 'load' });
    // Past the idle timeout: the backgrounds are suspended, as this product's is between failures.
    await sleep(WAKE_GAP_MS);
    for (let r = 0; r < CPU_ROUNDS; r++) {
      const sums = new Map(browsers.map((b) => [b.key, 0]));
      for (let i = 0; i < CPU_NAVS; i++) {
        for (const b of rotated(browsers, r + i)) {
          const before = b.cgroup.usageMs();
          await b.page.goto(url, { waitUntil: 'load' });
          await sleep(SETTLE_MS);
          sums.set(b.key, sums.get(b.key) + b.cgroup.usageMs() - before);
        }
      }
      for (const b of browsers) b.rounds.push(sums.get(b.key) / CPU_NAVS);
      console.log(`firefox cpu round ${r + 1}/${CPU_ROUNDS}: ${browsers.map((b) => `${b.key} ${fmt(b.rounds.at(-1))} ms/nav`).join(', ')}`);
    }
    return { kind: browsers[0].cgroup.kind, browsers: browsers.map(({ label, key, rounds }) => ({ label, key, rounds })) };
  } finally {
    for (const b of browsers) {
      await b.ff.close();
      await b.cgroup.remove();
    }
  }
}

/**
 * Runs the Firefox rows and returns the Markdown section for BENCHMARKS.md (also printed).
 * @param {{ harness: any, date: string, machine: string }} o
 */
export async function firefoxBench({ harness, date, machine }) {
  for (const dir of [DIST, DIST_TEST]) {
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(`${dir} is missing: run \`npm run build\` and \`npm run build -- --test\` first`);
  }
  const started = Date.now();
  const version = execFileSync(EXECUTABLE, ['--version'], { encoding: 'utf8' }).trim();
  const wakes = await wakeUps(harness);
  const { help, toPage, pageToPaint, native } = await timeToHelp(harness);
  const cpu = await cpuPerNavigation(harness);

  const shapes = [...wakes.byShape].map(([name, [woke, visits]]) => `${name}: ${woke} in ${visits}`).join(', ');
  const ratios = help.map((h, i) => h / native[i]);
  const rows = [
    '| figure | measured |',
    '|---|---|',
    `| background-page starts per healthy navigation (test build) | **${fmt(wakes.total / WAKE_NAVS, 2)}** (${wakes.total} in ${WAKE_NAVS}; ${shapes}) |`,
    `| background-page starts for one TLS failure, for comparison | ${wakes.failure} |`,
    `| navigation start → troubleshooter verdict painted, ms (median of ${help.length}, min–max) | ${fmtWithRange(help)} |`,
    `| &nbsp;&nbsp;of which: navigation start → the troubleshooter's navigation starts, ms | ${fmtWithRange(toPage)} |`,
    `| &nbsp;&nbsp;of which: the troubleshooter's navigation start → its first paint, ms | ${fmtWithRange(pageToPaint)} |`,
    `| navigation start → Firefox's own error page painted, no extension, ms | ${fmtWithRange(native)} |`,
    `| **time-to-help ratio: troubleshooter ÷ Firefox's own page** (medians; per-run ratios in brackets) | **${fmt(median(help) / median(native), 2)}** (${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}) |`,
  ];
  if (cpu.unavailable) rows.push(`| whole-browser CPU per healthy navigation | not measured: ${cpu.unavailable} |`);
  else {
    const [none, floor, product] = cpu.browsers;
    const ratio = (a, b) =>
      fmtWithRange(
        a.rounds.map((x, i) => x / b.rounds[i]),
        2,
      );
    for (const b of cpu.browsers)
      rows.push(
        `| whole-browser CPU per healthy navigation, ${b.label}, ms (median of ${CPU_ROUNDS} rounds, min–max) | ${fmtWithRange(b.rounds)} |`,
      );
    rows.push(
      `| **CPU ratio: this product ÷ the floor** (per-round ratios) | **${ratio(product, floor)}** |`,
      `| CPU ratio: this product ÷ no extension (per-round ratios) | ${ratio(product, none)} |`,
      `| CPU ratio: the floor ÷ no extension (per-round ratios) | ${ratio(floor, none)} |`,
    );
  }
  const method = [
    `Measured with \`npm run bench\` on ${date} (\`BENCH_ONLY=firefox\` runs only this section). ${version}, headless, driven by puppeteer-core over WebDriver BiDi; machine: ${machine}.`,
    '',
    `Background-page starts: the test build (\`dist-test/firefox\`, which counts each start of the background script in storage.session; the shipped build has no counter), \`extensions.background.idle.timeout\` = ${IDLE_TIMEOUT_MS} ms and ${WAKE_GAP_MS / 1000} s after every navigation, so each navigation meets the background suspended and any event for one of its listeners would start it; ${WAKE_NAVS} healthy navigations cycling through the shapes listed.`,
    `Time to help: the \`expired\` harness case in a new tab, one browser with the shipped build and one without an extension, in alternating order, ${HELP_RUNS} runs each after 2 warm-up runs; each time runs from just before the driver's navigation to the first contentful paint of the page that shows (the troubleshooter paints nothing before its verdict).`,
    cpu.unavailable
      ? ''
      : `CPU: every process of each browser counted from its own cgroup (${cpu.kind === 'v1' ? '`cpuacct.usage`' : "`cpu.stat`'s `usage_usec`"}), a wrapper script as the driver's executable; the same-site page with 20 sub-resources, from just before each navigation to ${SETTLE_MS} ms after its load event; ${CPU_ROUNDS} rounds of ${CPU_NAVS} navigations, the browsers taking turns navigation by navigation in a rotating order; the backgrounds suspended (idle timeout ${IDLE_TIMEOUT_MS} ms).`,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
  const section = `${FIREFOX_HEADING}\n\n${method}\n\n${rows.join('\n')}\n\nThis section took ${fmt((Date.now() - started) / 1000, 0)} s.\n`;
  console.log(`\n${section}`);
  return section;
}
