// Recent failures no page can steer: a page whose parts come from several unrelated hosts with
// untrusted certificates is one page, and it vouches for one failing site at most. A genuinely
// broken site failing afterwards in another tab keeps its own verdict (site-certificate) instead
// of being read as interception ("several unrelated sites fail the same way").
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, test } from '../support/evidence-browser';
import { servePageWithParts, type PageWithParts } from '../support/page-with-parts';
import { startUnrelatedSites, UNRELATED_RESOLVER_RULES, type UnrelatedSites } from '../support/unrelated-sites';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

// The other-site probe is off: this is about the recent-failures signal alone.
test.use({ launch: { settings: { otherSiteProbe: false }, extraResolverRules: UNRELATED_RESOLVER_RULES } });

let sites: UnrelatedSites;
let partsPage: PageWithParts;
test.beforeAll(async () => {
  sites = await startUnrelatedSites();
  partsPage = await servePageWithParts(sites.urls);
});
test.afterAll(async () => {
  await partsPage?.stop();
  await sites?.stop();
});

test('a page with parts from several untrusted hosts cannot turn another site’s failure into interception', async ({
  page,
  ext,
  harness,
}) => {
  await page.goto(partsPage.url);
  // Every part's failure is remembered (with the page it was seen on) before the next visit.
  await expect
    .poll(async () => ((await ext.worker.evaluate(() => chrome.storage.session.get('recent-failures')))['recent-failures'] ?? []).length, {
      timeout: 15_000,
    })
    .toBe(sites.urls.length);

  const other = await ext.context.newPage();
  await visitFailing(other, harness.interception[0]!.url);
  const diagnosis = await expectTroubleshooter(other, ext.extensionId, 'cert-untrusted');
  await expect(evidenceLines(other).filter({ hasText: 'Trying again from the extension failed the same way' })).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  await expect(evidenceLines(other).filter({ hasText: /unrelated sites failed/ })).toHaveCount(0);
});
