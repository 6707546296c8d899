// Every surface in Japanese, in a browser launched in Japanese (`--lang=ja` with LANGUAGE=ja:
// Chromium then picks the extension's ja messages; <html lang> follows the messages shown, since
// getUILanguage() stays en-US where the Japanese UI pack is not installed).
import { test as base, expect } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { launchWithExtension, type LaunchedExtension } from '../support/chromium';
import { troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { harnessInfo, type HarnessInfo } from '../support/harness-info';
import { optionsUrl, popupUrl, tabIdOf, waitForBanner, waitForTab } from '../support/extension-pages';

const test = base.extend<object, { harness: HarnessInfo; ext: LaunchedExtension }>({
  harness: [async ({}, use) => use(harnessInfo()), { scope: 'worker' }],
  ext: [
    async ({ harness }, use) => {
      const ext = await launchWithExtension(harness, { lang: 'ja' });
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
});

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('the troubleshooter speaks Japanese', async ({ ext, harness }) => {
  const page = await ext.context.newPage();
  await visitFailing(page, harness.cases.expired!.url);
  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${ext.extensionId}/`), { timeout: 15_000 });
  await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  // Japanese line breaking (src/ui/theme.css) applies through that lang: phrases, not mid-word.
  expect(await page.locator('#verdict').evaluate((el) => [getComputedStyle(el).wordBreak, getComputedStyle(el).lineBreak])).toEqual([
    'auto-phrase',
    'strict',
  ]);
  await expect(page.getByTestId('retry')).toHaveText('サイトを再読み込み');
  await expect(page.getByTestId('show-native')).toHaveText('ブラウザー自身の警告を表示');
  await expect(page.locator('#verdict')).toHaveText(JAPANESE);
  await expect(page.getByTestId('verify-fix')).toHaveText('直ったか確認する');
  await page.getByTestId('verify-fix').click();
  await expect(page.getByTestId('verify-result')).toContainText('まだ解決していません', { timeout: 15_000 });
  await page.getByText('レポートを表示').click();
  await expect(page.getByTestId('report-text')).toContainText('サポート用レポート');
  await page.close();
});

test('the popup and the options page speak Japanese', async ({ ext, harness }) => {
  const page = await ext.context.newPage();
  const url = `${harness.pages.healthy}?ja=${Date.now()}`;
  await page.goto(url);
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, await tabIdOf(ext, url)));
  await expect(popup.getByTestId('no-incidents')).toHaveText('このタブでは TLS の問題は見つかっていません。');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');

  await popup.goto(optionsUrl(ext));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('解決ガイドと設定');
  await expect(popup.getByTestId('save-settings')).toHaveText('設定を保存');
  await expect(popup.getByTestId('guided-source').locator('option').first()).toHaveText('サイトが読み込めない（記録なし）');
  expect(await popup.title()).toBe('Handshake Doctor — 解決ガイドと設定');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');
  await popup.close();
  await page.close();
});

test('the banner speaks Japanese', async ({ ext, harness }) => {
  const page = await ext.context.newPage();
  await page.goto(`${harness.pages.mixed}?ja=${Date.now()}`);
  const banner = await waitForBanner(page, (b) => b.cards.length > 0);
  expect(banner.cards[0]!.text).toContain('対処方法を見る');
  expect(banner.cards[0]!.text).toMatch(JAPANESE);
  const card = banner.cards[0]!;
  await page.mouse.click(card.buttons['banner-open']!.x, card.buttons['banner-open']!.y);
  const opened = await waitForTab(ext.context, `${troubleshooterPrefix(ext.extensionId)}?incident=`, page);
  await expect(opened.getByText('このタブのページの一部が安全に読み込めませんでした。')).toBeVisible();
  await opened.close();
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the troubleshooter, the popup and the options page in Japanese, ${scheme} theme`, async ({ ext, harness }) => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const url = `${harness.cases.expired!.url}?axe-ja=${scheme}`;
    await visitFailing(page, url);
    await expect(page).toHaveURL(new RegExp(`^chrome-extension://${ext.extensionId}/`), { timeout: 15_000 });
    await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date');
    await expect(page.locator('.step-list')).toBeVisible();
    await expectNoViolations(page, `troubleshooter, ja (${scheme})`);

    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(popupUrl(ext, await tabIdOf(ext, page.url())));
    await expect(popup.locator('body')).toHaveText(JAPANESE);
    await expectNoViolations(popup, `popup, ja (${scheme})`);

    await popup.setViewportSize({ width: 1000, height: 900 });
    await popup.goto(optionsUrl(ext));
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('解決ガイドと設定');
    await expectNoViolations(popup, `options, ja (${scheme})`);
    await popup.close();
    await page.close();
  });
}
