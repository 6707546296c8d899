// What the verdict says and offers first, against what was measured: the safe way out ("Go back")
// leads where the site may be impersonated, one bold line warns against entering passwords, no
// percentage sits beside a cause, each piece of evidence is printed once, and the clock is
// mentioned (and checked first) only when it was not measured right.
import type { Page } from '@playwright/test';
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, test } from '../support/evidence-browser';

/** Only the clock and the re-probe: the other-site probe would fail too under a wrong clock. */
const clockOnly = { otherSiteProbe: false };
const DO_NOT_ENTER = "Don't enter passwords or card numbers on this site until this is fixed.";
const steps = (page: Page) => page.locator('.step-list > li');

/** "Go back" is the first button of the toolbar and the only primary one; "Reload the site" follows. */
async function expectBackFirst(page: Page): Promise<void> {
  const buttons = page.locator('nav.toolbar button');
  await expect(buttons.first()).toHaveAttribute('data-testid', 'back');
  await expect(page.getByTestId('back')).toHaveClass(/\bprimary\b/);
  await expect(page.getByTestId('retry')).not.toHaveClass(/\bprimary\b/);
  await expect(page.getByTestId('retry')).toHaveText('Reload the site');
}

/** The bold line right under the verdict, at full text colour (not the page's muted grey). */
async function expectDoNotEnter(page: Page): Promise<void> {
  const line = page.getByTestId('do-not-enter');
  await expect(line).toHaveText(DO_NOT_ENTER);
  const look = await line.evaluate((el) => {
    const bold = el.querySelector('strong') ?? el;
    return {
      weight: Number(getComputedStyle(bold).fontWeight),
      color: getComputedStyle(el).color,
      body: getComputedStyle(document.body).color,
      afterVerdict: el.previousElementSibling?.id === 'verdict',
    };
  });
  expect(look.weight).toBeGreaterThanOrEqual(600);
  expect(look.color).toBe(look.body);
  expect(look.afterVerdict).toBe(true);
}

test.describe('the right clock', () => {
  test.use({ launch: { settings: clockOnly } });

  test('an expired certificate: Go back first, the password line, no percentage, no word or step about the clock', async ({
    page,
    ext,
    harness,
  }) => {
    await visitFailing(page, harness.cases.expired!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expect(diagnosis).toHaveAttribute('data-clock', 'verified', { timeout: 20_000 });
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
    await expectBackFirst(page);
    await expectDoNotEnter(page);
    await expect(page.locator('.step-list')).toBeVisible();
    await expect(steps(page).first()).not.toHaveAttribute('data-step', 'clock');
    await expect(page.locator('[data-step="clock"]')).toHaveCount(0);
    await expect(diagnosis.locator('.explain')).not.toContainText(/clock|date and time|computer's date/i);
    // Confidence in words, never a percentage anywhere on the page.
    await expect(page.locator('.evidence .confidence').first()).toHaveText(/^(very likely|likely|possible)$/);
    expect(await page.locator('body').innerText()).not.toMatch(/\d\s*%/);
    // The evidence is printed once: in the list under the verdict, not again in the verdict or a step card.
    const line = 'Your clock matches the time reported by 3 sites';
    await expect(evidenceLines(page).filter({ hasText: line })).toHaveCount(1);
    await expect(page.locator('.step-list')).not.toContainText(line);
    await expect(diagnosis).not.toContainText(line);
    // One name per behaviour: the background check is "Check whether it is fixed" wherever it appears.
    await expect(page.getByTestId('verify-fix')).toHaveText('Check whether it is fixed');
    await expect(page.getByRole('button', { name: /^Try (the site )?again$|^Check the site again$/ })).toHaveCount(0);
  });
});

test.describe('the clock not checked', () => {
  test.use({ launch: { settings: { ...clockOnly, clockCheck: false } } });

  test('an expired certificate: the explanation leaves the clock open, and a quick clock check is step 1', async ({
    page,
    ext,
    harness,
  }) => {
    await visitFailing(page, harness.cases.expired!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expect(evidenceLines(page).filter({ hasText: 'Trying again from the extension failed the same way' })).toHaveCount(1, {
      timeout: 20_000,
    });
    await expect(diagnosis).toHaveAttribute('data-clock', 'unknown');
    await expect(diagnosis.locator('.explain').first()).toContainText('the date and time on your computer are wrong');
    await expect(steps(page).first()).toHaveAttribute('data-step', 'clock');
    await expect(steps(page).first()).toContainText('First, check the date and time');
    await expectBackFirst(page);
    await expectDoNotEnter(page);
  });
});

test.describe('a clock two years behind', () => {
  test.use({ launch: { faketime: '-2y', settings: clockOnly } });

  test('the clock verdict: the clock step first, the password line kept, Go back still first', async ({ page, ext, harness }) => {
    await visitFailing(page, harness.pages.healthy);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expect(diagnosis).toHaveAttribute('data-cause', 'system-clock', { timeout: 20_000 });
    await expect(diagnosis).toHaveAttribute('data-clock', 'wrong');
    await expect(diagnosis.locator('.explain')).toHaveText(/Your clock is set to the wrong date or time/);
    await expect(steps(page).first()).toHaveAttribute('data-step', 'clock');
    await expect(steps(page).first()).toContainText('Set the clock to update automatically');
    await expectDoNotEnter(page);
    await expectBackFirst(page);
  });
});
