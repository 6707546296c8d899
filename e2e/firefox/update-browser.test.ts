// "Update your browser" in Firefox's troubleshooter. Firefox ESR 153 here is current, so the test
// stands in an old version: it rewrites the stored incident's environment (what the background
// recorded from browser.runtime.getBrowserInfo) to Firefox 128 and reloads the page, which paints
// from that record. The step must then lead the checklist of a version mismatch, and be absent before.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  launchFirefox,
  poll,
  shownIncident,
  visitFailing,
  waitForTroubleshooter,
  type ExtensionApi,
  type LaunchedFirefox,
} from '../support/firefox';

const harness = inject('harness');
let ff: LaunchedFirefox;
let page: Page;

beforeAll(async () => {
  ff = await launchFirefox(harness, { settings: { otherSiteProbe: false } });
  page = await ff.browser.newPage();
});
afterAll(async () => {
  await ff?.close();
});

const steps = (): Promise<{ ids: string[]; update: string }> =>
  page
    .evaluate(() => ({
      ids: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step') ?? ''),
      update: document.querySelector('[data-step="update-browser"]')?.textContent ?? '',
    }))
    .catch(() => ({ ids: [], update: '' }));

test('an old Firefox meeting a version mismatch is told to update first', async () => {
  await visitFailing(page, harness.cases['tls-1.0-1.1-only']!.url);
  expect(await waitForTroubleshooter(page, 'protocol-mismatch')).toBeDefined();
  await poll(
    async () => ((await shownIncident(page))?.evidence as { reprobe?: { status: string } } | undefined)?.reprobe?.status,
    (s) => s === 'failed',
  );
  const before = await poll(steps, (s) => s.ids.includes('site-owner'));
  expect(before.ids).not.toContain('update-browser');

  await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const key = `incident:${new URL(location.href).searchParams.get('incident') ?? ''}`;
    const incident = (await api.storage.session.get(key))[key] as { evidence: { environment: { version: string } } };
    incident.evidence.environment.version = '128.0';
    await api.storage.session.set({ [key]: incident });
    location.reload();
  });

  const after = await poll(steps, (s) => s.ids.includes('update-browser'));
  expect(after.update).toContain('This browser is version 128.0, while version 153 was current');
  expect(after.update).toContain('About Firefox');
  expect(after.ids.indexOf('update-browser')).toBeLessThan(after.ids.indexOf('site-owner'));
});
