// The first end-to-end slice: a main-frame TLS failure moves the tab to the troubleshooter,
// which shows the site, the raw error and its FailureKind; non-TLS failures are left alone.
import { currentWorker, stopServiceWorkers } from '../support/chromium';
import { EXPECTED_KIND } from '../support/expected-kinds';
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { recordObservedKind } from '../support/observed-kinds';

for (const [name, kind] of Object.entries(EXPECTED_KIND)) {
  test(`${name}: the troubleshooter shows kind ${kind}`, async ({ page, ext, harness }) => {
    const fault = harness.cases[name];
    expect(fault, `harness case ${name}`).toBeDefined();
    await visitFailing(page, fault!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, kind);
    await expect(page.locator('.host')).toHaveText(fault!.host);
    const code = await diagnosis.getAttribute('data-error-code');
    // The Firefox suite compares its kinds with these.
    recordObservedKind('chromium', name, (await diagnosis.getAttribute('data-kind')) ?? '', code ?? '');
    expect(fault!.expectChromium).toContain(code);
    expect(await diagnosis.getAttribute('data-cause')).toBeTruthy();
  });
}

test('a healthy page is untouched', async ({ page, harness }) => {
  await page.goto(harness.pages.healthy);
  await page.waitForTimeout(1500);
  expect(page.url()).toBe(harness.pages.healthy);
  await expect(page.locator('body')).toContainText(/./);
});

test('a connection-refused page is left to the browser', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['refused']!.url);
  await page.waitForTimeout(2000);
  expect(page.url()).not.toContain(troubleshooterPrefix(ext.extensionId));
});

test('Back returns to the page before the failure, with no redirect loop', async ({ page, ext, harness }) => {
  await page.goto(harness.pages.healthy);
  await visitFailing(page, harness.cases['expired']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await page.getByTestId('back').click();
  await expect(page).toHaveURL(harness.pages.healthy, { timeout: 15_000 });
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(harness.pages.healthy);
});

// Chromium keeps the failed entry in history only when its error page committed before the tab
// moved (fast errors like a reset); for certificate errors the tab moves first. Either way the
// browser's Back must never bring the troubleshooter back, and at most two Backs reach the page before.
for (const [name, kind] of [
  ['self-signed', 'cert-untrusted'],
  ['tcp-reset', 'handshake-interrupted'],
] as const) {
  test(`${name}: the browser's Back button from the troubleshooter never loops`, async ({ page, ext, harness }) => {
    await page.goto(harness.pages.healthy);
    await visitFailing(page, harness.cases[name]!.url);
    await expectTroubleshooter(page, ext.extensionId, kind);
    await page.goBack().catch(() => undefined);
    await page.waitForTimeout(2500);
    expect(page.url()).not.toContain(troubleshooterPrefix(ext.extensionId));
    if (page.url() !== harness.pages.healthy) {
      // The browser's own error page (Playwright reports its internal URL for it).
      expect([harness.cases[name]!.url, 'chrome-error://chromewebdata/']).toContain(page.url());
      await page.goBack().catch(() => undefined);
    }
    await expect(page).toHaveURL(harness.pages.healthy, { timeout: 10_000 });
  });
}

test('Retry shows the troubleshooter again while the fault persists', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['wrong-host']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  const first = page.url();
  await page.getByTestId('retry').click();
  await expect(page).not.toHaveURL(first, { timeout: 15_000 });
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
});

test('a stopped worker is woken by the failure and still opens the troubleshooter', async ({ page, ext, harness }) => {
  await stopServiceWorkers(ext.context);
  await visitFailing(page, harness.cases['expired']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
});

test('a worker stopped between the failure and the page loses nothing', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['untrusted-root']!.url);
  await stopServiceWorkers(ext.context);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CERT_AUTHORITY_INVALID');
  // After another stop the page still renders its incident on reload (state lives in storage.session).
  await stopServiceWorkers(ext.context);
  await page.reload();
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-untrusted');
  await currentWorker(ext.context);
});

test('an unknown incident id shows a clear state', async ({ page, ext }) => {
  await page.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=00000000-0000-0000-0000-000000000000`);
  await expect(page.getByTestId('incident-missing')).toBeVisible();
});
