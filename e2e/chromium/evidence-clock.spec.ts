// Clock evidence, end to end: the browser runs under libfaketime (Debian package faketime) while the harness keeps
// the real time. A certificate-date failure with no passive estimate makes the extension read the
// harness time server over plain http and attach the measured skew; passive samples of response
// Date headers count too; clockCheck off means no sampling and no check.
import { expectTroubleshooter, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, expectOnlyLocalTraffic, extensionRequests, shownIncident, test } from '../support/evidence';
import { timeSourceAliases } from '../support/local-settings';

const DAY = 86_400_000;
/** Only the clock and the re-probe: the other-site probe would fail too under a wrong clock. */
const clockOnly = { otherSiteProbe: false };

for (const [faketime, direction, sign] of [
  ['-2y', 'behind', -1],
  ['+2y', 'ahead', 1],
] as const) {
  test.describe(`a clock ${direction} by two years`, () => {
    test.use({ launch: { faketime, settings: clockOnly } });

    test('the healthy site fails on dates and the measured skew names the clock', async ({ page, ext, harness }) => {
      await visitFailing(page, harness.pages.healthy);
      const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
      await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CERT_DATE_INVALID');
      await expect(diagnosis).toHaveAttribute('data-cause', 'system-clock', { timeout: 20_000 });
      // Three names of the harness time server answered: ~730 days (libfaketime's 2y), 3 sources.
      await expect(
        evidenceLines(page).filter({
          hasText: new RegExp(
            `Your clock is 7(29|30|31) days ${direction === 'ahead' ? 'ahead of' : 'behind'} the time reported by 3 sites`,
          ),
        }),
      ).toHaveCount(1);

      const { evidence } = await shownIncident(page);
      const clock = evidence.clock as { skewMs: number; samples: number; sources: string[] };
      expect(Math.sign(clock.skewMs)).toBe(sign);
      expect(Math.abs(Math.abs(clock.skewMs) - 730 * DAY)).toBeLessThan(2 * DAY);
      expect([...clock.sources].sort()).toEqual(['time-b.hd.test', 'time-c.hd.test', 'time.hd.test']);

      const requests = await extensionRequests(ext.worker);
      for (const source of timeSourceAliases(harness)) expect(requests).toContain(source);
      await expectOnlyLocalTraffic(ext.worker);
    });
  });
}

test.describe('a clock two years behind, clock check off', () => {
  test.use({ launch: { faketime: '-2y', settings: { ...clockOnly, clockCheck: false } } });

  test('no time source is contacted and no skew is claimed', async ({ page, ext, harness }) => {
    await visitFailing(page, harness.pages.healthy);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    // The re-probe's line shows the background has finished gathering.
    await expect(evidenceLines(page).filter({ hasText: 'Trying again from the extension failed the same way' })).toHaveCount(1, {
      timeout: 20_000,
    });
    await page.waitForTimeout(1_500);
    expect(await diagnosis.getAttribute('data-cause')).not.toBe('system-clock');
    await expect(evidenceLines(page).filter({ hasText: /Your clock is/ })).toHaveCount(0);
    expect((await shownIncident(page)).evidence.clock).toBeUndefined();
    const requests = await extensionRequests(ext.worker);
    for (const source of timeSourceAliases(harness)) expect(requests).not.toContain(source);
  });
});

test.describe('the right clock', () => {
  test.use({ launch: { settings: clockOnly } });

  test('a genuinely expired certificate is the site’s fault, the clock measured as correct', async ({ page, ext, harness }) => {
    await visitFailing(page, harness.cases['expired']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expect(evidenceLines(page).filter({ hasText: 'Your clock matches the time reported by 3 sites' })).toHaveCount(1, {
      timeout: 20_000,
    });
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
    await expect(page.locator('.evidence [data-cause="system-clock"]')).toHaveCount(0);
    const clock = (await shownIncident(page)).evidence.clock as { skewMs: number };
    expect(Math.abs(clock.skewMs)).toBeLessThan(60_000);
    await expectOnlyLocalTraffic(ext.worker);
  });

  test('Date headers of pages already visited are enough: no time source is asked', async ({ page, ext, harness }) => {
    // Two hosts answer normally: the sampler keeps one Date sample from each.
    await page.goto(harness.pages.healthy);
    await page.goto(harness.time.url);
    await expect
      .poll(() => ext.worker.evaluate(async () => ((await chrome.storage.session.get('clock-skew'))['clock-skew']?.samples ?? []).length), {
        timeout: 10_000,
      })
      .toBe(2);

    await visitFailing(page, harness.cases['expired']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expect(evidenceLines(page).filter({ hasText: 'Your clock matches the time reported by 2 sites' })).toHaveCount(1, {
      timeout: 20_000,
    });
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
    const requests = await extensionRequests(ext.worker);
    for (const source of timeSourceAliases(harness)) expect(requests).not.toContain(source);
  });
});

test.describe('the active check is bounded', () => {
  test.use({ launch: { faketime: '-2y', settings: clockOnly } });

  test('two date failures within a minute read the time sources once', async ({ page, ext, harness }) => {
    // Only one time source this time: a single reading stays "thin", so the second failure would
    // check again if nothing limited it.
    const [only] = timeSourceAliases(harness);
    await ext.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { otherSiteProbe: false, timeSources: [only] });
    await visitFailing(page, harness.pages.healthy);
    await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expect(
      evidenceLines(page).filter({ hasText: /Your clock is 7(29|30|31) days behind the time reported by time\.hd\.test/ }),
    ).toHaveCount(1, {
      timeout: 20_000,
    });
    const second = await ext.context.newPage();
    await visitFailing(second, harness.cases['not-yet-valid']!.url);
    await expect(second).toHaveURL(new RegExp(`^${troubleshooterPrefix(ext.extensionId)}`), { timeout: 15_000 });
    await expect(evidenceLines(second).filter({ hasText: /days behind the time reported by time\.hd\.test/ })).toHaveCount(1, {
      timeout: 20_000,
    });
    await second.waitForTimeout(1_500);
    expect((await extensionRequests(ext.worker)).filter((u) => u === only)).toHaveLength(1);
  });
});

declare const chrome: any;
