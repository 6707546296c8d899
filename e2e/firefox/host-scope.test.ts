// Devices at home and intranet sites in Firefox, mirroring e2e/chromium/host-scope.spec.ts: names
// that are not public sites (mapped to 127.0.0.1 through network.dns.localDomains) get "a device on
// your network" or "your organisation's site" with their own steps and Firefox's own instructions,
// never the site owner's; the public harness hosts with the same faults keep theirs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchFirefox, poll, visitFailing, waitForTroubleshooter, type LaunchedFirefox } from '../support/firefox';
import { firefoxPerTest } from '../support/firefox-per-test';
import { TMP } from '../support/paths';

const harness = inject('harness');

interface Shown {
  verdict: string;
  scope: string | null;
  evidence: string;
  steps: { id: string; text: string }[];
}

/** The verdict, whose server it is, why we think so, and the steps, once the checklist has loaded (and `until` holds). */
async function shown(page: Page, until: (s: Shown) => boolean = () => true): Promise<Shown> {
  const read = () =>
    page
      .evaluate(() => ({
        verdict: document.querySelector('#verdict')?.textContent ?? '',
        scope: document.querySelector('[data-testid="host-scope"]')?.textContent ?? null,
        evidence: document.querySelector('.evidence')?.textContent ?? '',
        steps: [...document.querySelectorAll('[data-step]')].map((el) => ({
          id: el.getAttribute('data-step') ?? '',
          text: el.textContent ?? '',
        })),
      }))
      .catch(() => ({ verdict: '', scope: null, evidence: '', steps: [] }));
  return poll(read, (s) => s.steps.length > 0 && until(s), 15_000);
}

/** Nothing a person reads on a device's or an intranet's page speaks of a site owner. */
function expectNoOwner(s: Shown, owner: RegExp): void {
  expect(s.verdict).not.toMatch(owner);
  expect(s.scope ?? '').not.toMatch(owner);
  expect(s.evidence).not.toMatch(owner);
  for (const step of s.steps) expect(step.text, step.id).not.toMatch(owner);
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(TMP, 'host-scope'), { recursive: true });
  await page.screenshot({ path: join(TMP, 'host-scope', `${name}.png`) as `${string}.png`, fullPage: true });
}

describe('English', () => {
  // The other-site probe stays on (pointed at the harness): it must not decide these verdicts.
  const firefox = firefoxPerTest(harness);

  test('a .local device speaking only TLS 1.0: update it, or a separate Firefox profile only for it', async () => {
    await visitFailing(firefox.page, harness.scope['device-tls10']!.url);
    const d = await waitForTroubleshooter(firefox.page, 'protocol-mismatch');
    expect(d).toMatchObject({ host: 'router.local', errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT', cause: 'site-configuration' });
    const s = await shown(firefox.page);
    expect(s.verdict).toMatch(/^router\.local is a device on your network/);
    expect(s.scope).toContain('a router, printer, storage drive (NAS) or camera');
    expect(s.steps.map((x) => x.id)).toEqual(['device-firmware', 'device-too-old']);
    expect(s.steps[1]?.text).toContain('In Firefox, keep a separate profile only for this device');
    expect(s.steps[1]?.text).toContain('about:profiles');
    expect(s.evidence).not.toContain('other secure sites');
    expectNoOwner(s, /owner/i);
    await screenshot(firefox.page, 'firefox-device-tls10-en');
  });

  test('a self-signed device: a server exception for that one certificate, never a root', async () => {
    await visitFailing(firefox.page, harness.scope['device-self-signed']!.url);
    const d = await waitForTroubleshooter(firefox.page, 'cert-untrusted');
    expect(d).toMatchObject({ errorCode: 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', cause: 'site-certificate' });
    const s = await shown(firefox.page);
    expect(s.steps.map((x) => x.id)).toEqual(['device-certificate']);
    expect(s.steps[0]?.text).toContain('Add Exception…, enter https://nas.home.arpa');
    expect(s.steps[0]?.text).toContain('Never install the device’s certificate as a “trusted root”');
    expectNoOwner(s, /owner/i);
  });

  for (const name of ['intranet-internal', 'intranet-single-label'] as const) {
    test(`${name}: your organisation's site, show the error to IT`, async () => {
      const site = harness.scope[name]!;
      await visitFailing(firefox.page, site.url);
      const d = await waitForTroubleshooter(firefox.page, 'cert-untrusted');
      expect(d).toMatchObject({ host: site.host, errorCode: 'SEC_ERROR_UNKNOWN_ISSUER', cause: 'site-certificate' });
      const s = await shown(firefox.page);
      expect(s.verdict).toBe(
        `${site.host} is your organisation's site, and your browser does not accept its certificate: show this error to your IT department.`,
      );
      expect(s.steps.map((x) => x.id)).toEqual(['show-it']);
      expect(s.steps[0]?.text).toContain('Copy the report at the end of this page');
      const focused = await firefox.page.evaluate(() => {
        const go = [...document.querySelectorAll('[data-step="show-it"] button')].find((b) => b.textContent === 'Go to the report');
        (go as HTMLElement | undefined)?.click();
        return document.activeElement?.getAttribute('data-testid');
      });
      expect(focused).toBe('copy-report');
      expectNoOwner(s, /owner/i);
      if (name === 'intranet-internal') await screenshot(firefox.page, 'firefox-intranet-en');
    });
  }

  test('localhost is a program on this computer: a development server or a local app', async () => {
    await visitFailing(firefox.page, `https://localhost:${harness.cases['self-signed']!.port}/`);
    const d = await waitForTroubleshooter(firefox.page);
    expect(d).toMatchObject({ host: 'localhost', cause: 'site-certificate' });
    expect(d?.kind).toMatch(/^cert-(untrusted|name)$/);
    const s = await shown(firefox.page);
    expect(s.verdict).toMatch(/^localhost is a program on this computer/);
    expect(s.steps.map((x) => x.id)).toEqual(['local-program']);
    expectNoOwner(s, /owner/i);
  });

  for (const [name, kind] of [
    ['tls-1.0-1.1-only', 'protocol-mismatch'],
    ['self-signed', 'cert-untrusted'],
    ['untrusted-root', 'cert-untrusted'],
  ] as const) {
    test(`the public host with the same fault (${name}) keeps the site owner's verdict`, async () => {
      await visitFailing(firefox.page, harness.cases[name]!.url);
      expect(await waitForTroubleshooter(firefox.page, kind)).toBeDefined();
      // The verdict firms up as the evidence (other sites, the re-probe) arrives after the first paint.
      const s = await shown(firefox.page, (x) => x.verdict.includes('only the site'));
      expect(s.verdict).toContain('only the site');
      expect(s.scope).toBeNull();
      expect(s.steps.map((x) => x.id)).toContain('site-owner');
      for (const id of ['device-firmware', 'device-too-old', 'device-certificate', 'show-it'])
        expect(s.steps.map((x) => x.id)).not.toContain(id);
    });
  }
});

describe('Japanese', () => {
  let ff: LaunchedFirefox;
  beforeAll(async () => {
    ff = await launchFirefox(harness, { locale: 'ja' });
  });
  afterAll(async () => {
    await ff?.close();
  });

  test('the device and the intranet verdicts', async () => {
    const page = await ff.browser.newPage();
    await visitFailing(page, harness.scope['device-tls10']!.url);
    expect(await waitForTroubleshooter(page, 'protocol-mismatch')).toBeDefined();
    let s = await shown(page);
    expect(s.verdict).toMatch(/^router\.local はあなたのネットワーク内の機器/);
    expect(s.steps[1]?.text).toContain('Firefox では、この機器専用のプロファイルを別に作ります');
    expectNoOwner(s, /管理者だけ|運営者/);
    await screenshot(page, 'firefox-device-tls10-ja');
    await visitFailing(page, harness.scope['intranet-internal']!.url);
    expect(await waitForTroubleshooter(page, 'cert-untrusted')).toBeDefined();
    s = await shown(page);
    expect(s.verdict).toMatch(/^wiki\.internal はあなたの組織のサイト/);
    expect(s.steps.map((x) => x.id)).toEqual(['show-it']);
    await screenshot(page, 'firefox-intranet-ja');
    await page.close();
  });
});
