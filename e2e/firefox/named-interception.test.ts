// Interception named, in Firefox: the profile trusts a root named as Kaspersky names its own
// (e2e/harness/product-root.mjs), as installing the product does, and every site the harness
// serves for it carries a certificate from that root. One of them fails (its certificate has
// expired); the other-site probes then load two of the others, and their issuer, read while the
// probes run, names the product. The troubleshooter's verdict names it, the diagnosis element
// carries `data-product`, and the product's own step comes first, with where its switch is. The
// verdict is photographed in English and in Japanese.
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchFirefox, poll, visitFailing, waitForTroubleshooter, type LaunchedFirefox } from '../support/firefox';
import { TMP } from '../support/paths';

const harness = inject('harness');
const product = harness.product;

interface NamedVerdict {
  cause: string;
  product: string | null;
  verdict: string;
  steps: string[];
  firstStep: string;
  explanation: string;
}

const readVerdict = (page: Page): Promise<NamedVerdict | undefined> =>
  page
    .evaluate(() => {
      const d = document.querySelector('[data-testid="diagnosis"]');
      if (!d) return undefined;
      const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
      return {
        cause: d.getAttribute('data-cause') ?? '',
        product: d.getAttribute('data-product'),
        verdict: d.querySelector('.verdict')?.textContent ?? '',
        steps: steps.map((s) => s.dataset.step ?? ''),
        firstStep: steps[0]?.innerText ?? '',
        explanation: [...d.querySelectorAll('.explain')].map((p) => p.textContent ?? '').join(' '),
      };
    })
    .catch(() => undefined);

const EXPECT = {
  en: { verdict: `${product.name} is scanning your HTTPS traffic`, step: 'Encrypted connections scan', siteOwner: /site's owner/ },
  ja: { verdict: `${product.name} が HTTPS 通信をスキャンしており`, step: '暗号化された接続のスキャン', siteOwner: /運営者/ },
} as const;

for (const locale of ['en', 'ja'] as const) {
  describe(`a security product named from its certificates (${locale})`, () => {
    let ff: LaunchedFirefox;
    let page: Page;

    beforeAll(async () => {
      ff = await launchFirefox(harness, {
        trustProductRoot: true,
        settings: { probeUrls: product.sites },
        ...(locale === 'ja' ? { locale: 'ja' } : {}),
      });
      page = await ff.browser.newPage();
    });
    afterAll(async () => {
      await ff?.close();
    });

    test('a site behind it fails → interception, data-product, the verdict names it and its step leads', async () => {
      // The product's other sites load: the root is trusted, as the product's installer makes it.
      const loaded = await page.goto(product.sites[0]!, { timeout: 15_000 });
      expect(loaded?.ok()).toBe(true);

      await visitFailing(page, product.failing);
      expect((await waitForTroubleshooter(page, 'cert-date'))?.kind).toBe('cert-date');
      const shown = await poll(
        () => readVerdict(page),
        (v) => v?.product === product.name && v.steps.length > 0,
        30_000,
      );
      expect(shown).toMatchObject({ cause: 'interception', product: product.name });
      expect(shown?.verdict).toContain(EXPECT[locale].verdict);
      expect(shown?.steps[0]).toBe('security-software');
      expect(shown?.firstStep).toContain(product.name);
      expect(shown?.firstStep).toContain(EXPECT[locale].step);
      // The paragraph under it agrees: the product is the person's to fix, not the site owner's.
      expect(shown?.explanation).not.toBe('');
      expect(shown?.explanation).not.toMatch(EXPECT[locale].siteOwner);

      await page.setViewport({ width: 1000, height: 1100 });
      await page.screenshot({ path: join(TMP, `named-interception-firefox-${locale}.png`), fullPage: true });
    });
  });
}
