// "Did you mean www.?": a name mismatch whose other form works gets a link to the same address
// there; one whose other form fails too gets none. The harness (e2e/harness/alternative-hosts.mjs)
// serves alt.hd.test with a certificate only for www.alt.hd.test, and www.alt.hd.test validly, on
// one port; noalt.hd.test and www.noalt.hd.test both with a certificate for another name. It logs
// every HTTP request, so the tests see what the extension's probe sent: `HEAD /`, never the path.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, extensionRequests, shownIncident, test } from '../support/evidence-browser';
import type { AlternativeHosts } from '../support/harness-info';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

/** The control server answers on loopback (the test process does not resolve `*.hd.test`). */
async function control(site: AlternativeHosts, path: 'log' | 'reset-log'): Promise<Response> {
  const url = new URL(path, site.control);
  url.hostname = '127.0.0.1';
  const response = await fetch(url);
  expect(response.ok, `${path} answered ${response.status}`).toBe(true);
  return response;
}
const siteLog = async (site: AlternativeHosts): Promise<string[]> => (await (await control(site, 'log')).json()) as string[];

const alternativeOf = async (page: Page) => (await shownIncident(page)).evidence.alternativeHost;

test('the www. form works: the link keeps path and query, the probe sent only HEAD / to it, and nothing moves by itself', async ({
  page,
  ext,
  harness,
}) => {
  const site = harness.alternative;
  await control(site, 'reset-log');
  const failed = `${site.alt}account/settings?tab=2&token=once-${Date.now()}`;
  const expected = failed.replace('://alt.hd.test:', '://www.alt.hd.test:');
  await visitFailing(page, failed);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  const troubleshooter = page.url();

  const link = page.getByTestId('alternative-host');
  await expect(link).toHaveAttribute('href', expected, { timeout: 20_000 });
  await expect(link).toHaveText('Open www.alt.hd.test');
  await expect(page.locator('#verdict')).toHaveText(
    'alt.hd.test sent a certificate for a different name, but the site answers at www.alt.hd.test with a valid one.',
  );
  await expect(page.locator('.alternative-host')).toContainText('The same address at www.alt.hd.test may show the page you wanted');
  await expect(evidenceLines(page).filter({ hasText: 'The site answers at www.alt.hd.test' })).toHaveCount(1);
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  expect(await alternativeOf(page)).toEqual({ host: 'www.alt.hd.test', answered: true });

  // The extension asked the www. host at its origin only; the harness saw exactly that.
  const www = `https://www.alt.hd.test:${site.port}/`;
  expect([...new Set((await extensionRequests(ext.worker)).filter((u) => u.includes('www.alt.hd.test')))]).toEqual([www]);
  const log = await siteLog(site);
  expect(log.length).toBeGreaterThanOrEqual(1);
  expect(new Set(log)).toEqual(new Set(['www.alt.hd.test HEAD /']));

  // The offer passes axe in both themes (contrast of the link and its border included).
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('.alternative-host').include('#verdict').analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      colorScheme,
    ).toEqual([]);
  }

  // Never navigates there by itself.
  await page.waitForTimeout(3_000);
  expect(page.url()).toBe(troubleshooter);

  // The popup offers it too, in a new tab.
  const tabId = (await shownIncident(page)) as unknown as { tabId: number };
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId.tabId}`);
  await expect(popup.getByTestId('alternative-host')).toHaveAttribute('href', expected);
  await expect(popup.getByTestId('alternative-host')).toHaveAttribute('target', '_blank');
  await popup.close();

  // The person clicks: the tab lands on the www. page and stays there (no loop back).
  await link.click();
  await expect(page).toHaveURL(expected, { timeout: 15_000 });
  await expect(page.locator('#served')).toHaveAttribute('data-host', 'www.alt.hd.test');
  await page.waitForTimeout(2_000);
  expect(page.url()).toBe(expected);
  const path = new URL(expected);
  expect(await siteLog(site)).toContain(`www.alt.hd.test GET ${path.pathname}${path.search}`);
  // No referrer from the troubleshooter.
  expect(await page.evaluate(() => document.referrer)).toBe('');
});

test('the www. form fails TLS too: no link, and the answer is recorded', async ({ page, ext, harness }) => {
  const site = harness.alternative;
  await visitFailing(page, `${site.noAlt}some/page?x=1`);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  await expect.poll(() => alternativeOf(page), { timeout: 20_000 }).toEqual({ host: 'www.noalt.hd.test', answered: false });
  await expect(page.getByTestId('alternative-host')).toHaveCount(0);
  await expect(evidenceLines(page).filter({ hasText: 'The site answers at' })).toHaveCount(0);
  await expect(page.locator('#verdict')).toContainText("only the site's owner can fix");
  const asked = (await extensionRequests(ext.worker)).filter((u) => u.includes('www.noalt.hd.test'));
  expect(new Set(asked)).toEqual(new Set([`https://www.noalt.hd.test:${site.port}/`]));
});

test('a www. form that sends the person back to the broken name: the browser’s own page, not the troubleshooter again', async ({
  page,
  ext,
  harness,
}) => {
  const failed = `${harness.alternative.alt}back-to-bare/page?q=1`;
  await visitFailing(page, failed);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  const troubleshooter = page.url();
  // The probe's HEAD / got a 200 here; the link's own path is the one that redirects.
  const link = page.getByTestId('alternative-host');
  await expect(link).toHaveAttribute('href', failed.replace('://alt.hd.test:', '://www.alt.hd.test:'), { timeout: 20_000 });
  // A person reads first: past the window in which a second report of the same navigation counts as
  // a repeat (main-frame-failure.ts), so the redirect's failure is judged as a new navigation.
  await page.waitForTimeout(16_000);
  await link.click();
  // www. answers 301 → the failed URL again, which fails again: the stand-aside set when the
  // troubleshooter opened lets the browser show its own page for it.
  // (Playwright reports the browser's error page by its internal URL; the tab shows the failed one.)
  const tabUrls = (): Promise<string[]> =>
    ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { url?: string }) => t.url ?? ''));
  await expect.poll(tabUrls, { timeout: 15_000 }).toContain(failed);
  await page.waitForTimeout(3_000);
  expect(['chrome-error://chromewebdata/', failed]).toContain(page.url());
  expect(await tabUrls()).toContain(failed);
  expect((await tabUrls()).filter((u) => u.startsWith(troubleshooter.split('?')[0]!))).toEqual([]);
  const statuses = await ext.worker.evaluate(async () =>
    Object.entries(await chrome.storage.session.get(null))
      .filter(([k]) => k.startsWith('incident:'))
      .map(([, v]) => v as { status: string; createdAt: number })
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((v) => v.status),
  );
  // The first opened the troubleshooter; the failure after the redirect is only recorded.
  expect(statuses).toEqual(['shown', 'passive']);
});

test.describe('with the re-probe switched off', () => {
  test.use({ launch: { settings: { reprobe: false } } });

  test('the www. form is not asked and no link is offered', async ({ page, ext, harness }) => {
    const site = harness.alternative;
    await control(site, 'reset-log');
    await visitFailing(page, `${site.alt}off`);
    await expectTroubleshooter(page, ext.extensionId, 'cert-name');
    // The other checks ran (the other-site probe is still on) and were stored.
    await expect.poll(async () => (await shownIncident(page)).evidence.otherSiteProbe, { timeout: 20_000 }).toBeDefined();
    await page.waitForTimeout(2_000);
    expect(await alternativeOf(page)).toBeUndefined();
    await expect(page.getByTestId('alternative-host')).toHaveCount(0);
    expect((await extensionRequests(ext.worker)).filter((u) => u.includes('alt.hd.test'))).toEqual([]);
    expect(await siteLog(site)).toEqual([]);
  });
});
