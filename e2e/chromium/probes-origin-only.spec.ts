// What the extension's probes ask a site: the origin only (`HEAD /`), never the failed URL, so a
// one-time link (a login token in the query) is not used up by the extension. The harness's
// toggle site (e2e/harness/toggle-server.mjs) resets connections while broken, serves TLS once
// fixed, and logs every HTTP request it answers; only the browser's own navigation could ever ask
// for the one-time path, and here it never reaches HTTP (its connection is reset).
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { expect, extensionRequests, shownIncident, test } from '../support/evidence-browser';
import type { HarnessInfo } from '../support/harness-info';

interface ToggleSite {
  url: string;
  control: string;
}
const toggleSite = (harness: HarnessInfo): ToggleSite => (harness as HarnessInfo & { toggle: ToggleSite }).toggle;

/** The control server answers on loopback (the test process does not resolve `*.hd.test`). */
async function control(site: ToggleSite, path: 'broken' | 'healthy' | 'fail-once' | 'reset-log' | 'log'): Promise<Response> {
  const url = new URL(path, site.control);
  url.hostname = '127.0.0.1';
  const response = await fetch(url);
  expect(response.ok, `${path} answered ${response.status}`).toBe(true);
  return response;
}
const siteLog = async (site: ToggleSite): Promise<string[]> => (await (await control(site, 'log')).json()) as string[];

test.use({ launch: { settings: { otherSiteProbe: false } } });

test('"Did this fix it?" once the site is fixed: the extension sends the site `HEAD /` only, never the one-time URL', async ({
  page,
  ext,
  harness,
}) => {
  const site = toggleSite(harness);
  await control(site, 'broken');
  await control(site, 'reset-log');
  const once = `${site.url}once?token=verify-${Date.now()}`;
  await visitFailing(page, once);
  await expectTroubleshooter(page, ext.extensionId, 'handshake-interrupted');
  // The re-probe ran while the site was still broken.
  await expect.poll(async () => (await shownIncident(page)).evidence.reprobe, { timeout: 20_000 }).toMatchObject({ status: 'failed' });
  await control(site, 'healthy');
  await page.getByTestId('verify-fix').click();
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-outcome', 'fixed', { timeout: 20_000 });
  // The extension asked the origin only; the one-time path reached the site at most once, and
  // then only as the browser's own page load (seen once in a repeated run: the tab reloading the
  // now healthy page, with its favicon).
  expect([...new Set(await extensionRequests(ext.worker))]).toEqual([site.url]);
  const log = await siteLog(site);
  expect(log).toContain('HEAD /');
  expect(log.filter((line) => line.includes('token=')).length).toBeLessThanOrEqual(1);
  expect(
    log.filter(
      (line) => line !== 'HEAD /' && line !== 'GET /favicon.ico' && line !== `GET ${new URL(once).pathname}${new URL(once).search}`,
    ),
  ).toEqual([]);
});

test('the re-probe of a reset site: the origin, and one more attempt at most', async ({ page, ext, harness }) => {
  const site = toggleSite(harness);
  await control(site, 'broken');
  const once = `${site.url}once?token=reprobe-${Date.now()}`;
  await visitFailing(page, once);
  await expectTroubleshooter(page, ext.extensionId, 'handshake-interrupted');
  await expect.poll(async () => (await shownIncident(page)).evidence.reprobe, { timeout: 20_000 }).toMatchObject({ status: 'failed' });
  const asked = await extensionRequests(ext.worker);
  expect(asked.length).toBeGreaterThanOrEqual(1);
  expect(asked.length).toBeLessThanOrEqual(2);
  expect(new Set(asked)).toEqual(new Set([site.url]));
});

test('failed parts of a page: only their origins are probed, never their paths', async ({ page, ext, harness }) => {
  await page.goto(harness.pages.mixed);
  await expect(page.locator('#status-image')).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
  await expect(page.locator('#status-fetch')).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
  // The incidents are recorded and their re-probes run within moments (none at all when the page's
  // first failure of a cause was its fetch(), which is never re-probed).
  await page.waitForTimeout(5_000);
  const asked = await extensionRequests(ext.worker);
  expect(asked.filter((url) => new URL(url).pathname !== '/' || new URL(url).search !== '')).toEqual([]);
});
