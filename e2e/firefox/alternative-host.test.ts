// "Did you mean www.?" in Firefox, mirroring e2e/chromium/alternative-host.spec.ts: a name mismatch
// whose www. form works gets a link to the same address there (the harness saw only `HEAD /` from
// the probe); one whose www. form fails too gets none.
import { expect, inject, test } from 'vitest';
import type { AlternativeHosts } from '../support/harness-info';
import { currentUrl, poll, shownIncident, visitFailing, waitForTroubleshooter } from '../support/firefox';
import { firefoxPerTest } from '../support/firefox-per-test';

const harness = inject('harness');
const firefox = firefoxPerTest(harness);

/** The control server answers on loopback (the test process does not resolve `*.hd.test`). */
async function control(site: AlternativeHosts, path: 'log' | 'reset-log'): Promise<Response> {
  const url = new URL(path, site.control);
  url.hostname = '127.0.0.1';
  return fetch(url);
}
const siteLog = async (site: AlternativeHosts): Promise<string[]> => (await (await control(site, 'log')).json()) as string[];

const alternativeOf = async () =>
  ((await shownIncident(firefox.page))?.evidence as { alternativeHost?: unknown } | undefined)?.alternativeHost;

/** The link the troubleshooter offers, as the page shows it. */
const offeredLink = () =>
  firefox.page.evaluate(() => {
    const a = document.querySelector('a[data-testid="alternative-host"]');
    return a ? { href: a.getAttribute('href'), text: a.textContent } : null;
  });

const verdict = () => firefox.page.evaluate(() => document.querySelector('#verdict')?.textContent ?? '');

test('the www. form works: a link to the same path and query there, after a HEAD / only', async () => {
  const site = harness.alternative;
  await control(site, 'reset-log');
  const failed = `${site.alt}account/settings?tab=2&token=once-${Date.now()}`;
  const expected = failed.replace('://alt.hd.test:', '://www.alt.hd.test:');
  await visitFailing(firefox.page, failed);
  const shown = await waitForTroubleshooter(firefox.page, 'cert-name');
  expect(shown?.errorCode).toBe('SSL_ERROR_BAD_CERT_DOMAIN');
  const link = await poll(offeredLink, (l) => l !== null, 20_000);
  expect(link).toEqual({ href: expected, text: 'Open www.alt.hd.test' });
  expect(await alternativeOf()).toEqual({ host: 'www.alt.hd.test', answered: true });
  expect(await verdict()).toBe(
    'alt.hd.test sent a certificate for a different name, but the site answers at www.alt.hd.test with a valid one.',
  );
  const log = await siteLog(site);
  expect(log.length).toBeGreaterThanOrEqual(1);
  expect(new Set(log)).toEqual(new Set(['www.alt.hd.test HEAD /']));

  // Never there by itself; the person's click takes the tab there, and it stays.
  const troubleshooter = await currentUrl(firefox.page);
  await new Promise((r) => setTimeout(r, 2_000));
  expect(await currentUrl(firefox.page)).toBe(troubleshooter);
  await firefox.page.evaluate(() => (document.querySelector('a[data-testid="alternative-host"]') as HTMLElement).click());
  expect(
    await poll(
      () => currentUrl(firefox.page),
      (u) => u === expected,
      15_000,
    ),
  ).toBe(expected);
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await currentUrl(firefox.page)).toBe(expected);
  const path = new URL(expected);
  expect(await siteLog(site)).toContain(`www.alt.hd.test GET ${path.pathname}${path.search}`);
});

test('the www. form fails TLS too: no link', async () => {
  const site = harness.alternative;
  await visitFailing(firefox.page, `${site.noAlt}some/page?x=1`);
  expect(await waitForTroubleshooter(firefox.page, 'cert-name')).toBeDefined();
  expect(await poll(alternativeOf, (a) => a !== undefined, 20_000)).toEqual({ host: 'www.noalt.hd.test', answered: false });
  expect(await offeredLink()).toBeNull();
  expect(await verdict()).toContain("only the site's owner can fix");
});
