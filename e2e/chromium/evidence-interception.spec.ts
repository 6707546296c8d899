// Interception from what the person already hit: the same untrusted-certificate error on several
// unrelated sites within two minutes points at something between the browser and every site
// (Chromium shows extensions no certificate of a failed handshake, so the pattern is the
// evidence). One failing site, or many hosts of one site, stays the site's own certificate.
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, expectOnlyLocalTraffic, test } from '../support/evidence-browser';
import { startUnrelatedSites, UNRELATED_RESOLVER_RULES, type UnrelatedSites } from '../support/unrelated-sites';

// The other-site probe is off: these tests are about the recent-failures signal alone.
test.use({ launch: { settings: { otherSiteProbe: false }, extraResolverRules: UNRELATED_RESOLVER_RULES } });

let sites: UnrelatedSites;
test.beforeAll(async () => {
  sites = await startUnrelatedSites();
});
test.afterAll(async () => {
  await sites?.stop();
});

test('unrelated sites with certificates from one untrusted root: after a few, the cause is interception', async ({ page, ext }) => {
  const [first, second, third] = sites.urls;
  await visitFailing(page, first!);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(diagnosis).toHaveAttribute('data-error-code', 'net::ERR_CERT_AUTHORITY_INVALID');
  // One site alone: its certificate, as far as anything shows.
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');

  let before = page.url();
  await visitFailing(page, second!);
  await expect(page).not.toHaveURL(before, { timeout: 15_000 });
  const secondDiagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  // Two sites could still be two site owners' mistakes.
  await expect(secondDiagnosis).toHaveAttribute('data-cause', 'site-certificate');

  before = page.url();
  await visitFailing(page, third!);
  await expect(page).not.toHaveURL(before, { timeout: 15_000 });
  const thirdDiagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(thirdDiagnosis).toHaveAttribute('data-cause', 'interception');
  await expect(
    evidenceLines(page).filter({ hasText: '3 unrelated sites failed with the same untrusted-certificate error in 2 minutes' }),
  ).toHaveCount(1);
  // The checklist brings in the interception checks.
  await expect(page.locator('[data-step="security-software"]')).toHaveCount(1);
  await expectOnlyLocalTraffic(ext.worker);
});

test('a single failing site stays the site’s certificate', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.interception[0]!.url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(evidenceLines(page).filter({ hasText: 'Trying again from the extension failed the same way' })).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  await expect(page.locator('.evidence [data-cause="interception"]')).toHaveCount(0);
});

test('five hosts of one site (icpt-1..5.hd.test) are one site: a private CA is not interception', async ({ page, ext, harness }) => {
  for (const host of harness.interception) {
    const before = page.url();
    await visitFailing(page, host.url);
    await expect(page).not.toHaveURL(before, { timeout: 15_000 });
    await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  }
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-cause', 'site-certificate');
  await expect(evidenceLines(page).filter({ hasText: /unrelated sites failed/ })).toHaveCount(0);
});
