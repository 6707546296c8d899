// Screenshots of each surface from the local harness, in English and Japanese, light and dark:
// the troubleshooter (expired certificate), the banner (the mixed page), the popup (for the
// troubleshooter's tab), the options page (with one incident in the history), the troubleshooter
// offering the www. form of a mismatched name (alternative-host), and `portal`: the troubleshooter
// behind a captive portal (the harness's port-80 check server in portal mode).
//   node scripts/screenshots.mjs [outDir]     (default docs/screenshots; needs a build in dist/)
//   SURFACES=troubleshooter,banner,popup,options,alternative-host  LANGS=en,ja  SCHEMES=light,dark  HD_DIST=dist
// Japanese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness } from '../e2e/harness/index.mjs';
import { launchChromium, trustingHome } from '../e2e/support/launch-chromium.mjs';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const list = (name, all) => (process.env[name] ?? all).split(',');
const surfaces = list('SURFACES', 'troubleshooter,banner,popup,options,alternative-host,portal');
const langs = list('LANGS', 'en,ja');
const schemes = list('SCHEMES', 'light,dark');

const harness = await startHarness({ quiet: true, wellKnownPorts: true });
const home = await trustingHome(harness, mkdtempSync(join(tmpdir(), 'hd-shots-')));
const dist = resolve(root, process.env.HD_DIST ?? 'dist', 'chrome');
// The other-site probe and the clock check stay on the harness, as in the tests.
const settings = { version: 1, settings: { probeUrls: [harness.pages.healthy], timeSources: [harness.time.url] } };

const shot = (page, name, options = {}) => page.screenshot({ path: join(out, `${name}.png`), ...options });

for (const lang of langs) {
  for (const scheme of schemes) {
    const profile = mkdtempSync(join(tmpdir(), 'hd-shots-profile-'));
    const context = await launchChromium({
      userDataDir: profile,
      home,
      hostResolverRules: harness.hostResolverRules,
      extensionDirs: [dist],
      lang,
      colorScheme: scheme,
      viewport: { width: 900, height: 1000 },
      deviceScaleFactor: 1,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      for (let i = 0; i < 200 && !globalThis.__handshakeDoctorReady; i++) await new Promise((r) => setTimeout(r, 25));
    });
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    const suffix = `${lang}-${scheme}`;

    // The troubleshooter, after its evidence has arrived.
    await page.goto(harness.cases.expired.url).catch(() => undefined);
    await page.waitForSelector('[data-testid="diagnosis"]', { timeout: 15_000 });
    await page.waitForTimeout(2500);
    if (surfaces.includes('troubleshooter')) await shot(page, `troubleshooter-${suffix}`, { fullPage: true });

    if (surfaces.includes('popup')) {
      const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 420 });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="diagnosis"]');
      const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await popup.setViewportSize({ width: 400, height });
      await shot(popup, `popup-${suffix}`);
      await popup.close();
    }

    if (surfaces.includes('banner')) {
      const mixed = await context.newPage();
      await mixed.setViewportSize({ width: 900, height: 560 });
      await mixed.goto(harness.pages.mixed);
      await mixed.waitForSelector('handshake-doctor-banner', { state: 'attached' });
      await mixed.waitForTimeout(2500);
      await shot(mixed, `banner-${suffix}`);
      await mixed.close();
    }

    if (surfaces.includes('alternative-host')) {
      const alternative = await context.newPage();
      await alternative.goto(`${harness.alternative.alt}account/settings?tab=2`).catch(() => undefined);
      await alternative.waitForSelector('[data-testid="alternative-host"]', { timeout: 20_000 });
      await alternative.waitForTimeout(1500);
      await shot(alternative, `alternative-host-${suffix}`, { fullPage: true });
      await alternative.close();
    }

    if (surfaces.includes('options')) {
      const options = await context.newPage();
      await options.setViewportSize({ width: 1000, height: 1000 });
      await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await options.waitForSelector('[data-testid="history-entry"]');
      await shot(options, `options-${suffix}`, { fullPage: true });
      await options.close();
    }

    if (surfaces.includes('portal')) {
      const lane = `shots-${lang}-${scheme}`;
      await new Promise((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port: 80, path: `/control/${lane}/portal`, headers: { Host: 'portal.hd.test' } }, resolve)
          .on('error', reject),
      );
      const portalCheckUrl = `http://connectivitycheck.gstatic.com/${lane}/generate_204`;
      await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), {
        ...settings,
        settings: { ...settings.settings, portalCheckUrl },
      });
      // The troubleshooter's failure above ran the check (no portal) less than a minute ago: start a new round.
      await worker.evaluate(() => chrome.storage.session.remove('evidence-rounds'));
      const portal = await context.newPage();
      await portal.goto(harness.portal.site).catch(() => undefined);
      await portal.waitForSelector('[data-testid="diagnosis"][data-cause="captive-portal"]', { timeout: 20_000 });
      await portal.waitForTimeout(1500);
      await shot(portal, `troubleshooter-portal-${suffix}`, { fullPage: true });
      await portal.close();
    }

    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
await harness.stop();
rmSync(home, { recursive: true, force: true });
console.log(`screenshots in ${out}`);
