// One Firefox for a test file (or a describe block) and a new page for each of its tests, with the
// vitest hooks that launch, open, close and quit. Apart from firefox.ts because that file is also
// imported outside vitest (npm start, the bench), where vitest's hooks cannot be called.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchFirefox, type FirefoxHarnessInfo, type FirefoxLaunchOptions, type LaunchedFirefox } from './firefox';

export interface FirefoxPerTest {
  /** The browser, from the first test on. */
  readonly ff: LaunchedFirefox;
  /** This test's page. */
  readonly page: Page;
}

export function firefoxPerTest(harness: FirefoxHarnessInfo, options: FirefoxLaunchOptions = {}): FirefoxPerTest {
  let ff: LaunchedFirefox | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    ff = await launchFirefox(harness, options);
  });
  afterAll(async () => {
    await ff?.close();
  });
  beforeEach(async () => {
    page = await ff!.browser.newPage();
  });
  afterEach(async () => {
    await page?.close().catch(() => undefined);
  });
  return {
    get ff() {
      if (!ff) throw new Error('Firefox is not running: use it inside a test');
      return ff;
    },
    get page() {
      if (!page) throw new Error('no page: use it inside a test');
      return page;
    },
  };
}
