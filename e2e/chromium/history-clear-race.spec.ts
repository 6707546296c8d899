// "Clear history" while the background is recording an incident: the background read the history
// before the click and writes after it. Here that read is held back (the worker's
// chrome.storage.local.get answers the history read only when the test says) so the click lands
// in between every time. The cleared entries must not come back.
import { liveWorker } from '../support/chromium';
import { expect, expectTroubleshooter, test, visitFailing } from '../support/fixtures';
import type { LaunchedExtension } from '../support/chromium';
import { inExtension, optionsUrl, resetStorage } from '../support/extension-pages';

declare const chrome: any;

test.beforeEach(async ({ ext }) => resetStorage(ext));
test.afterEach(async ({ ext }) => resetStorage(ext));

type Entry = { id: string };
const storedIds = (ext: LaunchedExtension): Promise<string[]> =>
  inExtension(ext, async () => ((await chrome.storage.local.get('history')).history ?? []).map((e: Entry) => e.id), undefined);

/** The running worker (woken by a message if it was stopped). */
async function wokenWorker(ext: LaunchedExtension) {
  await inExtension(ext, () => chrome.runtime.sendMessage({ type: 'tab-summary', tabId: 1 }), undefined);
  return liveWorker(ext.context, ext.extensionId);
}

test('a history write under way when "Clear history" is clicked does not bring the cleared entries back', async ({
  page,
  ext,
  harness,
}) => {
  await visitFailing(page, `${harness.cases.expired!.url}?first=${Date.now()}`);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await visitFailing(page, `${harness.cases['wrong-host']!.url}?second=${Date.now()}`);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  await expect.poll(() => storedIds(ext)).toHaveLength(2);
  const cleared = await storedIds(ext);

  const worker = await wokenWorker(ext);
  await worker.evaluate(() => {
    const area = chrome.storage.local;
    const read = area.get.bind(area);
    const state = globalThis as unknown as { heldRead?: boolean; releaseRead?: () => void };
    area.get = (keys: unknown, callback?: (items: unknown) => void) => {
      const answer: Promise<unknown> = read(keys);
      const history = keys === 'history' || (Array.isArray(keys) && keys.includes('history'));
      const held =
        history && !state.heldRead
          ? ((state.heldRead = true), answer.then((items) => new Promise((resolve) => (state.releaseRead = () => resolve(items)))))
          : answer;
      if (!callback) return held;
      void held.then(callback);
    };
  });

  // A third failure: the background reads the history to add it, and waits for the answer.
  const third = await ext.context.newPage();
  await visitFailing(third, `${harness.cases['self-signed']!.url}?third=${Date.now()}`);
  await expect.poll(() => worker.evaluate(() => typeof (globalThis as { releaseRead?: unknown }).releaseRead)).toBe('function');

  const options = await ext.context.newPage();
  await options.goto(optionsUrl(ext));
  await options.getByTestId('clear-history').click();
  await options.waitForTimeout(500);
  await worker.evaluate(() => (globalThis as unknown as { releaseRead: () => void }).releaseRead());

  await expect(options.getByRole('status').filter({ hasText: 'History cleared.' })).toBeVisible();
  await expect(options.getByTestId('history-empty')).toBeVisible();
  const kept = await storedIds(ext);
  for (const id of cleared) expect(kept).not.toContain(id);
  await third.close();
  await options.close();
});
