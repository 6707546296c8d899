// Playwright fixtures: one Chromium with the extension per worker, the shared harness description,
// and helpers to reach the extension's troubleshooter from a test.
import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type LaunchedExtension } from './chromium';
import { harnessInfo, type HarnessInfo } from './harness-info';

export interface Fixtures {
  page: Page;
}
export interface WorkerFixtures {
  harness: HarnessInfo;
  ext: LaunchedExtension;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  harness: [async ({}, use) => use(harnessInfo()), { scope: 'worker' }],
  ext: [
    async ({ harness }, use) => {
      const ext = await launchWithExtension(harness);
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

export const troubleshooterPrefix = (extensionId: string) => `chrome-extension://${extensionId}/src/troubleshoot/index.html`;

/** Navigates to a URL that is expected to fail; the navigation's own outcome is irrelevant. */
export async function visitFailing(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 15_000 }).catch(() => undefined);
}

export async function expectTroubleshooter(page: Page, extensionId: string, kind: string | RegExp) {
  await expect(page).toHaveURL(new RegExp(`^${troubleshooterPrefix(extensionId).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), {
    timeout: 15_000,
  });
  const diagnosis = page.getByTestId('diagnosis');
  await expect(diagnosis).toHaveAttribute('data-kind', kind, { timeout: 15_000 });
  return diagnosis;
}
