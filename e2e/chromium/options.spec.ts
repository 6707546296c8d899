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

test('history follows the evidence gathered after the failure: guided fixes show the verdict the troubleshooter settled on', async ({
  page,
  ext,
  harness,
}) => {
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  // The re-probe, clock and other-site checks settle the verdict after the page is shown.
  const verdict = page.getByTestId('diagnosis');
  await expect(verdict).toHaveAttribute('data-cause', 'site-certificate', { timeout: 15_000 });
  await expect(page.locator('.uncertain')).toHaveCount(0, { timeout: 15_000 });
  const settled = await verdict.evaluate((el) => ({ ...(el as HTMLElement).dataset }));

  await openOptions(page, ext);
  await page.getByTestId('history-entry').first().getByRole('button', { name: 'Walk through the fix' }).click();
  const guided = page.getByTestId('guided-fixes');
  await expect(guided.getByTestId('diagnosis')).toHaveAttribute('data-cause', 'site-certificate');
  await expect(guided.locator('.uncertain')).toHaveCount(0);
  expect(await guided.getByTestId('diagnosis').evaluate((el) => ({ ...(el as HTMLElement).dataset }))).toEqual(settled);
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

  // The browser said NET::ERR_CERT_DATE_INVALID and nothing measured the clock: checking it is the first step; the guide walks there.
  await guided.getByTestId('guided-error').fill('NET::ERR_CERT_DATE_INVALID');
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

/** The text of every step of the guide, visited one by one from its index. */
async function everyGuideStep(guided: ReturnType<Page['getByTestId']>): Promise<string[]> {
  const buttons = guided.getByTestId('guide-index').getByRole('button');
  const texts: string[] = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    await buttons.nth(i).click();
    await expect(guided.getByTestId('guide-step')).toContainText(`Step ${i + 1} of`);
    texts.push((await guided.getByTestId('guide-step').textContent()) ?? '');
  }
  return texts;
}

test('guided fixes with nothing recorded: no empty placeholder or stand-in anywhere, and nothing empty copied', async ({ page, ext }) => {
  await ext.context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${ext.extensionId}` })
    .catch(() => undefined);
  await openOptions(page, ext);
  const guided = page.getByTestId('guided-fixes');
  const index = guided.getByTestId('guide-index');
  // Nothing recorded, nothing said: the site's owner is among the steps, as a public site's, and no
  // step claims a finding nobody measured.
  await expect(index.locator('li[data-step="site-owner"]')).toHaveCount(1);
  await index.locator('li[data-step="clock"]').getByRole('button').click();
  await expect(guided.getByTestId('guide-step')).toContainText('Nothing was recorded, so nothing measured points at this cause');
  await expect(guided.getByTestId('guide-step')).not.toContainText('clock looks wrong');
  for (const error of ['', 'NET::ERR_CERT_DATE_INVALID', 'Secure Connection Failed']) {
    await guided.getByTestId('guided-error').fill(error);
    const texts = [(await guided.textContent()) ?? '', ...(await everyGuideStep(guided))];
    for (const text of texts) {
      expect(text, error).not.toContain('()');
      expect(text, error).not.toContain('(the site)');
      expect(text, error).not.toContain('the site: ');
      expect(text, error).not.toMatch(/\(\s*\)/);
    }
  }
  // What the network filter step copies: the code the person gave alone, with no empty site before it.
  await guided.getByTestId('guided-error').fill('NET::ERR_CERT_DATE_INVALID');
  await index.locator('li[data-step="network-filter"]').getByRole('button').click();
  const copy = guided.getByTestId('guide-step').locator('button[data-action="copy"]');
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText('Copy the error');
  await expect(copy.locator('code')).toHaveText('net::ERR_CERT_DATE_INVALID');
  await copy.click();
  await expect(guided.getByRole('status').last()).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => undefined);
  if (copied !== undefined) expect(copied).toBe('net::ERR_CERT_DATE_INVALID');
  // With no code given there is nothing to copy, so no copy button at all.
  await guided.getByTestId('guided-error').fill('');
  await index.locator('li[data-step="network-filter"]').getByRole('button').click();
  await expect(guided.getByTestId('guide-step')).toHaveAttribute('data-step', 'network-filter');
  await expect(guided.getByTestId('guide-step').locator('button[data-action="copy"]')).toHaveCount(0);
});

test('guided fixes: the error is picked by what the browser showed, and read as the kind it maps to', async ({ page, ext }) => {
  await openOptions(page, ext);
  const guided = page.getByTestId('guided-fixes');
  const field = guided.getByRole('combobox', { name: 'What did the browser’s error page say?' });
  await expect(field).toHaveAttribute('list', 'guided-error-list');
  // The browser's own codes and headings are offered, this browser's (Chromium) first.
  const options = guided.locator('#guided-error-list option');
  const values = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values).toEqual(
    expect.arrayContaining([
      'NET::ERR_CERT_DATE_INVALID',
      'ERR_SSL_PROTOCOL_ERROR',
      'Your connection is not private',
      'SEC_ERROR_EXPIRED_CERTIFICATE',
      'Warning: Potential Security Risk Ahead',
      'Secure Connection Failed',
    ]),
  );
  expect(values.indexOf('NET::ERR_CERT_DATE_INVALID')).toBeLessThan(values.indexOf('SEC_ERROR_EXPIRED_CERTIFICATE'));
  expect(values.indexOf('Your connection is not private')).toBeLessThan(values.indexOf('Warning: Potential Security Risk Ahead'));
  await expect(guided.locator('#guided-error-list option[value="NET::ERR_CERT_DATE_INVALID"]')).toHaveAttribute(
    'label',
    /Certificate date problem/,
  );

  const read = guided.getByTestId('guided-error-read');
  const index = guided.getByTestId('guide-index');
  await field.fill('NET::ERR_CERT_DATE_INVALID');
  await expect(read).toHaveAttribute('data-kind', 'cert-date');
  await expect(read).toHaveText('Recognized: Certificate date problem.');
  await expect(index.locator('li[data-step="clock"]')).toHaveCount(1);
  // A version or cipher error: no clock step, the TLS settings step instead.
  await field.fill('ERR_SSL_VERSION_OR_CIPHER_MISMATCH');
  await expect(read).toHaveAttribute('data-kind', 'protocol-mismatch');
  await expect(index.locator('li[data-step="clock"]')).toHaveCount(0);
  // Firefox's code, and a heading.
  await field.fill('SEC_ERROR_EXPIRED_CERTIFICATE');
  await expect(read).toHaveAttribute('data-kind', 'cert-date');
  await field.fill('Your connection is not private');
  await expect(read).toHaveAttribute('data-kind', 'cert-invalid');
  // Unknown text leaves every cause open; a network error is said not to be one of these.
  await field.fill('the page was blank');
  await expect(read).toHaveText('Not recognized: the steps below cover every cause.');
  await field.fill('ERR_NAME_NOT_RESOLVED');
  await expect(read).toHaveAttribute('data-kind', 'not-tls');
  await expect(guided.getByTestId('guide-step')).toHaveCount(0);
  // Picking Firefox puts Firefox's codes first.
  await guided.getByTestId('guided-browser').selectOption('firefox');
  const firefoxFirst = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(firefoxFirst.indexOf('SEC_ERROR_EXPIRED_CERTIFICATE')).toBeLessThan(firefoxFirst.indexOf('NET::ERR_CERT_DATE_INVALID'));
});

test('guided fixes branch after narrowing down: the site step next when other sites work, gone when they fail too', async ({
  page,
  ext,
}) => {
  await openOptions(page, ext);
  const guided = page.getByTestId('guided-fixes');
  const index = guided.getByTestId('guide-index');
  const step = guided.getByTestId('guide-step');
  await expect(step).toHaveAttribute('data-step', 'narrow-down');
  const siteAt = async () =>
    (await index.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')))).indexOf('site-owner');
  expect(await siteAt()).toBeGreaterThan(1);

  const answers = step.getByTestId('narrow-answers');
  await answers.getByRole('radio', { name: 'Other sites work' }).check();
  await expect(answers.getByTestId('narrow-finding')).toHaveText(
    'These results point at the site: the step about its owner now comes next.',
  );
  await expect.poll(siteAt).toBe(1);
  await guided.getByTestId('guide-next').click();
  await expect(step).toHaveAttribute('data-step', 'site-owner');

  // Back to the comparisons: other sites fail too, so the fault is on this side and the site step goes.
  await guided.getByTestId('guide-previous').click();
  await answers.getByRole('radio', { name: 'Other sites fail too' }).check();
  await expect(answers.getByTestId('narrow-finding')).toHaveAttribute('data-finding', 'this-side');
  await expect(index.locator('li[data-step="site-owner"]')).toHaveCount(0);
  await guided.getByTestId('guide-next').click();
  await expect(step).not.toHaveAttribute('data-step', 'site-owner');

  // Not tried after all: the order is the checklist's again.
  await guided.getByTestId('guide-previous').click();
  await answers.locator('[data-comparison="other-site"]').getByRole('radio', { name: 'Not tried yet' }).check();
  await expect(answers.getByTestId('narrow-finding')).toHaveAttribute('data-finding', 'open');
  expect(await siteAt()).toBeGreaterThan(1);
});
