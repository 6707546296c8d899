// The troubleshooter page beyond the first slice: checklist progress that outlives reloads and
// worker restarts, "Did this fix it?" without leaving the page, honest words about the browser's
// own warning, and a support report without query strings, fragments or page content.
import { stopServiceWorkers } from '../support/chromium';
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import type { LaunchedExtension } from '../support/chromium';
import { extensionUrl, resetStorage, storeIncident, waitForBanner, waitForTab } from '../support/extension-pages';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('checked steps survive a reload and a worker restart', async ({ page, ext, harness }) => {
  // A reset mid-handshake leaves several causes open, so the checklist has several steps.
  await visitFailing(page, harness.cases['tcp-reset']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'handshake-interrupted');
  const steps = page.locator('.step-list > li');
  await expect.poll(() => steps.count()).toBeGreaterThan(1);
  await steps.nth(0).getByRole('checkbox').check();
  await steps.nth(1).getByRole('checkbox').check();
  const progress = page.getByTestId('progress');
  await expect(progress).toHaveAttribute('data-done', '2');
  await expect(progress).toContainText(`2 of ${await steps.count()}`);

  await page.reload();
  await expect(progress).toHaveAttribute('data-done', '2');
  await expect(steps.nth(0).getByRole('checkbox')).toBeChecked();

  await steps.nth(1).getByRole('checkbox').uncheck();
  await expect(progress).toHaveAttribute('data-done', '1');
  await stopServiceWorkers(ext.context);
  await page.reload();
  await expect(progress).toHaveAttribute('data-done', '1');
  await expect(steps.nth(0).getByRole('checkbox')).toBeChecked();
  await expect(steps.nth(1).getByRole('checkbox')).not.toBeChecked();
});

test('"Did this fix it?" says the error is unchanged, without leaving the page', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const url = page.url();
  await page.getByTestId('verify-fix').click();
  const result = page.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-outcome', 'same', { timeout: 15_000 });
  await expect(result).toContainText('net::ERR_CERT_DATE_INVALID');
  expect(page.url()).toBe(url);
});

/** An incident as the background stores it, for a URL the test chooses. */
const storeIncidentFor = (ext: LaunchedExtension, url: string, errorCode: string, kind: string): Promise<string> =>
  storeIncident(ext, { rawError: errorCode, errorCode, kind, url, host: new URL(url).hostname }, { browser: 'chromium' });

test('"Did this fix it?" says when the site loads now, and when the error changed', async ({ page, ext, harness }) => {
  // The healthy harness site stands in for a site whose problem was fixed since.
  const fixed = await storeIncidentFor(ext, harness.pages.healthy, 'net::ERR_CERT_DATE_INVALID', 'cert-date');
  await page.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=${fixed}`);
  await page.getByTestId('verify-fix').click();
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-outcome', 'fixed', { timeout: 15_000 });
  await expect(page.getByTestId('verify-open')).toBeVisible();

  // The wrong-host site answers with a name error now, not the recorded date error.
  const changed = await storeIncidentFor(ext, harness.cases['wrong-host']!.url, 'net::ERR_CERT_DATE_INVALID', 'cert-date');
  await page.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=${changed}`);
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date');
  await stopServiceWorkers(ext.context);
  await page.getByTestId('verify-fix').click();
  const result = page.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-outcome', 'changed', { timeout: 15_000 });
  await expect(result).toContainText('net::ERR_CERT_COMMON_NAME_INVALID');
});

test('a checklist step\'s "try again" checks the site from the background too', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const url = page.url();
  const retryAction = page.locator('.step-list .actions button', { hasText: 'Check whether it is fixed' }).first();
  await retryAction.click();
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-outcome', 'same', { timeout: 15_000 });
  expect(page.url()).toBe(url);
});

test("the browser's own warning: offered where it can be overridden, described honestly where not", async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await expect(page.getByTestId('native-note')).toHaveAttribute('data-override', 'true');
  await expect(page.getByTestId('show-native')).toHaveText("Show the browser's own warning");
  // Chromium offers no way past any certificate error on an HSTS host, and reports it with the same code.
  await expect(page.getByTestId('native-note')).toContainText('Unless this site requires secure connections (HSTS)');
  await expect(page.getByTestId('native-note')).not.toContainText('may offer');

  await visitFailing(page, harness.cases['tls-1.0-1.1-only']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'protocol-mismatch');
  const note = page.getByTestId('native-note');
  await expect(note).toHaveAttribute('data-override', 'false');
  await expect(note).toContainText('blocks this site to protect you');
  await expect(page.getByTestId('show-native')).toHaveText("Show the browser's own error page");
  await expect(page.getByTestId('show-native')).toHaveAttribute('aria-describedby', 'native-note');
});

test('the support report keeps no query string, fragment or page content', async ({ page, ext, harness }) => {
  await ext.context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${ext.extensionId}` })
    .catch(() => undefined);
  const failing = `${harness.cases.expired!.url}account/login?token=s3cr3t&user=alice#private-fragment`;
  await visitFailing(page, failing);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await page.locator('.step-list > li').first().getByRole('checkbox').check();
  await page.getByText('Show the report').click();
  const report = page.getByTestId('report-text');
  await expect(report).toContainText(`${harness.cases.expired!.url}account/login`);
  await expect(report).toContainText('net::ERR_CERT_DATE_INVALID');
  await expect(report).toContainText('[x]');
  const text = (await report.textContent()) ?? '';
  for (const secret of ['s3cr3t', 'token=', 'alice', 'private-fragment', '?', '#']) expect(text, secret).not.toContain(secret);

  await page.getByTestId('copy-report').click();
  await expect(page.getByText('Report copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => undefined);
  if (copied !== undefined) expect(copied).toBe(text);
});

test('a report about part of a page carries nothing of the page itself', async ({ page, ext, harness }) => {
  await page.goto(`${harness.pages.mixed}?session=abc123#top`);
  const banner = await waitForBanner(page, (b) => b.cards.length > 0);
  const card = banner.cards[0]!;
  await page.mouse.click(card.buttons['banner-open']!.x, card.buttons['banner-open']!.y);
  const opened = await waitForTab(ext.context, `${troubleshooterPrefix(ext.extensionId)}?incident=`, page);
  await opened.getByText('Show the report').click();
  const text = (await opened.getByTestId('report-text').textContent()) ?? '';
  expect(text).toContain(card.attributes['data-error-code']!);
  for (const pageContent of ['Healthy page with failing sub-resources', 'abc123', 'session=', '/mixed', 'pending'])
    expect(text, pageContent).not.toContain(pageContent);
  await opened.close();
});

test('after a worker restart the page still loads its incident and its actions still work', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['wrong-host']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  await stopServiceWorkers(ext.context);
  await page.reload();
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-name');
  await stopServiceWorkers(ext.context);
  await page.getByTestId('open-options').click();
  const options = await waitForTab(ext.context, extensionUrl(ext, 'src/options/index.html'), page);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Guided fixes and settings');
  await options.close();
});
