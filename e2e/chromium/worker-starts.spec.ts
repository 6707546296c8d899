// Costs nothing while nothing fails: with the service worker stopped (as after 30 s idle), healthy
// navigations of every shape (top level and frames, http and https, redirects, history) must not
// start it. Aborted loads and requests another extension blocked still reach the webRequest error
// listener (it cannot filter by error): their starts are counted and printed. One TLS failure
// starts it exactly once. Starts are counted from CDP's ServiceWorker domain (a version of the
// extension's worker entering `running`), so the count needs no hook in the extension.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { launchChromium } from '../support/launch-chromium.mjs';
import { harnessInfo } from '../support/harness-info';
import { localSettings, settingsEnvelope } from '../support/local-settings';
import { DIST_CHROME, ROOT, TMP } from '../support/paths';
import { troubleshooterPrefix, visitFailing } from '../support/fixtures';

declare const chrome: any;

const BLOCKING_EXTENSION = join(ROOT, 'e2e', 'fixtures', 'blocking-extension');
/** Long enough for a worker start set off by the last navigation to be reported. */
const SETTLE_MS = 1_500;

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/** Counts starts of the extension's worker: any of its versions entering `running`. */
class WorkerStarts {
  starts = 0;
  private readonly status = new Map<string, WorkerVersion['runningStatus']>();

  private constructor(
    private readonly cdp: CDPSession,
    extensionId: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
        if (v.runningStatus === 'running' && this.status.get(v.versionId) !== 'running') this.starts++;
        this.status.set(v.versionId, v.runningStatus);
      }
    });
  }

  static async attach(context: BrowserContext, page: Page, extensionId: string): Promise<WorkerStarts> {
    const counter = new WorkerStarts(await context.newCDPSession(page), extensionId);
    await counter.cdp.send('ServiceWorker.enable');
    return counter;
  }

  private running(): boolean {
    return [...this.status.values()].some((s) => s !== 'stopped');
  }

  /** Stops the worker (as the browser does when it idles) and starts counting afresh. */
  async stopAndReset(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => this.running(), { message: 'the worker stops' }).toBe(false);
    this.starts = 0;
  }
}

test('healthy navigations never start the worker; one TLS failure starts it once', async () => {
  test.setTimeout(120_000);
  const harness = harnessInfo();
  const context = await launchChromium({
    userDataDir: mkdtempSync(join(TMP, 'chromium-profile-')),
    home: harness.home,
    hostResolverRules: harness.hostResolverRules,
    extensionDirs: [DIST_CHROME, BLOCKING_EXTENSION],
    lang: 'en-US',
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(async () => {
      for (let i = 0; i < 200 && !(globalThis as { __handshakeDoctorReady?: boolean }).__handshakeDoctorReady; i++)
        await new Promise((r) => setTimeout(r, 25));
    });
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settingsEnvelope(localSettings(harness)));

    const observer = context.pages()[0] ?? (await context.newPage());
    const counter = await WorkerStarts.attach(context, observer, extensionId);
    const page = await context.newPage();
    const origin = new URL(harness.pages.healthy).origin;
    const healthy = harness.pages.healthy;

    const navigations: [string, () => Promise<unknown>][] = [
      ['https top level', () => page.goto(`${healthy}?1`)],
      ['https index', () => page.goto(`${origin}/`)],
      ['http top level', () => page.goto(`${harness.time.url}?3`)],
      ['https redirect', () => page.goto(`${origin}/redirect`)],
      ['https to http redirect', () => page.goto(`${origin}/redirect?to=http`)],
      ['iframes', () => page.goto(`${origin}/framed`)],
      ['20 sub-resources', () => page.goto(`${origin}/subresources?n=20`)],
      ['back', () => page.goBack()],
      ['forward', () => page.goForward()],
      ['reload', () => page.reload()],
      ['same document', () => page.goto(`${origin}/subresources?n=20#part`)],
      ['link click', () => page.evaluate((u) => void (location.href = u), `${healthy}?12`).then(() => page.waitForURL(`${healthy}?12`))],
      [
        'iframe added by script',
        () =>
          page.evaluate(
            (u) =>
              new Promise((resolve) => {
                const frame = document.createElement('iframe');
                frame.onload = resolve;
                frame.src = u;
                document.body.append(frame);
              }),
            `${origin}/healthy?13`,
          ),
      ],
      [
        'iframe navigated',
        () =>
          page.evaluate(
            (u) =>
              new Promise((resolve) => {
                const frame = document.querySelector('iframe')!;
                frame.onload = resolve;
                frame.src = u;
              }),
            `${origin}/subresources?n=5`,
          ),
      ],
      ['http top level again', () => page.goto(`${harness.time.url}?15`)],
      ['http to https link', () => page.goto(`${healthy}?16`)],
      ['https redirect again', () => page.goto(`${origin}/redirect?17`)],
      ['iframes again', () => page.goto(`${origin}/framed?18`)],
      ['back again', () => page.goBack()],
      ['reload again', () => page.reload()],
    ];
    expect(navigations).toHaveLength(20);
    // Stopped before each one, so every navigation that wakes the worker counts.
    const healthyStarts: string[] = [];
    for (const [name, navigate] of navigations) {
      await counter.stopAndReset();
      await navigate();
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      if (counter.starts) healthyStarts.push(name);
    }
    await page.waitForTimeout(SETTLE_MS);
    if (counter.starts && !healthyStarts.includes(navigations.at(-1)![0])) healthyStarts.push(navigations.at(-1)![0]);
    console.log(
      `worker starts over ${navigations.length} healthy navigations: ${healthyStarts.length} (${healthyStarts.join(', ') || 'none'})`,
    );
    expect(healthyStarts).toEqual([]);

    // A load navigated away from mid-way: net::ERR_ABORTED.
    await counter.stopAndReset();
    void page.goto(`${origin}/slow`).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.goto(`${healthy}?after-abort`);
    await page.waitForTimeout(SETTLE_MS);
    const abortedStarts = counter.starts;

    // Requests another extension blocked (net::ERR_BLOCKED_BY_CLIENT): a page and an image.
    await counter.stopAndReset();
    await page.goto(`${healthy}?blocked-by-extension`).catch(() => undefined);
    // The blocked page's error page commits after goto gives up on it.
    await expect(page).toHaveURL(/^chrome-error:/);
    await page.waitForLoadState('load');
    await page.goto(`${healthy}?blocked-image`);
    await page.evaluate(
      (u) =>
        new Promise((resolve) => {
          const img = new Image();
          img.onload = img.onerror = resolve;
          img.src = u;
        }),
      `${origin}/img.png?blocked-by-extension`,
    );
    await page.waitForTimeout(SETTLE_MS);
    const blockedStarts = counter.starts;
    console.log(`worker starts: aborted load ${abortedStarts}, requests blocked by another extension ${blockedStarts}`);

    // One TLS failure: one start, which records it and moves the tab to the troubleshooter.
    await counter.stopAndReset();
    await visitFailing(page, harness.cases.expired!.url);
    await expect(page).toHaveURL(new RegExp(`^${troubleshooterPrefix(extensionId).replace(/[.?/]/g, '\\$&')}`), { timeout: 15_000 });
    await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date', { timeout: 15_000 });
    await page.waitForTimeout(SETTLE_MS);
    console.log(`worker starts for one TLS failure: ${counter.starts}`);
    expect(counter.starts).toBe(1);
  } finally {
    await context.close();
  }
});
