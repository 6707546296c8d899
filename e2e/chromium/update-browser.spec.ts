// "Update your browser" in the troubleshooter. The browser here is current (Chromium 156), so the
// test stands in an old version: it rewrites the stored incident's environment (what the background
// recorded from the browser's own version) to Chromium 120 and reloads the page, which paints from
// that record. The step must then lead the checklist of a version mismatch, and be absent before.
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { expect, shownIncident, test } from '../support/evidence-browser';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

test('an old browser meeting a version mismatch is told to update first', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['tls-1.0-1.1-only']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'protocol-mismatch');
  await expect.poll(async () => (await shownIncident(page)).evidence.reprobe, { timeout: 20_000 }).toMatchObject({ status: 'failed' });
  await expect(page.locator('[data-step="site-owner"]')).toBeVisible();
  await expect(page.locator('[data-step="update-browser"]')).toHaveCount(0);

  const id = new URL(page.url()).searchParams.get('incident') ?? '';
  await page.evaluate(async (key) => {
    const incident = (await chrome.storage.session.get(key))[key] as { evidence: { environment: { version: string } } };
    incident.evidence.environment.version = '120';
    await chrome.storage.session.set({ [key]: incident });
  }, `incident:${id}`);
  await page.reload();

  const step = page.locator('[data-step="update-browser"]');
  await expect(step).toBeVisible({ timeout: 15_000 });
  await expect(step).toContainText('This browser is version 120, while version 156 was current');
  await expect(step.getByRole('button', { name: "Open the browser's update page" })).toBeVisible();
  const order = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step')));
  expect(order.indexOf('update-browser')).toBeLessThan(order.indexOf('site-owner'));
});
