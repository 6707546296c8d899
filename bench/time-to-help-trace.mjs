// node bench/time-to-help-trace.mjs: where the time to help goes, from Chrome traces (CDP Tracing,
// whole browser). For this product and for a floor extension whose page has one small script that
// reads storage.session and writes the verdict, each failure is traced alone (after warm-up runs)
// and its milestones printed as medians, in ms from the failed request's network error. Not part of
// `npm run bench` (a trace slows what it measures); run it under the e2e lock like the bench.
//   TRACE_RUNS=7
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness } from '../e2e/harness/index.mjs';
import { launch } from './browser.mjs';
import { trustingHome } from '../e2e/support/launch-chromium.mjs';
import { fmt, median } from './stats.mjs';

const RUNS = Number(process.env.TRACE_RUNS ?? 7);
const CATEGORIES = ['devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'loading', 'navigation', 'toplevel'];

/** An MV3 extension that stores a verdict and moves the tab to a page whose one script reads and shows it. */
function scriptedPageExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'hd-trace-scripted-page-'));
  const manifest = { manifest_version: 3, name: 'scripted page on error', version: '1.0', permissions: ['storage', 'tabs', 'webRequest'] };
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ ...manifest, host_permissions: ['<all_urls>'], background: { service_worker: 'sw.js' } }),
  );
  writeFileSync(
    join(dir, 'sw.js'),
    `chrome.webRequest.onErrorOccurred.addListener((d) => {
  if (d.type !== 'main_frame' || d.tabId < 0) return;
  chrome.storage.session.set({ verdict: 'The certificate has expired' });
  chrome.tabs.update(d.tabId, { url: chrome.runtime.getURL('page.html') });
}, { urls: ['https://*/*'] });
globalThis.__handshakeDoctorReady = true;\n`,
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<!doctype html><meta charset="utf-8"><div id="app"></div><script type="module" src="page.js"></script>\n',
  );
  writeFileSync(
    join(dir, 'page.js'),
    `chrome.storage.session.get('verdict').then(({ verdict }) => {
  const section = document.createElement('section');
  section.dataset.testid = 'diagnosis';
  section.append(Object.assign(document.createElement('h1'), { textContent: verdict }));
  document.getElementById('app').append(section);
});\n`,
  );
  return dir;
}

const ERROR_PAGE = 'the browser starts committing its own error page (median of the runs where it did)';

/** Milestones of one traced failure, in ms from the network error; NaN where it did not happen. */
function milestones(events) {
  const browserPid = events.find((e) => e.ph === 'M' && e.name === 'process_name' && e.args.name === 'Browser')?.pid;
  const inBrowser = events.filter((e) => e.pid === browserPid);
  const failed = inBrowser.find((e) => e.name === 'NavigationURLLoaderImpl::NotifyRequestFailed');
  const move = inBrowser.find(
    (e) => e.name === 'NavigationControllerImpl::LoadURLWithParamsForResult' && e.args?.url?.startsWith('chrome-extension:'),
  );
  const nav = events.find((e) => e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes('chrome-extension:'));
  const onPage = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts);
  const fcp = onPage.find((e) => e.name === 'firstContentfulPaint');
  const errorPage = inBrowser.find((e) => e.name === 'RenderFrameHostImpl::FailedNavigation' && e.ts >= failed.ts && e.ts <= fcp.ts);
  const commitSent = inBrowser.find((e) => e.name === 'NavigationRequest::CommitNavigation' && e.ts >= move.ts);
  const commit = onPage.find((e) => e.name === 'RenderFrameImpl::CommitNavigation');
  const beforePaint = onPage.filter((e) => e.ts <= fcp.ts);
  const scriptsIn = beforePaint.filter((e) => e.name === 'ResourceFinish').at(-1);
  const evaluated = beforePaint.find((e) => e.name === 'v8.evaluateModule');
  const ms = (e, end = false) => (e ? (e.ts + (end ? (e.dur ?? 0) : 0) - failed.ts) / 1000 : NaN);
  const busy = (names) => beforePaint.filter((e) => e.ph === 'X' && names.includes(e.name)).reduce((sum, e) => sum + e.dur / 1000, 0);
  return {
    'the worker asks for the move (tabs.update reaches the browser)': ms(move),
    [ERROR_PAGE]: ms(errorPage),
    'the extension page is sent to commit': ms(commitSent),
    'the page has committed (renderer)': ms(commit, true),
    'its last script or style has arrived': ms(scriptsIn),
    'its first module is evaluated': ms(evaluated, true),
    'first contentful paint': ms(fcp),
    "  page's JavaScript before that paint (ms of main thread)": busy([
      'v8.evaluateModule',
      'FunctionCall',
      'RunMicrotasks',
      'v8.compileModule',
    ]),
    '  files fetched before that paint': beforePaint.filter((e) => e.name === 'ResourceSendRequest').length,
  };
}

async function traceFailures(ext, pagePath, harness) {
  const prefix = `chrome-extension://${ext.extensionId}/${pagePath}`;
  const fail = async (i) => {
    const page = await ext.browser.newPage();
    await page.goto(`${harness.cases['expired'].url}?trace=${i}`).catch(() => undefined);
    await page.waitForFunction(
      (p) => location.href.startsWith(p) && document.querySelector('[data-testid="diagnosis"]'),
      { timeout: 15_000, polling: 'raf' },
      prefix,
    );
    await new Promise((r) => setTimeout(r, 300));
    return page;
  };
  // A page closed before its trace is collected takes its renderer's events with it.
  for (let i = 0; i < 3; i++) await (await fail(`warm-${i}`)).close();
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const cdp = await ext.browser.target().createCDPSession();
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    const page = await fail(i);
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await page.close();
    runs.push(milestones(events));
  }
  return runs;
}

const harness = await startHarness({ quiet: true });
const home = await trustingHome(harness, mkdtempSync(join(tmpdir(), 'hd-bench-home-')));
const columns = {
  'this product': [resolve(import.meta.dirname, '..', process.env.HD_DIST ?? 'dist', 'chrome'), 'src/troubleshoot/index.html'],
  'a page with one small script': [scriptedPageExtension(), 'page.html'],
};
const results = {};
for (const [name, [dir, pagePath]] of Object.entries(columns)) {
  const ext = await launch({ harness, home, extensionDir: dir });
  results[name] = await traceFailures(ext, pagePath, harness);
  await ext.browser.close();
}
await harness.stop();
const names = Object.keys(results);
const medianOf = (xs) => (xs.some(Number.isFinite) ? median(xs.filter(Number.isFinite)) : NaN);
const rows = Object.keys(results[names[0]][0]).map(
  (m) => `| ${m} | ${names.map((n) => fmt(medianOf(results[n].map((r) => r[m])))).join(' | ')} |`,
);
const erred = (n) => results[n].filter((r) => Number.isFinite(r[ERROR_PAGE])).length;
rows.splice(
  2,
  0,
  `| runs in which the browser began committing its own error page first | ${names.map((n) => `${erred(n)} of ${RUNS}`).join(' | ')} |`,
);
console.log(
  [
    `medians of ${RUNS} traced failures each, ms from the network error`,
    '',
    `| milestone | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---|').join('')}`,
    ...rows,
  ].join('\n'),
);
