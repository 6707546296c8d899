// A company's inspection root that Firefox does not trust: every site fails with
// SEC_ERROR_UNKNOWN_ISSUER. Here three unrelated sites (three registrable names) present
// certificates from one never-trusted root whose name matches no known product, one after
// another; the third is diagnosed as interception, and the corporate-root step comes first
// among the steps, in its Linux form (import the root, or the Certificates policy).
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { createLeaf, createRoot, newKeys } from '../harness/certs.mjs';
import { launchFirefox, poll, visitFailing, waitForTroubleshooter, type LaunchedFirefox } from '../support/firefox';

const harness = inject('harness');
const HOSTS = ['intranet.corp-a.test', 'mail.corp-b.test', 'wiki.corp-c.test'];
let server: https.Server;
let port: number;
let ff: LaunchedFirefox;

beforeAll(async () => {
  const now = Date.now();
  const [rootKeys, leafKeys] = await Promise.all([newKeys(), newKeys()]);
  const root = await createRoot('CN=Example Corp Inspection CA, O=Example Corp', rootKeys, now);
  const leaf = await createLeaf({ dnsNames: HOSTS, issuer: root, keys: leafKeys, notBefore: now - 86_400_000, notAfter: now + 86_400_000 });
  server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (_req, res) => res.end('inspected\n'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  // The other-site probe is off: this is about the recent-failures signal alone.
  ff = await launchFirefox(harness, { settings: { otherSiteProbe: false } });
});
afterAll(async () => {
  await ff?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

test('an unknown untrusted root on three unrelated sites → interception, the corporate-root step first (Linux)', async () => {
  let page: Page | undefined;
  for (const host of HOSTS) {
    await page?.close();
    page = await ff.browser.newPage();
    await visitFailing(page, `https://${host}:${port}/`);
    expect((await waitForTroubleshooter(page, 'cert-untrusted'))?.errorCode).toBe('SEC_ERROR_UNKNOWN_ISSUER');
  }
  const shown = await poll(
    () => waitForTroubleshooter(page!, 'cert-untrusted', 3_000),
    (d) => d?.cause === 'interception',
  );
  expect(shown?.cause).toBe('interception');
  const steps = await poll(
    () =>
      page!.evaluate(() => {
        const step = document.querySelector('[data-step="corporate-root"]');
        return {
          ids: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step') ?? ''),
          product: document.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-product') ?? null,
          instructions: [...(step?.querySelectorAll('.instructions li') ?? [])].map((el) => el.textContent ?? ''),
        };
      }),
    (s) => s.ids.includes('corporate-root'),
  );
  expect(steps.product).toBeNull();
  expect(steps.ids.filter((id) => id !== 'narrow-down')[0]).toBe('corporate-root');
  expect(steps.ids).toContain('security-software');
  const text = steps.instructions.join('\n');
  expect(steps.instructions[0]).toMatch(/company or school manages.*Chrome or Edge/);
  expect(text).toContain('Firefox on Linux does not use the system’s certificates');
  expect(text).toContain('Certificates enterprise policy');
  expect(text).toMatch(/check for malware first/);
  expect(text).not.toContain('automatically trust third-party root certificates');
});
