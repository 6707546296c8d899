// A wrong system clock in Firefox: the browser's wall clock runs 2 years behind (clockshift.c
// through LD_PRELOAD; libfaketime hangs Firefox ESR at start-up). The healthy harness site then
// fails certificate validation with a date error, and the extension must say so.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchFirefox, poll, shownIncident, visitFailing, waitForTroubleshooter, type LaunchedFirefox } from '../support/firefox';

const harness = inject('harness');
const TWO_YEARS_S = 2 * 365 * 24 * 60 * 60;
let ff: LaunchedFirefox;
let page: Page;

beforeAll(async () => {
  ff = await launchFirefox(harness, { clockShiftSeconds: -TWO_YEARS_S, settings: { otherSiteProbe: false } });
  page = await ff.browser.newPage();
});
afterAll(async () => {
  await ff?.close();
});

test('the browser clock really runs 2 years behind', async () => {
  await page.goto('about:blank');
  const browserNow = await page.evaluate(() => Date.now());
  expect(Math.abs(Date.now() - TWO_YEARS_S * 1000 - browserNow)).toBeLessThan(60_000);
});

test('at −2 years the healthy site fails with a certificate date kind', async () => {
  await visitFailing(page, harness.pages.healthy);
  const shown = await waitForTroubleshooter(page, 'cert-date');
  expect(shown?.kind).toBe('cert-date');
  // The leaf and the test root both start "in the future": Firefox names the first it checks.
  expect(['MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE']).toContain(
    shown?.errorCode,
  );
});

test('with clock evidence, the verdict is the system clock, the site-certificate cause kept below it', async () => {
  // The clock check (src/background/evidence) reads the harness time server's Date header under
  // three names on three sites (never the failing site's own).
  const incident = await poll(
    async () => (await shownIncident(page)) as { evidence?: { clock?: { skewMs: number; sources: string[] } } } | undefined,
    (i) => i?.evidence?.clock !== undefined,
    20_000,
  );
  const clock = incident?.evidence?.clock;
  expect(clock).toBeDefined();
  expect(clock!.skewMs).toBeLessThan(-(TWO_YEARS_S - 86_400) * 1000);
  expect([...clock!.sources].sort()).toEqual(['time-a.test', 'time-b.test', 'time-c.test']);
  const shown = await poll(
    () => waitForTroubleshooter(page, 'cert-date', 2_000),
    (d) => d?.cause === 'system-clock',
  );
  expect(shown?.cause).toBe('system-clock');
});
