import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness } from '../e2e/harness/index.mjs';
import { launch } from './browser.mjs';
import { trustingHome } from '../e2e/support/launch-chromium.mjs';

const harness = await startHarness({ quiet: true });
const home = await trustingHome(harness, mkdtempSync(join(tmpdir(), 'hd-bench-home-')));
const ext = await launch({ harness, home, extensionDir: resolve(process.env.HD_DIST ?? 'dist', 'chrome') });
const prefix = `chrome-extension://${ext.extensionId}/src/troubleshoot/index.html`;
async function once(i) {
  const page = await ext.browser.newPage();
  await page.goto(`${harness.cases['expired'].url}?t=${i}`).catch(() => undefined);
  await page.waitForFunction((p) => location.href.startsWith(p) && document.querySelector('[data-testid="diagnosis"]'), { timeout: 15000, polling: 'raf' }, prefix);
  await new Promise((r) => setTimeout(r, 300));
  return page;
}
for (let i = 0; i < 3; i++) await (await once(i)).close();
const cdp = await ext.browser.target().createCDPSession();
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'navigation', 'extensions', 'toplevel', 'blink.user_timing', 'benchmark', 'ipc', 'content', 'ServiceWorker', 'browser'] },
  transferMode: 'ReportEvents',
});
const page = await once(99);
await cdp.send('Tracing.end');
await done;
writeFileSync(process.argv[2] ?? '/tmp/tth/trace.json', JSON.stringify({ traceEvents: events }));
console.log(events.length, 'events');
await page.close();
await ext.browser.close();
await harness.stop();
