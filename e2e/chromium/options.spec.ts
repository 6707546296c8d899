// The options page: settings that round-trip through storage and take effect, the history of
// incidents (redacted, bounded, clearable), guided fixes with or without a recorded incident, and
// the exported support report.
import type { Page } from '@playwright/test';
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { badgeText, inExtension, optionsUrl, resetStorage, tabIdOf, writeSettings } from '../support/extension-pages';

declare const chrome: any;

// Other specs share this browser: start and end with clean storage (history counts are exact).
test.beforeEach(async ({ ext }) => resetStorage(ext));
test.afterEach(async ({ ext }) => resetStorage(ext));

const stored = (ext: Parameters<typeof inExtension>[0]) =>
  inExtension(ext, async () => (await chrome.storage.local.get('settings')).settings, undefined);

async function openOptions(page: Page, ext: Parameters<typeof optionsUrl>[0]) {
  await page.goto(optionsUrl(ext));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guided fixes and settings');
}

test('settings round-trip: saved as a versioned envelope and shown again after a reload', async ({ page, ext }) => {
  await openOptions(page, ext);
  await page.getByTestId('opt-onPageFailure-badge').check();
  await page.getByTestId('opt-banner').uncheck();
  await page.getByTestId('opt-otherSiteProbe').uncheck();
  await page.getByTestId('opt-probeUrls').fill('https://probe-one.example/\nhttps://probe-two.example/generate_204');
  await page.getByTestId('opt-clockCheck').uncheck();
  await page.getByTestId('opt-neverIntervene').fill('router.hd.test\n*.intranet.example\n');
  await page.getByTestId('opt-historyLimit').fill('7');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved.');

  expect(await stored(ext)).toEqual({
    version: 1,
    settings: expect.objectContaining({
      onPageFailure: 'badge',
      banner: false,
      otherSiteProbe: false,
      probeUrls: ['https://probe-one.example/', 'https://probe-two.example/generate_204'],
      clockCheck: false,
      neverIntervene: ['router.hd.test', '*.intranet.example'],
      historyLimit: 7,
    }),
  });

  await page.reload();
  await expect(page.getByTestId('opt-onPageFailure-badge')).toBeChecked();
  await expect(page.getByTestId('opt-banner')).not.toBeChecked();
  await expect(page.getByTestId('opt-otherSiteProbe')).not.toBeChecked();
  await expect(page.getByTestId('opt-clockCheck')).not.toBeChecked();
  await expect(page.getByTestId('opt-reprobe')).toBeChecked();
  await expect(page.getByTestId('opt-probeUrls')).toHaveValue('https://probe-one.example/\nhttps://probe-two.example/generate_204');
  await expect(page.getByTestId('opt-neverIntervene')).toHaveValue('router.hd.test\n*.intranet.example');
  await expect(page.getByTestId('opt-historyLimit')).toHaveValue('7');
});

test('invalid entries are pointed out and nothing is saved', async ({ page, ext }) => {
  const before = await stored(ext);
  await openOptions(page, ext);
  await page.getByTestId('opt-probeUrls').fill('http://not-https.example/');
  await page.getByTestId('opt-neverIntervene').fill('not a host name');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Not saved: correct the marked fields.');
  await expect(page.getByTestId('opt-probeUrls')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('opt-neverIntervene')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#opt-probeUrls-error')).toBeVisible();
  expect(await stored(ext)).toEqual(before);
});

test('the TLS 1.2 check is described among what is contacted, editable, and checked before saving', async ({ page, ext }) => {
  await openOptions(page, ext);
  const field = page.getByTestId('opt-tls12CheckUrl');
  await expect(field).toHaveValue('https://tls-v1-2.badssl.com:1012/');
  await expect(page.locator('#opt-tls12CheckUrl-hint')).toContainText('speaks only TLS 1.2');
  await expect(page.locator('#opt-tls12CheckUrl-hint')).toContainText('tls-v1-2.badssl.com');
  await field.fill('http://not-https.example/');
  await page.getByTestId('save-settings').click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#opt-tls12CheckUrl-error')).toBeVisible();
  await field.fill('https://tls12.intranet.example:8443/');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved.');
  expect(await stored(ext)).toMatchObject({ settings: { tls12CheckUrl: 'https://tls12.intranet.example:8443/' } });
});

test('"only the badge" leaves the browser\'s error page in place and badges the tab', async ({ page, ext, harness }) => {
  await writeSettings(ext, { onPageFailure: 'badge' });
  const url = `${harness.cases.expired!.url}?badge=${Date.now()}`;
  await visitFailing(page, url);
  await page.waitForTimeout(2500);
  expect(page.url()).not.toContain(troubleshooterPrefix(ext.extensionId));
  const tabId = await tabIdOf(ext, url);
  await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000 }).toBe('!');
});

test('a site on the never-intervene list is left to the browser', async ({ page, ext, harness }) => {
  await writeSettings(ext, { neverIntervene: [harness.cases['self-signed']!.host] });
  await visitFailing(page, harness.cases['self-signed']!.url);
  await page.waitForTimeout(2500);
  expect(page.url()).not.toContain(troubleshooterPrefix(ext.extensionId));
});

test('history: recorded without query strings or fragments, guided again, and cleared', async ({ page, ext, harness }) => {
  await visitFailing(page, `${harness.cases.expired!.url}login?session=abc123#frag`);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await visitFailing(page, harness.cases['wrong-host']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');

  await openOptions(page, ext);
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  // Newest first.
  await expect(entries.nth(0)).toHaveAttribute('data-kind', 'cert-name');
  await expect(entries.nth(1)).toHaveAttribute('data-url', `${harness.cases.expired!.url}login`);
  const table = (await page.getByTestId('history').textContent()) ?? '';
  for (const secret of ['abc123', 'session', 'frag']) expect(table).not.toContain(secret);

  // Walk through the fix for the expired one.
  await entries.nth(1).getByRole('button', { name: 'Walk through the fix' }).click();
  const guided = page.getByTestId('guided-fixes');
  await expect(guided.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date');
  await expect(guided.getByTestId('guide-step')).toBeVisible();

  // The exported report carries the same, without query strings either.
  await page.getByText('Show the report').click();
  const text = (await page.getByTestId('export-report-text').textContent()) ?? '';
  expect(text).toContain(`${harness.cases.expired!.url}login`);
  expect(text).toContain('net::ERR_CERT_COMMON_NAME_INVALID');
  const json = JSON.parse((await page.getByTestId('export-report-json').textContent()) ?? '{}');
  expect(json.incidents).toHaveLength(2);
  expect(json.settings).not.toHaveProperty('neverIntervene');
  for (const secret of ['abc123', 'session=', '#frag']) expect(JSON.stringify(json)).not.toContain(secret);

  await page.getByTestId('clear-history').click();
  await expect(page.getByTestId('history-empty')).toBeVisible();
  expect(await inExtension(ext, async () => (await chrome.storage.local.get('history')).history, undefined)).toEqual([]);
});

test('history keeps at most settings.historyLimit incidents', async ({ page, ext, harness }) => {
  await writeSettings(ext, { historyLimit: 1 });
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await visitFailing(page, harness.cases['self-signed']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await openOptions(page, ext);
  await expect(page.getByTestId('history-entry')).toHaveCount(1);
  await expect(page.getByTestId('history-entry')).toHaveAttribute('data-kind', 'cert-untrusted');
});

test('guided fixes with nothing recorded: pick what the error said, the browser and the system', async ({ page, ext }) => {
  await openOptions(page, ext);
  const guided = page.getByTestId('guided-fixes');
  await expect(guided.getByTestId('guided-source')).toHaveValue('none');
  // Detected defaults: Debian's Chromium on Linux.
  await expect(guided.getByTestId('guided-browser')).toHaveValue('chromium');
  await expect(guided.getByTestId('guided-os')).toHaveValue('linux');
  const index = guided.getByTestId('guide-index');
  const step = guided.getByTestId('guide-step');
  await expect(index.locator('li').first()).toHaveAttribute('data-step', 'narrow-down');
  await expect(step).toHaveAttribute('data-step', 'narrow-down');

  // "The date is wrong": nothing measured the clock, so checking it is the first step; the guide walks there.
  await guided.getByTestId('guided-kind').selectOption('cert-date');
  await expect(index.locator('li').first()).toHaveAttribute('data-step', 'clock');
  await index.locator('li[data-step="clock"]').getByRole('button').click();
  await expect(step).toHaveAttribute('data-step', 'clock');
  const chromiumText = await step.textContent();
  await guided.getByTestId('guided-browser').selectOption('firefox');
  await guided.getByTestId('guided-os').selectOption('windows');
  await index.locator('li[data-step="clock"]').getByRole('button').click();
  await expect.poll(() => step.textContent()).not.toBe(chromiumText);
  // No site was recorded, so no step offers to try it again.
  await expect(guided.getByRole('button', { name: 'Check whether it is fixed' })).toHaveCount(0);
  // Next and previous, and checking steps off.
  await guided.getByTestId('guide-next').click();
  await expect(step).not.toHaveAttribute('data-step', 'clock');
  await guided.getByTestId('guide-previous').click();
  await expect(step).toHaveAttribute('data-step', 'clock');
  await step.getByRole('checkbox').check();
  await expect(index.locator('li[data-step="clock"]')).toHaveClass('done');
  await expect(guided.getByTestId('progress')).toHaveAttribute('data-done', '1');
});
