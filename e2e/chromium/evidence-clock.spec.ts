// Clock evidence, end to end: the browser runs under libfaketime (Debian package faketime) while the harness keeps the real
// time. A certificate-date failure makes the extension read the harness time server (three names
// on three sites, none of them the failing site's) over plain http and attach the measured skew.
// Pages' own responses are never sampled, so a page sending forged Date headers changes nothing;
// clockCheck off means no check.
import type { Page } from '@playwright/test';
import type { HarnessInfo } from '../support/harness-info';
import { expectTroubleshooter, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, expectOnlyLocalTraffic, extensionRequests, shownIncident, test } from '../support/evidence-browser';
import { timeSourceAliases } from '../support/local-settings';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { FORGED_DATE_HOPS, forgedDateHost } from '../harness/cases.mjs';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { FORGED_DATE_PATH } from '../harness/pages.mjs';

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
      // The site-certificate cause stays listed below the clock: the clock rests on Date headers.
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
      expect([...clock.sources].sort()).toEqual(['time-a.test', 'time-b.test', 'time-c.test']);

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

/** The expired-certificate site at the right clock: the clock measured as correct by 3 sites, the site blamed, no clock cause. */
async function expectExpiredAtTheRightClock(page: Page, extensionId: string, harness: HarnessInfo): Promise<void> {
  await visitFailing(page, harness.cases['expired']!.url);
  const diagnosis = await expectTroubleshooter(page, extensionId, 'cert-date');
  await expect(evidenceLines(page).filter({ hasText: 'Your clock matches the time reported by 3 sites' })).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  await expect(page.locator('.evidence [data-cause="system-clock"]')).toHaveCount(0);
}

test.describe('the right clock', () => {
  test.use({ launch: { settings: clockOnly } });

  test('a genuinely expired certificate is the site’s fault, the clock measured as correct', async ({ page, ext, harness }) => {
    await expectExpiredAtTheRightClock(page, ext.extensionId, harness);
    const clock = (await shownIncident(page)).evidence.clock as { skewMs: number };
    expect(Math.abs(clock.skewMs)).toBeLessThan(60_000);
    await expectOnlyLocalTraffic(ext.worker);
  });

  test('a page bouncing through its own names with a Date two years ahead changes nothing', async ({ page, ext, harness }) => {
    // Eleven names of one site, each answering with a Date two years ahead (redirects, then a page).
    const last = FORGED_DATE_HOPS - 1;
    await page.goto(`http://${forgedDateHost(last)}:${harness.time.port}${FORGED_DATE_PATH}?left=${last}`);
    await expect(page).toHaveURL(new RegExp(`^http://${forgedDateHost(0).replaceAll('.', '\\.')}:`));

    await expectExpiredAtTheRightClock(page, ext.extensionId, harness);
    const clock = (await shownIncident(page)).evidence.clock as { skewMs: number; sources: string[] };
    expect(Math.abs(clock.skewMs)).toBeLessThan(60_000);
    expect([...clock.sources].sort()).toEqual(['time-a.test', 'time-b.test', 'time-c.test']);
    const stored = await ext.worker.evaluate(async () => (await chrome.storage.session.get('clock-skew'))['clock-skew']);
    expect(JSON.stringify(stored)).not.toContain('forged');
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
      evidenceLines(page).filter({ hasText: /Your clock is 7(29|30|31) days behind the time reported by time-a\.test/ }),
    ).toHaveCount(1, {
      timeout: 20_000,
    });
    const second = await ext.context.newPage();
    await visitFailing(second, harness.cases['not-yet-valid']!.url);
    await expect(second).toHaveURL(new RegExp(`^${troubleshooterPrefix(ext.extensionId)}`), { timeout: 15_000 });
    await expect(evidenceLines(second).filter({ hasText: /days behind the time reported by time-a\.test/ })).toHaveCount(1, {
      timeout: 20_000,
    });
    await second.waitForTimeout(1_500);
    expect((await extensionRequests(ext.worker)).filter((u) => u === only)).toHaveLength(1);
  });
});

declare const chrome: any;
