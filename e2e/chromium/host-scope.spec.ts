// Devices at home and intranet sites (src/core/host-scope.ts): the same faults as public harness
// sites, under names that are not public sites, get "a device on your network" and "your
// organisation's site" with their own steps, never the site owner's; the public hosts keep theirs.
// Every name is mapped to 127.0.0.1 by --host-resolver-rules, `.local` included (the MAP rule is
// applied before Chromium would ask multicast DNS: the TLS 1.0 server's own error comes back).
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { launchWithExtension, type LaunchedExtension } from '../support/chromium';
import { expect, expectTroubleshooter, test, visitFailing } from '../support/fixtures';
import { harnessInfo, type HarnessInfo } from '../support/harness-info';
import { TMP } from '../support/paths';

/** The public-site verdict and step speak of the site's owner: a device or an intranet never does. */
const OWNER_TEXT = /owner/i;

/** The verdict, why we think so, and the steps: where the site owner would be named. */
async function expectNoOwner(page: Page, owner: RegExp | string = OWNER_TEXT): Promise<void> {
  for (const part of ['.diagnosis', '.evidence', '.step-list']) await expect(page.locator(part)).not.toContainText(owner);
}
const steps = (page: Page) => page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step')));
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(TMP, 'host-scope', `${name}.png`), fullPage: true });

test('a .local device speaking only TLS 1.0 is a device on your network: update it, or the safe options', async ({
  page,
  ext,
  harness,
}) => {
  const device = harness.scope['device-tls10']!;
  const started = Date.now();
  await visitFailing(page, device.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'protocol-mismatch');
  console.log(`router.local: troubleshooter after ${Date.now() - started} ms`);
  await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH');
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-configuration');
  await expect(page.locator('.host')).toHaveText('router.local');
  await expect(page.locator('#verdict')).toHaveText(/router\.local is a device on your network/);
  await expect(page.getByTestId('host-scope')).toContainText('a router, printer, storage drive (NAS) or camera');
  await expect(page.locator('.step-list')).toBeVisible();
  expect(await steps(page)).toEqual(['device-firmware', 'device-too-old']);
  await expect(page.locator('[data-step="device-too-old"]')).toContainText('Chrome and Edge no longer have any setting for TLS 1.0 or 1.1');
  await expectNoOwner(page);
  // Judged by its name, not by public sites: the other-site probe's line is not part of it.
  await expect(page.locator('.evidence')).toContainText('router.local is a device on your own network');
  await expect(page.locator('.evidence')).not.toContainText('other secure sites');
  await screenshot(page, 'device-tls10-en');
});

test('a device with its own self-signed certificate: trust that one certificate, never as a root', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.scope['device-self-signed']!.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  await expect(page.locator('#verdict')).toHaveText(/nas\.home\.arpa is a device on your network/);
  await expect(page.locator('.step-list')).toBeVisible();
  expect(await steps(page)).toEqual(['device-certificate']);
  const step = page.locator('[data-step="device-certificate"]');
  await expect(step).toContainText('Trust this device’s own certificate, and only that one');
  await expect(step).toContainText('Never install the device’s certificate as a “trusted root”');
  await expectNoOwner(page);
  await screenshot(page, 'device-self-signed-en');
});

for (const name of ['intranet-internal', 'intranet-single-label'] as const) {
  test(`${name}: your organisation's site, show the error to IT`, async ({ page, ext, harness }) => {
    const site = harness.scope[name]!;
    await visitFailing(page, site.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CERT_AUTHORITY_INVALID');
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
    await expect(page.locator('#verdict')).toHaveText(
      `${site.host} is your organisation's site, and your browser does not accept its certificate: show this error to your IT department.`,
    );
    await expect(page.locator('.step-list')).toBeVisible();
    expect(await steps(page)).toEqual(['show-it']);
    await expect(page.locator('[data-step="show-it"]')).toContainText('Copy the report at the end of this page');
    await page.locator('[data-step="show-it"]').getByRole('button', { name: 'Go to the report' }).click();
    await expect(page.getByTestId('copy-report')).toBeFocused();
    await expect(page.getByTestId('copy-report')).toBeInViewport();
    await expectNoOwner(page);
    // The steps say not to bypass the warning: the note beside the browser's own warning agrees.
    await expect(page.getByTestId('native-note')).toContainText("do not use it for your organisation's site");
    await expect(page.getByTestId('native-note')).not.toContainText('has a way to continue');
    if (name === 'intranet-internal') await screenshot(page, 'intranet-en');
  });
}

test('localhost is a program on this computer: a development server or a local app', async ({ page, ext, harness }) => {
  // The self-signed server answers any name; `localhost` is left to the system resolver (EXCLUDE localhost).
  await visitFailing(page, `https://localhost:${harness.cases['self-signed']!.port}/`);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, /^cert-(untrusted|name)$/);
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  await expect(page.locator('#verdict')).toHaveText(/^localhost is a program on this computer/);
  await expect(page.locator('.step-list')).toBeVisible();
  expect(await steps(page)).toEqual(['local-program']);
  await expectNoOwner(page);
});

for (const [name, kind, cause] of [
  ['tls-1.0-1.1-only', 'protocol-mismatch', 'site-configuration'],
  ['self-signed', 'cert-untrusted', 'site-certificate'],
  ['untrusted-root', 'cert-untrusted', 'site-certificate'],
] as const) {
  test(`the public host with the same fault (${name}) keeps the site owner's verdict`, async ({ page, ext, harness }) => {
    await visitFailing(page, harness.cases[name]!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, kind);
    await expect(diagnosis).toHaveAttribute('data-cause', cause);
    await expect(page.locator('#verdict')).toContainText('only the site');
    await expect(page.getByTestId('host-scope')).toHaveCount(0);
    await expect(page.locator('.step-list')).toBeVisible();
    expect(await steps(page)).toContain('site-owner');
    expect(await steps(page)).not.toEqual(expect.arrayContaining(['device-firmware', 'device-certificate', 'show-it']));
  });
}

const japanese = base.extend<object, { harness: HarnessInfo; ext: LaunchedExtension }>({
  harness: [async ({}, use) => use(harnessInfo()), { scope: 'worker' }],
  ext: [
    async ({ harness }, use) => {
      const ext = await launchWithExtension(harness, { lang: 'ja' });
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
});

japanese('in Japanese: the device and the intranet verdicts', async ({ ext, harness }) => {
  const page = await ext.context.newPage();
  await visitFailing(page, harness.scope['device-tls10']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'protocol-mismatch');
  await expect(page.locator('#verdict')).toHaveText(/router\.local はあなたのネットワーク内の機器/);
  await expect(page.locator('[data-step="device-too-old"]')).toContainText('機器がブラウザーに対して古すぎる場合');
  await expectNoOwner(page, '管理者');
  await screenshot(page, 'device-tls10-ja');
  await visitFailing(page, harness.scope['intranet-internal']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(page.locator('#verdict')).toHaveText(/wiki\.internal はあなたの組織のサイト/);
  await expect(page.locator('[data-step="show-it"]')).toContainText('このエラーを IT 部門に見せる');
  await screenshot(page, 'intranet-ja');
  await page.close();
});
