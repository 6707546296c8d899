// A destructive step as a person meets it: "Before you start" and "What this removes" under their
// headings, above the instructions, saying that resetting turns this extension off and how to turn
// it back on; and "Copy the report and these steps" copying both before the page goes away.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LaunchedExtension } from '../support/chromium';
import { copiedText, keepCopiedText } from '../support/copied-text';
import { expect, test, troubleshooterPrefix } from '../support/fixtures';
import type { HarnessInfo } from '../support/harness-info';
import { resetStorage, storeIncident } from '../support/extension-pages';

test.afterEach(async ({ ext }) => resetStorage(ext));

/**
 * A handshake error nothing explains: the cause stays open, so the checklist ends with the
 * certificate store and the browser reset (Chrome on Linux, as the stored incident says).
 */
async function openUnexplainedFailure(page: Page, ext: LaunchedExtension, harness: HarnessInfo): Promise<void> {
  const url = harness.cases['tcp-reset']!.url;
  const error = 'net::ERR_SSL_PROTOCOL_ERROR';
  const id = await storeIncident(ext, { rawError: error, errorCode: error, kind: 'tls-unknown', url, host: new URL(url).hostname });
  await page.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=${id}`);
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'tls-unknown');
  await expect(page.locator('.step-list > li').last()).toHaveAttribute('data-step', 'browser-reset');
}

test('the reset step warns before its instructions and copies the report and the steps', async ({ page, ext, harness }) => {
  await ext.context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${ext.extensionId}` })
    .catch(() => undefined);
  await openUnexplainedFailure(page, ext, harness);
  const step = page.locator('[data-step="browser-reset"]');
  await expect(step).toBeVisible();
  await step.scrollIntoViewIfNeeded();

  const before = step.getByRole('heading', { name: 'Before you start' });
  const removes = step.getByRole('heading', { name: 'What this removes' });
  const instructions = step.locator('.instructions');
  await expect(before).toBeVisible();
  await expect(removes).toBeVisible();
  await expect(step.getByTestId('destructive-notes')).toContainText('turns off every extension, Handshake Doctor included');
  await expect(step.getByTestId('destructive-notes')).toContainText('open chrome://extensions, turn Handshake Doctor back on');
  const top = async (l: typeof before) => (await l.boundingBox())!.y;
  expect(await top(before)).toBeLessThan(await top(removes));
  expect(await top(removes)).toBeLessThan(await top(instructions));
  // Read in that order too (screen readers, text-only views), not just placed there.
  const order = await step.evaluate((li) => {
    const at = (selector: string) => [...li.querySelectorAll('*')].indexOf(li.querySelector(selector)!);
    return [at('[data-testid="destructive-notes"] h3'), at('.instructions')];
  });
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]!);
  // The certificate store: no deleting on a guess.
  const store = page.locator('[data-step="certificate-store"]');
  await expect(store).toContainText(
    'Don’t delete a certificate just because you do not recognise its name; if unsure, stop and ask whoever manages this computer.',
  );
  await expect(store).not.toContainText('appeared recently');
  await expect(store.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(store.getByTestId('destructive-notes')).toContainText('This step ends with restarting the browser');
  await step.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('destructive-step.png'), fullPage: true });

  // What the button hands to the clipboard.
  await page.evaluate(keepCopiedText);
  const copy = step.getByRole('button', { name: 'Copy the report and these steps' });
  // Offered first: inside "Before you start", above the instructions.
  expect(await top(copy)).toBeLessThan(await top(instructions));
  await copy.click();
  await expect(step.getByText('Copied the report and these steps.')).toBeVisible();
  const copied = await page.evaluate(copiedText);
  const report = (await page.getByTestId('report-text').textContent()) ?? '';
  expect(report).toContain('net::ERR_SSL_PROTOCOL_ERROR');
  expect(copied.startsWith(report)).toBe(true);
  const titles = await page.locator('.step-list > li .step-title').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  for (const title of titles) expect(copied).toContain(title.trim());
  expect(copied).toContain('Before you start');
  expect(copied.indexOf('What this removes')).toBeGreaterThan(0);
  expect(copied.lastIndexOf('What this removes')).toBeLessThan(copied.indexOf('- Open chrome://settings/reset'));

  // A command is copied for a terminal, not for the address bar.
  await store.getByRole('button', { name: 'Copy the command' }).click();
  await expect(page.locator('p.status[role="status"]')).toHaveText('Copied.');
  expect(await page.evaluate(copiedText)).toContain('nssdb');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the destructive steps and their notes in the ${scheme} theme`, async ({ page, ext, harness }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openUnexplainedFailure(page, ext, harness);
    await page.locator('[data-step="browser-reset"]').getByRole('button', { name: 'Copy the report and these steps' }).click();
    const result = await new AxeBuilder({ page }).include('.step-list').analyze();
    expect(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
