// The same incident's troubleshooter open in a second tab (its URL opened again there): Back,
// Retry and "Show the browser's own warning" move the tab they are clicked in, never the first.
import type { Page } from '@playwright/test';
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import type { LaunchedExtension } from '../support/chromium';
import { resetStorage } from '../support/extension-pages';

test.afterEach(async ({ ext }) => resetStorage(ext));

/** A first tab on the troubleshooter of a failed page, and a second tab that went from a healthy page to the same troubleshooter URL. */
async function twoTroubleshooters(page: Page, ext: LaunchedExtension, healthy: string, failing: string) {
  await page.goto(`${healthy}?first=${Date.now()}`);
  await visitFailing(page, failing);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const troubleshooter = page.url();
  const second = await ext.context.newPage();
  const secondHealthy = `${healthy}?second=${Date.now()}`;
  await second.goto(secondHealthy);
  await second.goto(troubleshooter);
  await expect(second.getByTestId('back')).toBeVisible();
  return { troubleshooter, second, secondHealthy };
}

test('Back in the second tab moves that tab back; the first stays', async ({ page, ext, harness }) => {
  const failing = `${harness.cases.expired!.url}?back=${Date.now()}`;
  const { troubleshooter, second, secondHealthy } = await twoTroubleshooters(page, ext, harness.pages.healthy, failing);
  await second.getByTestId('back').click();
  await expect(second).toHaveURL(secondHealthy);
  await page.waitForTimeout(1000);
  expect(page.url()).toBe(troubleshooter);
  await second.close();
});

test("Retry and the browser's own warning load the failed page in the second tab; the first stays", async ({ page, ext, harness }) => {
  const failing = `${harness.cases.expired!.url}?retry=${Date.now()}`;
  const { troubleshooter, second } = await twoTroubleshooters(page, ext, harness.pages.healthy, failing);

  const native = second.waitForRequest((request) => request.url() === failing && request.isNavigationRequest(), { timeout: 15_000 });
  await second.getByTestId('show-native').click();
  // The one-time pass: the browser's own error page for the failed address, in the second tab.
  await native;
  await second.waitForTimeout(1500);
  expect(second.url().startsWith(troubleshooterPrefix(ext.extensionId))).toBe(false);
  expect(page.url()).toBe(troubleshooter);

  await second.goto(troubleshooter);
  const retried = second.waitForRequest((request) => request.url() === failing && request.isNavigationRequest(), { timeout: 15_000 });
  await second.getByTestId('retry').click();
  // Tried again in the second tab: it fails again, so that tab gets a troubleshooter of its own.
  await retried;
  await expectTroubleshooter(second, ext.extensionId, 'cert-date');
  expect(second.url().startsWith(troubleshooterPrefix(ext.extensionId))).toBe(true);
  expect(page.url()).toBe(troubleshooter);
  await second.close();
});
