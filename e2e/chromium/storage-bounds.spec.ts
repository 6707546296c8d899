// Storage bounds: a failed URL of 1 MB is stored cut (2 KB and a hash of the whole), yet Back,
// Retry and "show the browser's warning" still act on the whole URL; and a page that fills tabs
// with huge failing URLs cannot stop the extension recording the next failure or saving settings.
import type { Page } from '@playwright/test';
import { extensionUrl, inExtension } from '../support/extension-pages';
import { expect, expectTroubleshooter, test, visitFailing } from '../support/fixtures';
import type { LaunchedExtension } from '../support/chromium';
import { launchFresh } from '../support/fresh-chromium';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

/** Chromium's quota for storage.session (chrome.storage.session.QUOTA_BYTES). */
const SESSION_QUOTA = 10 * 1024 * 1024;
/** Characters of a URL stored as they are (src/core/url-bound.ts), and the length of a cut one. */
const URL_KEPT = 2048;
const CUT_LENGTH = URL_KEPT + 1 + 16;

/** A 1 MB URL on a failing server, distinct per `tag`. */
const hugeUrl = (base: string, tag: string) => `${base}huge-${tag}/${'a'.repeat(1_000_000)}?q=${tag}`;

/** The failed URL stored for the incident the troubleshooter in `page` shows. */
async function storedFailedUrl(ext: LaunchedExtension, page: Page): Promise<string> {
  const id = new URL(page.url()).searchParams.get('incident')!;
  const stored = await inExtension(ext, async (key: string) => (await chrome.storage.session.get(key))[key], `incident:${id}`);
  return (stored as { evidence: { failure: { url: string } } }).evidence.failure.url;
}

/** Whether some tab shows exactly `url`, as the tabs API reports it. */
const someTabShows = (ext: LaunchedExtension, url: string) =>
  inExtension(ext, async (u: string) => (await chrome.tabs.query({})).some((t: { url?: string }) => t.url === u), url);

test.describe.configure({ timeout: 180_000 });

test('a 1 MB failed URL is stored cut, and Back returns to the page before', async ({ page, ext, harness }) => {
  await page.goto(harness.pages.healthy);
  const url = hugeUrl(harness.cases['expired']!.url, 'back');
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const stored = await storedFailedUrl(ext, page);
  expect(stored).toHaveLength(CUT_LENGTH);
  expect(url.startsWith(stored.slice(0, URL_KEPT))).toBe(true);
  await page.getByTestId('back').click();
  await expect(page).toHaveURL(harness.pages.healthy, { timeout: 15_000 });
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(harness.pages.healthy);
});

test('Retry loads a 1 MB failed URL whole, and the fault shows again', async ({ page, ext, harness }) => {
  const url = hugeUrl(harness.cases['wrong-host']!.url, 'retry');
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  const first = page.url();
  const stored = await storedFailedUrl(ext, page);
  const failedLoads: string[] = [];
  page.on('requestfailed', (request) => failedLoads.push(request.url()));
  await page.getByTestId('retry').click();
  await expect(page).not.toHaveURL(first, { timeout: 15_000 });
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  // The whole URL was loaded again, and failed again: the same stored form.
  expect(failedLoads.some((loaded) => loaded === url)).toBe(true);
  expect(failedLoads.every((loaded) => loaded.length >= url.length)).toBe(true);
  expect(await storedFailedUrl(ext, page)).toBe(stored);
});

test("the browser's own page for a 1 MB failed URL shows that URL whole", async ({ page, ext, harness }) => {
  const url = hugeUrl(harness.cases['self-signed']!.url, 'native');
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await page.getByTestId('show-native').click();
  await expect.poll(() => someTabShows(ext, url), { timeout: 15_000 }).toBe(true);
  await page.waitForTimeout(1500);
  expect(await someTabShows(ext, url)).toBe(true);
});

// A browser of its own: the filled storage and the failures it remembers stay out of other tests.
test('a page filling tabs with huge failing URLs cannot stop the next failure being recorded, nor settings being saved', async ({
  harness,
}) => {
  const ext = await launchFresh(harness);
  const open = () => ext.context.newPage();
  const page = await open();
  // Six tabs whose pages fail at 1 MB URLs, each now showing the troubleshooter.
  for (const [n, name] of ['expired', 'self-signed', 'wrong-host', 'untrusted-root', 'expired', 'self-signed'].entries()) {
    const tab = await open();
    await visitFailing(tab, hugeUrl(harness.cases[name]!.url, `fill-${n}`));
    await expectTroubleshooter(tab, ext.extensionId, /./);
  }
  // Two tabs of a page that loads itself again and again under a 1 MB address, each time with
  // dozens of failing images at 256 KB URLs.
  const filler = `${new URL(harness.pages.healthy).origin}/storage-filler?rounds=8`;
  const fillers = await Promise.all([open(), open()]);
  await Promise.all(fillers.map((tab) => tab.goto(filler)));
  for (const tab of fillers) await expect(tab.locator('#status')).toHaveAttribute('data-done', 'true', { timeout: 120_000 });

  // A genuine failure is still recorded and shown.
  await visitFailing(page, harness.cases['untrusted-root']!.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CERT_AUTHORITY_INVALID');
  expect(await storedFailedUrl(ext, page)).toBe(harness.cases['untrusted-root']!.url);

  // Settings still save.
  const options = await open();
  await options.goto(extensionUrl(ext, 'src/options/index.html'));
  await options.getByTestId('opt-historyLimit').fill('7');
  await options.getByTestId('save-settings').click();
  await expect(options.getByTestId('settings-status')).toHaveText('Settings saved.');
  await options.reload();
  await expect(options.getByTestId('opt-historyLimit')).toHaveValue('7');

  // And storage.session keeps room for what comes next.
  const inUse = await inExtension(ext, () => chrome.storage.session.getBytesInUse(null), undefined);
  expect(inUse).toBeLessThan(SESSION_QUOTA * 0.8);
  await ext.close();
});
