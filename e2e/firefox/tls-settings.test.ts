// The seed's case, measured: Firefox with `security.tls.version.min` = 4 (TLS 1.3 only) fails a
// TLS-1.2-only site with SSL_ERROR_PROTOCOL_VERSION_ALERT while other sites (TLS 1.3) load. The
// TLS 1.2 check (the default URL's name, tls-v1-2.badssl.com:1012, served by the harness's
// TLS-1.2-only server) fails the same way, so the verdict is `browser-settings`, and the TLS step
// opens with Firefox's own page and its "Restore default settings". With default prefs the same
// site loads, and a TLS 1.0-only site stays the site's fault because the check passes.
import type { Page } from 'puppeteer-core';
import { describe, expect, inject, test } from 'vitest';
import { poll, shownIncident, visitFailing, waitForTroubleshooter } from '../support/firefox';
import { firefoxPerTest } from '../support/firefox-per-test';

const harness = inject('harness');
const CHECK_HOST = 'tls-v1-2.badssl.com';

interface ShownSteps {
  ids: string[];
  tlsInstructions: string[];
  tlsButtons: string[];
  evidence: string;
  /** The explanation under the verdict. */
  explain: string;
}

const shownSteps = (page: Page): Promise<ShownSteps> =>
  page.evaluate(() => {
    const tls = document.querySelector('[data-step="tls-settings"]');
    return {
      ids: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step') ?? ''),
      tlsInstructions: [...(tls?.querySelectorAll('.instructions li') ?? [])].map((el) => el.textContent ?? ''),
      tlsButtons: [...(tls?.querySelectorAll('.actions button') ?? [])].map((el) => el.textContent ?? ''),
      evidence: document.querySelector('.evidence')?.textContent ?? '',
      explain: [...document.querySelectorAll('[data-testid="diagnosis"] .explain')].map((el) => el.textContent ?? '').join('\n'),
    };
  });

type Tls12Evidence = { evidence?: { tls12Check?: { outcome: string; host: string; errorCode?: string } } } | undefined;
const tls12CheckOf = async (page: Page) => ((await shownIncident(page)) as Tls12Evidence)?.evidence?.tls12Check;

describe('security.tls.version.min = 4', () => {
  const firefox = firefoxPerTest(harness, { prefs: { 'security.tls.version.min': 4 } });

  test('a TLS-1.2-only site → browser-settings, measured, with Restore default settings first', async () => {
    await visitFailing(firefox.page, harness.cases['tls12-only']!.url);
    const first = await waitForTroubleshooter(firefox.page, 'protocol-mismatch');
    expect(first?.errorCode).toBe('SSL_ERROR_PROTOCOL_VERSION_ALERT');
    const check = await poll(
      () => tls12CheckOf(firefox.page),
      (c) => c !== undefined,
    );
    expect(check).toEqual({ outcome: 'refused', host: CHECK_HOST, errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' });
    const shown = await poll(
      () => waitForTroubleshooter(firefox.page, 'protocol-mismatch', 3_000),
      (d) => d?.cause === 'browser-settings',
    );
    expect(shown?.cause).toBe('browser-settings');

    const steps = await poll(
      () => shownSteps(firefox.page),
      (s) => s.ids.includes('tls-settings'),
    );
    // The first step after narrowing down; the site-owner step is gone.
    expect(steps.ids.filter((id) => id !== 'narrow-down')[0]).toBe('tls-settings');
    expect(steps.ids).not.toContain('site-owner');
    expect(steps.tlsInstructions[0]).toContain('Restore default settings');
    expect(steps.tlsButtons[0]).toBe('Show Firefox’s own page');
    expect(steps.tlsInstructions.join('\n')).toContain('3 = TLS 1.2, 4 = TLS 1.3');
    expect(steps.evidence).toContain(`This browser also failed to connect to ${CHECK_HOST}, a test site that speaks only TLS 1.2`);
    // The explanation agrees with the verdict: nothing says the site supports only old versions.
    expect(steps.explain).toContain('the checks point at this browser, not the site');
    expect(steps.explain).not.toContain('supports only old');
  });

  test("the step's button puts Firefox's own error page for the site in the tab", async () => {
    await visitFailing(firefox.page, harness.cases['tls12-only']!.url);
    await waitForTroubleshooter(firefox.page, 'protocol-mismatch');
    await poll(
      () => shownSteps(firefox.page),
      (s) => s.tlsButtons.length > 0,
    );
    await firefox.page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-step="tls-settings"] .actions button')?.click());
    const uri = await poll(
      () => firefox.page.evaluate(() => document.documentURI).catch(() => ''),
      (u) => u.startsWith('about:neterror'),
    );
    expect(uri).toMatch(/^about:neterror\?e=nssFailure2&u=https%3A\/\/tls12-only\.hd\.test/);
  });
});

describe('default TLS prefs', () => {
  const firefox = firefoxPerTest(harness);

  test('the TLS-1.2-only site loads', async () => {
    const response = await firefox.page.goto(harness.cases['tls12-only']!.url, { timeout: 15_000 });
    expect(response?.ok()).toBe(true);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await firefox.page.evaluate(() => location.href)).toBe(harness.cases['tls12-only']!.url);
  });

  test('a TLS 1.0-only site → site-configuration, because the check passes', async () => {
    await visitFailing(firefox.page, harness.cases['tls-1.0-1.1-only']!.url);
    expect((await waitForTroubleshooter(firefox.page, 'protocol-mismatch'))?.errorCode).toBe('SSL_ERROR_PROTOCOL_VERSION_ALERT');
    const check = await poll(
      () => tls12CheckOf(firefox.page),
      (c) => c !== undefined,
    );
    expect(check).toEqual({ outcome: 'spoke', host: CHECK_HOST });
    const shown = await poll(
      () => waitForTroubleshooter(firefox.page, 'protocol-mismatch', 3_000),
      (d) => d?.cause === 'site-configuration' && d !== undefined,
    );
    expect(shown?.cause).toBe('site-configuration');
    const steps = await shownSteps(firefox.page);
    expect(steps.evidence).toContain(`This browser connected to ${CHECK_HOST}`);
    expect(steps.explain).toContain('The site supports only old versions');
    expect(steps.ids).not.toContain('tls-settings');
  });
});
