// Firefox-only interception issuers: after a TLS failure, the other-site probes' blocking
// onHeadersReceived listener (registered only while the round runs) reads the certificate issuer
// of each probe that connects; an issuer that matches known interception software becomes
// `interception` evidence of the incident. Here the "BadSSL MITM Software Test" root is trusted,
// so icpt-1.hd.test, the one probe URL, loads like any site behind an intercepting proxy whose
// root was installed. Browsing there first leaves nothing: no listener sees pages the person
// visits. The checklist then offers the Firefox steps for interception: add-ons, cert9.db,
// Refresh Firefox.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  launchFirefox,
  localSettings,
  openExtensionPage,
  poll,
  removeSessionValue,
  sessionValue,
  shownIncident,
  visitFailing,
  waitForTroubleshooter,
  writeSettings,
  type LaunchedFirefox,
} from '../support/firefox';

const harness = inject('harness');
const icpt = harness.interception[0]!;
let ff: LaunchedFirefox;
let extensionPage: Page;
let page: Page;

beforeAll(async () => {
  ff = await launchFirefox(harness, { trustInterceptionRoot: true, settings: { otherSiteProbe: false } });
  extensionPage = await openExtensionPage(ff.browser, harness, 'tcp-reset');
  page = await ff.browser.newPage();
});
afterAll(async () => {
  await ff?.close();
});

test('browsing a site behind the interception root records nothing', async () => {
  const response = await page.goto(icpt.url, { timeout: 15_000 });
  expect(response?.ok()).toBe(true);
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await sessionValue(extensionPage, 'firefox:interception')).toBeUndefined();
});

test('after a failure, the other-site probe names the software, the incident carries it, and the checklist gives the Firefox steps', async () => {
  await writeSettings(extensionPage, { ...localSettings(harness), probeUrls: [icpt.url] });
  // The round the opening failure ran (probes off) must not stand in for this one.
  await removeSessionValue(extensionPage, 'evidence-rounds');
  await visitFailing(page, harness.cases['untrusted-root']!.url);
  expect((await waitForTroubleshooter(page, 'cert-untrusted'))?.kind).toBe('cert-untrusted');

  const stored = (await poll(
    () => sessionValue(extensionPage, 'firefox:interception'),
    (v) => v !== undefined,
  )) as { match: { product: string; issuer: string; host: string } } | undefined;
  expect(stored?.match).toMatchObject({ host: icpt.host, product: expect.stringContaining('BadSSL') });
  expect(stored?.match.issuer).toContain('CN=BadSSL MITM Software Test');

  const incident = (await poll(
    () => shownIncident(page),
    (i) => (i as { evidence?: { interception?: unknown } } | undefined)?.evidence?.interception !== undefined,
  )) as { evidence: { interception?: { host: string }; otherSiteProbe?: { results: { host: string; ok: boolean }[] } } };
  expect(incident.evidence.interception?.host).toBe(icpt.host);
  expect(incident.evidence.otherSiteProbe?.results).toEqual([{ host: icpt.host, ok: true }]);
  const shown = await poll(
    () => waitForTroubleshooter(page, 'cert-untrusted', 3_000),
    (d) => d?.cause === 'interception',
  );
  expect(shown?.cause).toBe('interception');

  const steps = await poll(
    () =>
      page.evaluate(() => ({
        ids: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step') ?? ''),
        copyTexts: [...document.querySelectorAll('.copy-text')].map((el) => el.textContent ?? ''),
        text: document.body.innerText,
        html: document.documentElement.outerHTML,
      })),
    (s) => s.ids.includes('certificate-store'),
  );
  expect(steps.ids).toEqual(expect.arrayContaining(['extensions', 'certificate-store', 'browser-reset']));
  expect(steps.text).toContain('cert9.db');
  expect(steps.text).toMatch(/Refresh Firefox/);
  expect(steps.copyTexts).toContain('about:addons');
  expect(steps.html).not.toMatch(/chrome:\/\/|edge:\/\//);
  // The evidence names the product.
  expect(steps.text).toContain('BadSSL');
});
