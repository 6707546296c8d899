// npm start: build, start the local fault harness, and open a browser with the extension loaded
// on the harness's index page (every fault case one click away). Ctrl-C stops everything.
//   BROWSER=firefox npm start   does the same in Firefox ESR (temporary add-on, test root trusted).
//   HEADLESS=1                  for machines without a display (prints what it opened).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../e2e/harness/index.mjs';
import { launchChromium, trustingHome } from '../e2e/support/launch-chromium.mjs';
import { firefoxPrefs } from '../e2e/support/firefox-prefs.mjs';

const root = join(import.meta.dirname, '..');
const headless = process.env.HEADLESS === '1';
const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const harness = await startHarness({ quiet: true });
const profile = mkdtempSync(join(tmpdir(), `hd-${target}-profile-`));
console.log(`fault harness: ${harness.pages.index}`);

let closeBrowser;
if (target === 'chrome') {
  const context = await launchChromium({
    userDataDir: join(profile, 'user-data'),
    home: await trustingHome(harness, join(profile, 'home')),
    hostResolverRules: harness.hostResolverRules,
    extensionDirs: [join(root, 'dist', 'chrome')],
    headless,
    viewport: null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(harness.pages.index);
  closeBrowser = () => context.close();
  context.on('close', () => shutdown());
} else {
  const puppeteer = (await import('puppeteer-core')).default;
  await harness.makeNssDb(profile);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    userDataDir: profile,
    extraPrefsFirefox: firefoxPrefs(harness.hostnames),
  });
  await browser.installExtension(join(root, 'dist', 'firefox'));
  const [page] = await browser.pages();
  await page.goto(harness.pages.index);
  closeBrowser = () => browser.close();
  browser.on('disconnected', () => shutdown());
}
console.log(`${target} is open on the harness index with the extension loaded. Ctrl-C to stop.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await closeBrowser?.().catch(() => undefined);
  await harness.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
