// A captive portal in Firefox, mirroring e2e/chromium/captive-portal.spec.ts. Firefox's own portal
// detection is off here (as under automation: browser.captivePortal.getState throws), so the
// extension fetches the check URL, on its real host and port (mapped to the harness's port-80
// server). Portal on → the captive-portal verdict and a sign-in tab left alone; no portal → the
// site's certificate; a proxy's 403 → not a portal.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { firefoxCheckUrl, portalLane, setPortal, type PortalMode } from '../support/captive-portal';
import {
  EXTENSION_ORIGIN,
  currentUrl,
  launchFirefox,
  poll,
  shownIncident,
  visitFailing,
  waitForTroubleshooter,
  type LaunchedFirefox,
} from '../support/firefox';

const harness = inject('harness');
let ff: LaunchedFirefox | undefined;
let page: Page;

/** A Firefox whose check URL answers as `mode`, showing the troubleshooter for the portal's site. */
async function failBehind(mode: PortalMode, name: string) {
  const lane = portalLane(`ff-${name}`);
  await setPortal(lane, mode);
  ff = await launchFirefox(harness, { settings: { firefoxPortalCheckUrl: firefoxCheckUrl(lane) } });
  page = await ff.browser.newPage();
  await visitFailing(page, harness.portal.site);
  expect(await waitForTroubleshooter(page, 'cert-untrusted'), 'the troubleshooter opened').toBeDefined();
  const portal = await poll(
    async () =>
      ((await shownIncident(page))?.evidence as { captivePortal?: { state: string; signIn?: string } } | undefined)?.captivePortal,
    (p) => p !== undefined,
    20_000,
  );
  const cause = await poll(
    () => page.evaluate(() => document.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-cause') ?? ''),
    (c) => c === (portal?.state === 'portal' ? 'captive-portal' : 'site-certificate'),
    10_000,
  );
  return { lane, portal, cause };
}

beforeEach(() => {
  ff = undefined;
});
afterEach(async () => {
  await ff?.close();
});
afterAll(async () => {
  await ff?.close();
});

describe('captive portal', () => {
  test('behind a portal: the verdict, and a sign-in tab the troubleshooter leaves alone', async () => {
    const { lane, portal, cause } = await failBehind('portal', 'portal');
    const signInUrl = `http://portal.hd.test/login?lane=${lane}`;
    expect(portal).toEqual({ state: 'portal', signIn: signInUrl });
    expect(cause).toBe('captive-portal');
    const text = await page.evaluate(() => document.body.textContent ?? '');
    // Firefox's own "Open Network Login Page" is named among the instructions.
    expect(text).toContain('Open Network Login Page');

    await page.evaluate(() => (document.querySelector('button[data-action="open-sign-in"]') as HTMLButtonElement).click());
    const target = await ff!.browser.waitForTarget((t) => t.url().startsWith('http://portal.hd.test/login'), { timeout: 15_000 });
    const signIn = (await target.page())!;
    expect(signIn.url()).toBe(signInUrl);
    expect(await signIn.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Welcome to Hotel Wi-Fi');
    // A certificate failure in that tab is Firefox's to show: never the troubleshooter.
    await visitFailing(signIn, harness.portal.site);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await currentUrl(signIn)).not.toContain(EXTENSION_ORIGIN);
  });

  test('no portal: the same site stays the site’s certificate', async () => {
    const { portal, cause } = await failBehind('online', 'none');
    expect(portal).toEqual({ state: 'online' });
    expect(cause).toBe('site-certificate');
  });

  test('a proxy’s 403 is not a portal', async () => {
    const { portal, cause } = await failBehind('forbidden', '403');
    expect(portal).toEqual({ state: 'not-portal' });
    expect(cause).toBe('site-certificate');
  });
});
