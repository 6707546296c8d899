// A box on the network that resets connections whose ClientHello carries the post-quantum
// X25519MLKEM768 key share (e2e/harness/mlkem-middlebox.mjs, in front of a healthy server), with
// the healthy harness site as the control: Chromium 156 sends that share by default (measured),
// so the reset repeats on the extension's re-probe while the control site loads, and the verdict
// is the network with the middlebox step, which tells Chromium users there is no switch to flip.
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, expectOnlyLocalTraffic, shownIncident, test } from '../support/evidence-browser';

test('a middlebox resetting ML-KEM handshakes: the network, with the middlebox step', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.middlebox.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'handshake-interrupted');
  await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CONNECTION_RESET');
  await expect(
    evidenceLines(page).filter({
      hasText: 'cut the connection off again when we tried it a second time, while the other sites we tried loaded',
    }),
  ).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(diagnosis).toHaveAttribute('data-cause', 'network');

  const { evidence } = await shownIncident(page);
  expect(evidence.otherSiteProbe).toEqual({ status: 'done', results: [{ host: 'healthy.hd.test', ok: true }] });
  expect(evidence.reprobe).toMatchObject({ status: 'failed', kind: 'handshake-interrupted' });

  const step = page.locator('[data-step="middlebox"]');
  await expect(step).toBeVisible();
  await expect(step).toContainText('no longer have a setting or policy that turns post-quantum key exchange off');
  await expect(step).not.toContainText('security.tls.enable_kyber');
  await expect(step.getByRole('button', { name: 'Copy the report for the administrator' })).toBeVisible();
  // The middlebox step leads the network steps.
  const order = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step')));
  expect(order.indexOf('middlebox')).toBeLessThan(order.indexOf('network-filter'));
  await expectOnlyLocalTraffic(ext.worker);
});

test('the healthy control site loads untouched', async ({ page, harness }) => {
  await page.goto(harness.pages.healthy, { timeout: 15_000 });
  await page.waitForTimeout(1_500);
  expect(page.url()).toBe(harness.pages.healthy);
  await expect(page.locator('body')).not.toBeEmpty();
});
