// The first slice in Firefox, mirroring e2e/chromium/main-frame-faults.spec.ts: a main-frame TLS failure
// moves the tab to the troubleshooter with the decoded Firefox error name and the same FailureKind
// Chromium shows; non-TLS failures and healthy pages are left alone; Back never loops; the
// checklist speaks Firefox. Ends by comparing every kind with the Chromium run's.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { EXPECTED_KIND } from '../support/expected-kinds';
import {
  EXTENSION_ORIGIN,
  TROUBLESHOOTER_PREFIX,
  clickTestId,
  currentUrl,
  launchFirefox,
  localSettings,
  openExtensionPage,
  poll,
  visitFailing,
  waitForTroubleshooter,
  writeSettings,
  type LaunchedFirefox,
} from '../support/firefox';
import { clearObservedKinds, readObservedKinds, recordObservedKind } from '../support/observed-kinds';

const harness = inject('harness');
let ff: LaunchedFirefox;
let page: Page;

beforeAll(async () => {
  clearObservedKinds('firefox');
  // No other-site probe: the harness names are all one "site", so a probe could only answer
  // "other sites are fine", and the checklist would shrink to the site-owner step.
  ff = await launchFirefox(harness, { settings: { otherSiteProbe: false } });
});
afterAll(async () => {
  await ff?.close();
});
beforeEach(async () => {
  page = await ff.browser.newPage();
});
afterEach(async () => {
  await page.close().catch(() => undefined);
});

describe('fault cases', () => {
  for (const [name, kind] of Object.entries(EXPECTED_KIND)) {
    test(`${name}: the troubleshooter shows kind ${kind}`, async () => {
      const fault = harness.cases[name];
      expect(fault, `harness case ${name}`).toBeDefined();
      await visitFailing(page, fault!.url);
      const shown = await waitForTroubleshooter(page, kind);
      expect(shown, 'the troubleshooter opened').toBeDefined();
      recordObservedKind('firefox', name, shown!.kind, shown!.errorCode);
      expect(shown!.kind).toBe(kind);
      // The decoded Firefox name (observed-errors.tsv), never the message text.
      expect(shown!.errorCode).toBe(fault!.expectFirefox);
      expect(shown!.host).toBe(fault!.host);
      expect(shown!.cause).toBeTruthy();
    });
  }
});

test('a healthy page is untouched', async () => {
  await page.goto(harness.pages.healthy, { timeout: 15_000 });
  await new Promise((r) => setTimeout(r, 1500));
  expect(await currentUrl(page)).toBe(harness.pages.healthy);
  expect(await page.evaluate(() => document.body.textContent ?? '')).toMatch(/./);
});

test('a connection-refused page is left to the browser', async () => {
  await visitFailing(page, harness.cases['refused']!.url);
  await new Promise((r) => setTimeout(r, 2000));
  const url = await currentUrl(page);
  expect(url).not.toBe('');
  expect(url).not.toContain(EXTENSION_ORIGIN);
});

test('Back returns to the page before the failure, with no redirect loop', async () => {
  await page.goto(harness.pages.healthy, { timeout: 15_000 });
  await visitFailing(page, harness.cases['expired']!.url);
  expect(await waitForTroubleshooter(page, 'cert-date')).toBeDefined();
  await clickTestId(page, 'back');
  expect(
    await poll(
      () => currentUrl(page),
      (u) => u === harness.pages.healthy,
    ),
  ).toBe(harness.pages.healthy);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await currentUrl(page)).toBe(harness.pages.healthy);
});

// Firefox usually keeps the failed entry in history (its error page commits before the tab
// moves), so the browser's Back lands on the browser's own error page first, then on the page
// before. Firefox starts that history load twice: its two failure reports must count as one, or
// the second would open the troubleshooter again (a loop this test caught).
for (const [name, kind] of [
  ['self-signed', 'cert-untrusted'],
  ['tcp-reset', 'handshake-interrupted'],
  ['wrong-host', 'cert-name'],
] as const) {
  test(`${name}: the browser's Back button from the troubleshooter never loops`, async () => {
    await page.goto(harness.pages.healthy, { timeout: 15_000 });
    await visitFailing(page, harness.cases[name]!.url);
    expect(await waitForTroubleshooter(page, kind)).toBeDefined();
    // The driver never sees this history navigation complete: don't wait for it.
    await page.goBack({ timeout: 2_000 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2500));
    let url = await currentUrl(page);
    expect(url).not.toContain(EXTENSION_ORIGIN);
    if (url !== harness.pages.healthy) {
      // The browser's own error page for the failed URL (location.href is the failed URL).
      expect(url).toBe(harness.cases[name]!.url);
      await page.goBack({ timeout: 2_000 }).catch(() => undefined);
      url = await poll(
        () => currentUrl(page),
        (u) => u === harness.pages.healthy,
        10_000,
      );
    }
    expect(url).toBe(harness.pages.healthy);
  });
}

test('Retry shows the troubleshooter again while the fault persists', async () => {
  await visitFailing(page, harness.cases['wrong-host']!.url);
  const first = await waitForTroubleshooter(page, 'cert-name');
  expect(first).toBeDefined();
  await clickTestId(page, 'retry');
  const again = await poll(
    () => waitForTroubleshooter(page, 'cert-name', 2_000),
    (d) => !!d && d.url !== first!.url,
    20_000,
  );
  expect(again?.url).not.toBe(first!.url);
  expect(again?.kind).toBe('cert-name');
});

test('an unknown incident id shows a clear state', async () => {
  await visitFailing(page, harness.cases['expired']!.url);
  expect(await waitForTroubleshooter(page)).toBeDefined();
  // The driver cannot open extension pages; the extension page itself can.
  await page.evaluate((prefix) => {
    location.href = `${prefix}?incident=00000000-0000-0000-0000-000000000000`;
  }, TROUBLESHOOTER_PREFIX);
  const missing = await poll(
    () => page.evaluate(() => !!document.querySelector('[data-testid="incident-missing"]')).catch(() => false),
    (found) => found,
  );
  expect(missing).toBe(true);
});

describe('the checklist speaks Firefox', () => {
  // Without a re-probe the verdict stays tentative, so the checklist lists the local steps too
  // (a re-probe that repeats the error makes "the site's setup" firm: only the site-owner step).
  beforeAll(async () => {
    const extensionPage = await openExtensionPage(ff.browser, harness, 'tcp-reset');
    await writeSettings(extensionPage, { ...localSettings(harness), otherSiteProbe: false, reprobe: false });
    await extensionPage.close();
  });
  afterAll(async () => {
    const extensionPage = await openExtensionPage(ff.browser, harness, 'tcp-reset');
    await writeSettings(extensionPage, { ...localSettings(harness), otherSiteProbe: false });
    await extensionPage.close();
  });

  interface ShownSteps {
    ids: string[];
    copyTexts: string[];
    text: string;
    html: string;
  }
  const readSteps = (p: Page): Promise<ShownSteps> =>
    p.evaluate(() => ({
      ids: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step') ?? ''),
      copyTexts: [...document.querySelectorAll('.copy-text')].map((el) => el.textContent ?? ''),
      text: document.body.innerText,
      html: document.documentElement.outerHTML,
    }));

  // certificate-store (cert9.db) and browser-reset (Refresh Firefox) need interception evidence:
  // security-info.test.ts checks them.
  for (const name of ['tls-1.0-1.1-only', 'untrusted-root', 'expired', 'client-cert-required']) {
    test(`${name}: Firefox steps only, no Chromium pages`, async () => {
      await visitFailing(page, harness.cases[name]!.url);
      expect(await waitForTroubleshooter(page, EXPECTED_KIND[name])).toBeDefined();
      // The checklist fills in as evidence arrives: wait for the step this kind must bring.
      const must = name === 'tls-1.0-1.1-only' ? 'tls-settings' : undefined;
      const steps = await poll(
        () => readSteps(page),
        (s) => s.ids.length > 0 && (must === undefined || s.ids.includes(must)),
      );
      expect(steps.ids.length).toBeGreaterThan(0);
      expect(steps.html).not.toMatch(/chrome:\/\/|edge:\/\/|chrome-extension:/);
      expect(steps.text).not.toMatch(/\bChrome\b|\bEdge\b/);
      // about: pages cannot be opened by an extension in Firefox: they are offered as text to copy.
      for (const text of steps.copyTexts) expect(text).not.toMatch(/^(chrome|edge):/);
      if (name === 'tls-1.0-1.1-only') {
        expect(steps.ids).toContain('tls-settings');
        expect(steps.copyTexts).toContain('about:config');
        expect(steps.text).toContain('security.tls.version.min');
      }
      if (steps.ids.includes('certificate-store')) expect(steps.text).toContain('cert9.db');
      if (steps.ids.includes('browser-reset')) expect(steps.text).toMatch(/Refresh Firefox/);
    });
  }
});

test('every fault case gives Chromium’s kind (when the Chromium suite ran with this tmp dir)', (ctx) => {
  const firefox = readObservedKinds('firefox');
  const chromium = readObservedKinds('chromium');
  const compared = Object.keys(EXPECTED_KIND).filter((name) => chromium[name] && firefox[name]);
  if (compared.length === 0) ctx.skip();
  const differences = compared
    .filter((name) => chromium[name]!.kind !== firefox[name]!.kind)
    .map(
      (name) =>
        `${name}: chromium ${chromium[name]!.kind} (${chromium[name]!.errorCode}), firefox ${firefox[name]!.kind} (${firefox[name]!.errorCode})`,
    );
  expect(differences).toEqual([]);
  expect(compared.length).toBe(Object.keys(EXPECTED_KIND).length);
});
