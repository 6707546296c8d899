// The toolbar popup, opened as a page with `?tab=<id>` (a headless browser has no toolbar to
// click): the inspected tab's diagnosis or "no TLS problems", the badge, and the top actions.
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { badgeText, optionsUrl, popupUrl, resetStorage, tabIdOf, waitForTab } from '../support/extension-pages';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('a tab whose page failed: the badge, the diagnosis, and the actions', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const tabId = await tabIdOf(ext, page.url());
  expect(await badgeText(ext, tabId)).toBe('!');

  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  const diagnosis = popup.getByTestId('diagnosis');
  await expect(diagnosis).toHaveAttribute('data-kind', 'cert-date');
  await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CERT_DATE_INVALID');
  await expect(diagnosis).toHaveAttribute('data-cause', /.+/);
  await expect(popup.getByText('This page failed to load at')).toBeVisible();

  // Open the troubleshooter: a new tab for the same incident.
  const incident = new URL(page.url()).searchParams.get('incident');
  await popup.getByTestId('popup-open').click();
  const opened = await waitForTab(ext.context, `${troubleshooterPrefix(ext.extensionId)}?incident=${incident}`, page);
  await expect(opened.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date');
  await opened.close();

  // Retry: the failed tab loads the site again and, still failing, shows a new troubleshooter.
  await popup.getByTestId('popup-retry').click();
  await expect(page).not.toHaveURL(new RegExp(`incident=${incident}$`), { timeout: 15_000 });
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');

  // Options.
  await popup.getByTestId('popup-options').click();
  const options = await waitForTab(ext.context, optionsUrl(ext), popup);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  await options.close();
  await popup.close();
});

test('a healthy tab: no badge, and "no TLS problems seen"', async ({ page, ext, harness }) => {
  const url = `${harness.pages.healthy}?popup=${Date.now()}`;
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  expect(await badgeText(ext, tabId)).toBe('');
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  await expect(popup.getByTestId('no-incidents')).toHaveText('No TLS problems seen on this tab.');
  await expect(popup.getByTestId('diagnosis')).toHaveCount(0);
  await expect(popup.getByTestId('popup-options')).toBeVisible();
  await popup.close();
});

test('a tab where only parts of the page failed', async ({ page, ext, harness }) => {
  const url = `${harness.pages.mixed}?popup=${Date.now()}`;
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  await expect.poll(() => badgeText(ext, tabId), { timeout: 15_000 }).toBe('!');
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  await expect(popup.getByTestId('diagnosis')).toHaveAttribute('data-kind', /^cert-(date|untrusted)$/);
  await expect(popup.getByText('Parts of a page in this tab failed at')).toBeVisible();
  await popup.close();
});
