// Accessibility: axe-core finds no violations on the troubleshooter, the popup and the options
// page, in the light and the dark theme; and each page works from the keyboard alone, with a
// visible focus ring. (The banner lives in a closed shadow root, which axe cannot enter: its
// roles, labels and keyboard use are checked in banner.spec.ts.)
import type { Page } from '@playwright/test';
import { expect, expectTroubleshooter, test, visitFailing } from '../support/fixtures';
import { expectNoViolations } from '../support/axe';
import { optionsUrl, popupUrl, resetStorage, tabIdOf } from '../support/extension-pages';

// Other specs share this browser: start and end with clean storage (history counts are exact).
test.beforeEach(async ({ ext }) => resetStorage(ext));
test.afterEach(async ({ ext }) => resetStorage(ext));

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: troubleshooter, popup and options in the ${scheme} theme`, async ({ page, ext, harness }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await visitFailing(page, harness.cases['tcp-reset']!.url);
    await expectTroubleshooter(page, ext.extensionId, 'handshake-interrupted');
    await page.locator('.step-list > li').first().getByRole('checkbox').check();
    await page.getByTestId('verify-fix').click();
    await expect(page.getByTestId('verify-result')).not.toHaveAttribute('data-outcome', /idle|checking/, { timeout: 15_000 });
    await page.getByText('Show the report').click();
    await expectNoViolations(page, `troubleshooter (${scheme})`);

    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(popupUrl(ext, await tabIdOf(ext, page.url())));
    await expect(popup.getByTestId('diagnosis')).toBeVisible();
    await expectNoViolations(popup, `popup with an incident (${scheme})`);
    const healthy = `${harness.pages.healthy}?a11y=${scheme}`;
    await page.goto(healthy);
    await popup.goto(popupUrl(ext, await tabIdOf(ext, healthy)));
    await expect(popup.getByTestId('no-incidents')).toBeVisible();
    await expectNoViolations(popup, `popup without incidents (${scheme})`);

    await popup.setViewportSize({ width: 1000, height: 900 });
    await popup.goto(optionsUrl(ext));
    await expect(popup.getByTestId('history-entry')).toHaveCount(1);
    await popup.getByTestId('history-entry').getByRole('button').click();
    await popup.getByTestId('opt-probeUrls').fill('http://invalid.example/');
    await popup.getByTestId('save-settings').click();
    await expect(popup.locator('#opt-probeUrls-error')).toBeVisible();
    await popup.getByText('Show the report').click();
    await expectNoViolations(popup, `options (${scheme})`);
    await popup.close();
  });
}

/** Presses Tab until `testId` has focus; fails after `max` presses. Returns the focused element's outline. */
async function tabTo(page: Page, testId: string, max = 60): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return undefined;
      const style = getComputedStyle(el);
      return {
        id: el.dataset.testid ?? el.closest('[data-testid]')?.getAttribute('data-testid'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (focused?.id === testId) return focused.outline;
  }
  throw new Error(`${testId} never got focus`);
}

test('the troubleshooter works from the keyboard, with a visible focus ring', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['tcp-reset']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'handshake-interrupted');
  expect(await tabTo(page, 'retry')).toMatch(/^solid [1-9]/);
  expect(await tabTo(page, 'back')).toMatch(/^solid [1-9]/);
  expect(await tabTo(page, 'show-native')).toMatch(/^solid [1-9]/);
  // The first step's checkbox, toggled with the space bar, once the checks are in: the re-probe
  // repeating the reset (other sites loading) makes it the network's, and the steps follow the verdict.
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-cause', 'network', { timeout: 15_000 });
  await page.locator('.step-list > li').first().getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('progress')).toHaveAttribute('data-done', '1');
  await tabTo(page, 'verify-fix');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-outcome', /same|changed|unreachable/, { timeout: 15_000 });
  expect(await tabTo(page, 'copy-report')).toMatch(/^solid [1-9]/);
});

test('the options page works from the keyboard', async ({ page, ext }) => {
  await page.goto(optionsUrl(ext));
  // The page renders after it loads: tabbing before that reaches nothing.
  await expect(page.getByTestId('save-settings')).toBeVisible();
  await tabTo(page, 'guided-source');
  await tabTo(page, 'opt-onPageFailure-troubleshooter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('opt-onPageFailure-badge')).toBeChecked();
  expect(await tabTo(page, 'opt-banner')).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('opt-banner')).not.toBeChecked();
  await tabTo(page, 'save-settings');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved.');
});
