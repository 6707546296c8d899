// History writes (src/background/history-store.ts): newest first, bounded by the limit the caller
// holds, none lost when incidents are recorded together; private windows leave nothing.
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_KEY } from '../../../src/core/storage-keys';
import { CHROMIUM_QUOTA_BYTES, fakeStorage } from '../../fixtures/fake-storage';
import { expiredCertIncident } from '../../fixtures/incident';
import { largestIncident } from '../../fixtures/large-records';

const fake = fakeStorage();
vi.mock('../../../src/platform/browser', () => ({ browser: fake.browser }));
const { recordHistory } = await import('../../../src/background/history-store');

const incident = (id: string, incognito = false) => expiredCertIncident({ id, tabId: 3, incognito, url: 'https://a.example/?q=1' });

const ids = () => (fake.stored.local[HISTORY_KEY] as { id: string }[]).map((e) => e.id);

describe('recordHistory', () => {
  it('keeps every incident recorded together, newest first, up to the limit', async () => {
    await Promise.all(['first-one', 'second-one', 'third-one'].map((id) => recordHistory(incident(id), 2)));
    expect(ids()).toEqual(['third-one', 'second-one']);
  });

  it('records nothing from a private window', async () => {
    await recordHistory(incident('private-one', true), 50);
    expect(ids()).not.toContain('private-one');
  });
});

describe('history against a storage.local quota', () => {
  const full = fakeStorage({ quotaBytes: { local: CHROMIUM_QUOTA_BYTES } });

  it('the largest incidents at the largest limit leave room: recording and saving settings keep working', async () => {
    vi.resetModules();
    vi.doMock('../../../src/platform/browser', () => ({ browser: full.browser }));
    const history = await import('../../../src/background/history-store');
    const { ownSettings } = await import('../../../src/platform/effective-settings');
    for (let n = 0; n < 100; n++) await history.recordHistory(largestIncident(`largest-${n}`, 3, n % 4), 500);
    await history.recordHistory(incident('genuine-one'), 500);
    expect((full.stored.local[HISTORY_KEY] as { id: string }[])[0]!.id).toBe('genuine-one');
    expect(full.bytesInUse('local')).toBeLessThan(CHROMIUM_QUOTA_BYTES / 2);
    await ownSettings.set({ ...(await ownSettings.get()), historyLimit: 10 });
    expect((await ownSettings.get()).historyLimit).toBe(10);
    vi.doUnmock('../../../src/platform/browser');
  }, 120_000);
});
