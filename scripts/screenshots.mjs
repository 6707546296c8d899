// Screenshots of each surface from the local harness, in English and Japanese, light and dark.
//   node scripts/screenshots.mjs [outDir]     (default docs/screenshots; needs a build in dist/)
// Japanese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../e2e/harness/index.mjs';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const harness = await startHarness({ quiet: true });
const home = mkdtempSync(join(tmpdir(), 'hd-shots-'));
mkdirSync(join(home, '.pki', 'nssdb'), { recursive: true });
await harness.makeNssDb(join(home, '.pki', 'nssdb'));
const dist = join(root, process.env.HD_DIST ?? 'dist', 'chrome');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const surfaces = (process.env.SURFACES ?? 'troubleshooter').split(',');
for (const lang of ['en', 'ja']) {
  for (const scheme of ['light', 'dark']) {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hd-shots-profile-')), {
      executablePath,
      channel: executablePath ? undefined : 'chromium',
      headless: true,
      locale: lang,
      colorScheme: scheme,
      viewport: { width: 900, height: 1200 },
      env: { ...process.env, HOME: home, LANGUAGE: lang },
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--lang=${lang}`,
        `--host-resolver-rules=${harness.hostResolverRules}`,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      for (let i = 0; i < 200 && !globalThis.__handshakeDoctorReady; i++) await new Promise((r) => setTimeout(r, 25));
    });
    const page = await context.newPage();
    if (surfaces.includes('troubleshooter')) {
      await page.goto(harness.cases.expired.url).catch(() => undefined);
      await page.waitForSelector('[data-testid="diagnosis"]', { timeout: 15_000 });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(out, `troubleshooter-${lang}-${scheme}.png`), fullPage: true });
    }
    await context.close();
  }
}
await harness.stop();
console.log(`screenshots in ${out}`);
