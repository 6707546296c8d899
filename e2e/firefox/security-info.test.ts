// Firefox-only security-info sampling: a blocking onHeadersReceived reads protocol, cipher suite
// and the server certificate's issuer of successful main-frame connections; an issuer that matches
// known interception software becomes `interception` evidence of the next incident. Here the
// "BadSSL MITM Software Test" root is trusted, so icpt-1.hd.test loads like a site behind an
// intercepting proxy whose root was installed. The checklist then offers the Firefox steps for
// interception: add-ons, cert9.db, Refresh Firefox.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  launchFirefox,
  openExtensionPage,
  poll,
  shownIncident,
  visitFailing,
  waitForTroubleshooter,
  type ExtensionApi,
  type LaunchedFirefox,
} from '../support/firefox';

const harness = inject('harness');
let ff: LaunchedFirefox;
let extensionPage: Page;
let page: Page;

const sessionValue = (key: string): Promise<unknown> =>
  extensionPage.evaluate(async (k) => (await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.session.get(k))[k], key);

interface Sample {
  host: string;
  protocol: string;
  cipherSuite: string;
  issuer: string;
}

beforeAll(async () => {
  ff = await launchFirefox(harness, { trustInterceptionRoot: true, settings: { otherSiteProbe: false } });
  extensionPage = await openExtensionPage(ff.browser, harness, 'tcp-reset');
  page = await ff.browser.newPage();
});
afterAll(async () => {
  await ff?.close();
});

test('a successful connection is sampled: protocol, cipher suite, issuer', async () => {
  await page.goto(harness.pages.healthy, { timeout: 15_000 });
  const samples = await poll(
    async () => ((await sessionValue('firefox:tls-samples')) ?? []) as Sample[],
    (list) => list.some((s) => s.host === 'healthy.hd.test'),
  );
  const sample = samples.find((s) => s.host === 'healthy.hd.test');
  expect(sample).toMatchObject({ protocol: 'TLSv1.3', issuer: 'O=Handshake Doctor Tests,CN=Handshake Doctor Test Root CA' });
  expect(sample?.cipherSuite).toMatch(/^TLS_/);
  expect(await sessionValue('firefox:interception')).toBeUndefined();
});

test('an issuer of known interception software is remembered', async () => {
  // The sampler takes at most one response per 2 s.
  await new Promise((r) => setTimeout(r, 2_500));
  const icpt = harness.interception[0]!;
  await page.goto(icpt.url, { timeout: 15_000 });
  const stored = await poll(
    async () => (await sessionValue('firefox:interception')) as { match: { product: string; issuer: string; host: string } } | undefined,
    (v) => v !== undefined,
  );
  expect(stored?.match).toMatchObject({ host: icpt.host, product: expect.stringContaining('BadSSL') });
  expect(stored?.match.issuer).toContain('CN=BadSSL MITM Software Test');
});

test('the next incident carries it, and the checklist gives the Firefox interception steps', async () => {
  await visitFailing(page, harness.cases['untrusted-root']!.url);
  const shown = await waitForTroubleshooter(page, 'cert-untrusted');
  expect(shown?.kind).toBe('cert-untrusted');
  const incident = (await shownIncident(page)) as { evidence: { interception?: { host: string } } };
  expect(incident.evidence.interception?.host).toBe(harness.interception[0]!.host);
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
