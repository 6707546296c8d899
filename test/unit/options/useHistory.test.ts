// "Clear history" on the options page (src/options/useHistory.ts) racing a history write in the
// background: the write read the list before the clear and writes after it. The clear must win:
// no cleared entry comes back. The page's message reaches the real router, as in the browser.
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_KEY } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';
import { expiredCertIncident } from '../../fixtures/incident';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const fake = fakeStorage();
const optionsPage = { id: SELF, url: `chrome-extension://${SELF}/src/options/index.html` };
const runtime = {
  id: SELF,
  getURL: (path: string) => `chrome-extension://${SELF}/${path}`,
  sendMessage: async (message: unknown) => handleMessage(message, optionsPage),
};
vi.mock('../../../src/platform/browser', () => ({ browser: { ...fake.browser, runtime } }));
const { handleMessage } = await import('../../../src/background/message-router');
const { recordHistory } = await import('../../../src/background/history-store');
const { clearHistory } = await import('../../../src/options/useHistory');

const bounds = { historyLimit: 50, historyMaxAgeDays: 30 };
const incident = (id: string) => expiredCertIncident({ id, tabId: 3, time: Date.now() });
const ids = () => (fake.stored.local[HISTORY_KEY] as { id: string }[]).map((e) => e.id);

describe('clearHistory from the options page', () => {
  it('is not undone by a background write that read the history before it', async () => {
    await recordHistory(incident('old-entry-one'), bounds);
    await recordHistory(incident('old-entry-two'), bounds);
    expect(ids()).toEqual(['old-entry-two', 'old-entry-one']);

    // The background's next write reads the list, and is slow to get the answer.
    let answer!: () => void;
    const slow = new Promise<void>((resolve) => (answer = resolve));
    const read = fake.browser.storage.local.get.getMockImplementation()!;
    fake.browser.storage.local.get.mockImplementationOnce(async (keys) => {
      const stale = await read(keys);
      await slow;
      return stale;
    });
    const writing = recordHistory(incident('new-entry'), bounds);
    await vi.waitFor(() => expect(fake.browser.storage.local.get).toHaveBeenCalledTimes(3));

    const clearing = clearHistory();
    answer();
    await Promise.all([writing, clearing]);
    expect(ids()).toEqual([]);
  });
});
