// A captive portal, end to end: the check URL on its real host and port (mapped to the harness's
// port-80 server), a site served with the portal's own certificate (what a portal answering for
// every host looks like). Portal on → the captive-portal verdict with "Open the sign-in page",
// which opens the portal's page in a tab the troubleshooter leaves alone; no portal → the same
// site stays the site's certificate; a proxy's 403 → not a portal.
import { chromiumCheckUrl, portalLane, setPortal } from '../support/captive-portal';
import { expectTroubleshooter, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { evidenceLines, expect, extensionRequests, shownIncident, test } from '../support/evidence-browser';

const lanes = { portal: portalLane('cr-portal'), none: portalLane('cr-none'), forbidden: portalLane('cr-403') };

test.describe('behind a portal', () => {
  test.use({ launch: { settings: { portalCheckUrl: chromiumCheckUrl(lanes.portal) } } });

  test('the verdict is the portal; its sign-in page opens in a tab the troubleshooter leaves alone', async ({ page, ext, harness }) => {
    await setPortal(lanes.portal, 'portal');
    await visitFailing(page, harness.portal.site);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect(diagnosis).toHaveAttribute('data-cause', 'captive-portal', { timeout: 20_000 });
    await expect(evidenceLines(page).filter({ hasText: 'was sent to a sign-in page on portal.hd.test' })).toHaveCount(1);
    expect((await shownIncident(page)).evidence.captivePortal).toEqual({
      state: 'portal',
      signIn: `http://portal.hd.test/login?lane=${lanes.portal}`,
    });
    // The check asked its URL as configured, following no redirect (the sign-in page was not fetched).
    const asked = await extensionRequests(ext.worker);
    expect(asked.filter((u) => u.startsWith('http://connectivitycheck.gstatic.com/'))).toEqual([chromiumCheckUrl(lanes.portal)]);
    expect(asked.filter((u) => u.startsWith('http://portal.hd.test/login'))).toEqual([]);

    const opened = ext.context.waitForEvent('page');
    await page.locator('button[data-action="open-sign-in"]').click();
    const signIn = await opened;
    await expect(signIn).toHaveURL(`http://portal.hd.test/login?lane=${lanes.portal}`);
    await expect(signIn.locator('h1')).toHaveText('Welcome to Hotel Wi-Fi');
    // A certificate failure in that tab (the portal answering an https address) is the browser's
    // to show: the tab is never moved to the troubleshooter.
    await signIn.goto(harness.portal.site).catch(() => undefined);
    await signIn.waitForTimeout(3_000);
    expect(signIn.url()).not.toContain(troubleshooterPrefix(ext.extensionId));
    // The troubleshooter's own tab still shows the verdict.
    await expect(diagnosis).toHaveAttribute('data-cause', 'captive-portal');
  });
});

test.describe('no portal', () => {
  test.use({ launch: { settings: { portalCheckUrl: chromiumCheckUrl(lanes.none) } } });

  test('the same site stays the site’s certificate', async ({ page, ext, harness }) => {
    await setPortal(lanes.none, 'online');
    await visitFailing(page, harness.portal.site);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect.poll(async () => (await shownIncident(page)).evidence.captivePortal, { timeout: 20_000 }).toEqual({ state: 'online' });
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
    await expect(page.locator('button[data-action="open-sign-in"]')).toHaveCount(0);
  });
});

test.describe('the options page', () => {
  test.use({ launch: { settings: { portalCheckUrl: chromiumCheckUrl(lanes.none) } } });

  test('names the check address among what is contacted', async ({ page, ext }) => {
    await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await expect(page.getByTestId('portal-check-hint')).toContainText(chromiumCheckUrl(lanes.none));
    await expect(page.getByTestId('portal-check-hint')).toContainText('whether the network wants a sign-in first');
  });
});

test.describe('a proxy refusing the check', () => {
  test.use({ launch: { settings: { portalCheckUrl: chromiumCheckUrl(lanes.forbidden) } } });

  test('a 403 is not a portal', async ({ page, ext, harness }) => {
    await setPortal(lanes.forbidden, 'forbidden');
    await visitFailing(page, harness.portal.site);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect.poll(async () => (await shownIncident(page)).evidence.captivePortal, { timeout: 20_000 }).toEqual({ state: 'not-portal' });
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  });
});

test.describe('probes switched off', () => {
  test.use({ launch: { settings: { otherSiteProbe: false, portalCheckUrl: chromiumCheckUrl(lanes.portal) } } });

  test('no check is made, and no portal is claimed', async ({ page, ext, harness }) => {
    await setPortal(lanes.portal, 'portal');
    await visitFailing(page, harness.portal.site);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await page.waitForTimeout(3_000);
    expect((await extensionRequests(ext.worker)).filter((u) => u.startsWith('http://'))).toEqual([]);
    await expect(diagnosis).toHaveAttribute('data-cause', 'site-certificate');
  });
});
