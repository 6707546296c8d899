// The TLS 1.2 check in Chromium: after a version or cipher mismatch, with probes on, the
// extension asks the TLS-1.2-only check host once (here the harness's server on port 1012, the
// default URL's name mapped to 127.0.0.1). Chromium always speaks TLS 1.2, so a TLS 1.0-only site
// stays the site's fault, now with the measurement as evidence. Nothing else triggers the check.
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, expectOnlyLocalTraffic, extensionRequests, shownIncident, test } from '../support/evidence-browser';

const CHECK_URL = 'https://tls-v1-2.badssl.com:1012/';
const SPOKE = 'This browser connected to tls-v1-2.badssl.com, a test site that speaks only TLS 1.2';

test('a TLS 1.0-only site: the check loads, so the verdict stays with the site, and it says what was measured', async ({
  page,
  ext,
  harness,
}) => {
  await visitFailing(page, harness.cases['tls-1.0-1.1-only']!.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'protocol-mismatch');
  await expect(evidenceLines(page).filter({ hasText: SPOKE })).toHaveCount(1, { timeout: 20_000 });
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-configuration');
  const { evidence } = await shownIncident(page);
  expect(evidence.tls12Check).toEqual({ outcome: 'spoke', host: 'tls-v1-2.badssl.com' });
  expect((await extensionRequests(ext.worker)).filter((u) => u === CHECK_URL)).toHaveLength(1);
  await expectOnlyLocalTraffic(ext.worker);
});

test('the TLS-1.2-only harness site loads in Chromium, and a certificate failure asks no check', async ({ page, ext, harness }) => {
  const response = await page.goto(harness.cases['tls12-only']!.url);
  expect(response?.ok()).toBe(true);
  await visitFailing(page, harness.cases['untrusted-root']!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect.poll(async () => (await shownIncident(page)).evidence.otherSiteProbe, { timeout: 20_000 }).toBeDefined();
  expect(await extensionRequests(ext.worker)).not.toContain(CHECK_URL);
  expect((await shownIncident(page)).evidence.tls12Check).toBeUndefined();
});

test.describe('probes switched off', () => {
  test.use({ launch: { settings: { otherSiteProbe: false } } });

  test('a version mismatch asks no check', async ({ page, ext, harness }) => {
    await visitFailing(page, harness.cases['dhe-only']!.url);
    await expectTroubleshooter(page, ext.extensionId, 'protocol-mismatch');
    await expect.poll(async () => (await shownIncident(page)).evidence.reprobe, { timeout: 20_000 }).toBeDefined();
    await page.waitForTimeout(1_000);
    expect(await extensionRequests(ext.worker)).not.toContain(CHECK_URL);
    expect((await shownIncident(page)).evidence.tls12Check).toBeUndefined();
    await expect(evidenceLines(page).filter({ hasText: 'speaks only TLS 1.2' })).toHaveCount(0);
  });
});
