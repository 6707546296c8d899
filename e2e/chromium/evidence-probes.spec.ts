// The other-site probe ("is it just this site?") and the re-probe of the failed URL, end to end:
// their lines in the troubleshooter, their bounds (one round a minute, nothing for non-TLS
// failures), and the switches that turn them off. Every request the extension makes is recorded
// in the worker (webRequest, tabId -1), so the tests can say exactly what was contacted.
import { expectTroubleshooter, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { localSettings } from '../support/local-settings';
import { evidenceLines, expect, expectOnlyLocalTraffic, extensionRequests, shownIncident, test } from '../support/evidence-browser';

const REPROBE_SAME = 'Trying again from the extension failed the same way';

test('a failing site: the other site loads, the re-probe fails the same way, and only those two are contacted', async ({
  page,
  ext,
  harness,
}) => {
  const failing = harness.cases['untrusted-root']!;
  await visitFailing(page, failing.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(
    evidenceLines(page).filter({ hasText: 'Another secure site, healthy.hd.test, loads fine, so the problem is specific to this site' }),
  ).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(evidenceLines(page).filter({ hasText: REPROBE_SAME })).toHaveCount(1, { timeout: 20_000 });
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');

  const { evidence } = await shownIncident(page);
  expect(evidence.otherSiteProbe).toEqual({ status: 'done', results: [{ host: 'healthy.hd.test', ok: true }] });
  expect(evidence.reprobe).toMatchObject({ status: 'failed', kind: 'cert-untrusted' });
  // The re-probe asked the failing URL only; the other-site probe its configured list only; the
  // captive-portal check its configured URL (e2e/support/local-settings.ts).
  expect([...new Set(await extensionRequests(ext.worker))].sort()).toEqual(
    [failing.url, harness.pages.healthy, 'http://portal.hd.test/generate_204'].sort(),
  );
  await expectOnlyLocalTraffic(ext.worker);
});

test.describe('other sites failing too', () => {
  test.use({ launch: { settings: { probeUrls: [] } } });

  test('point away from the site', async ({ page, ext, harness }) => {
    // Both "other sites" present certificates from the same untrusted root, as everything would
    // behind intercepting software.
    await ext.worker.evaluate((settings) => chrome.storage.local.set({ settings }), {
      ...localSettings(harness),
      probeUrls: [harness.interception[3]!.url, harness.interception[4]!.url],
    });
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect(evidenceLines(page).filter({ hasText: '2 of the 2 other secure sites we tried failed too' })).toHaveCount(1, {
      timeout: 20_000,
    });
    await expect(diagnosis).toHaveAttribute('data-cause', 'interception');
    await expectOnlyLocalTraffic(ext.worker);
  });
});

test.describe('probes switched off', () => {
  test.use({ launch: { settings: { otherSiteProbe: false, reprobe: false } } });

  test('nothing is contacted and no probe line is shown', async ({ page, ext, harness }) => {
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect
      .poll(async () => (await shownIncident(page)).evidence.otherSiteProbe, { timeout: 10_000 })
      .toEqual({ status: 'disabled', results: [] });
    await expect.poll(async () => (await shownIncident(page)).evidence.reprobe, { timeout: 10_000 }).toEqual({ status: 'disabled' });
    await page.waitForTimeout(2_000);
    expect(await extensionRequests(ext.worker)).toEqual([]);
    await expect(evidenceLines(page).filter({ hasText: /other secure site|Trying again from the extension/ })).toHaveCount(0);
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  });
});

test('a non-TLS failure probes nothing at all', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases['refused']!.url);
  await page.waitForTimeout(3_000);
  expect(page.url()).not.toContain(troubleshooterPrefix(ext.extensionId));
  expect(await extensionRequests(ext.worker)).toEqual([]);
});

test('many failures in a minute make one other-site round', async ({ page, ext, harness }) => {
  const faults = { 'untrusted-root': 'cert-untrusted', 'self-signed': 'cert-untrusted', 'wrong-host': 'cert-name' } as const;
  for (const [name, kind] of Object.entries(faults)) {
    const tab = name === 'untrusted-root' ? page : await ext.context.newPage();
    await visitFailing(tab, harness.cases[name]!.url);
    await expectTroubleshooter(tab, ext.extensionId, kind);
    // Each incident still gets the answer, from the one round.
    await expect(evidenceLines(tab).filter({ hasText: 'Another secure site, healthy.hd.test, loads fine' })).toHaveCount(1, {
      timeout: 20_000,
    });
  }
  const requests = await extensionRequests(ext.worker);
  expect(requests.filter((u) => u === harness.pages.healthy)).toHaveLength(1);
  // …while each failed URL was re-probed once, itself only.
  for (const name of Object.keys(faults)) expect(requests.filter((u) => u === harness.cases[name]!.url)).toHaveLength(1);
  await expectOnlyLocalTraffic(ext.worker);
});

declare const chrome: any;
