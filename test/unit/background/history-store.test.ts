// History writes (src/background/history-store.ts): newest first, bounded by the limit and the age
// the caller holds, none lost when incidents are recorded together; private windows leave nothing;
// expiry and clearing go through the same queue as recording.
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_KEY } from '../../../src/core/storage-keys';
import { CHROMIUM_QUOTA_BYTES, fakeStorage } from '../../fixtures/fake-storage';
import { expiredCertIncident } from '../../fixtures/incident';
import { largestIncident } from '../../fixtures/large-records';

const fake = fakeStorage();
vi.mock('../../../src/platform/browser', () => ({ browser: fake.browser }));
const { clearHistory, expireHistory, recordHistory } = await import('../../../src/background/history-store');

const DAY = 86_400_000;
const bounds = (historyLimit = 50, historyMaxAgeDays = 30) => ({ historyLimit, historyMaxAgeDays });
const incident = (id: string, { incognito = false, age = 0 } = {}) =>
  expiredCertIncident({ id, tabId: 3, incognito, url: 'https://a.example/?q=1', time: Date.now() - age });

const ids = () => (fake.stored.local[HISTORY_KEY] as { id: string }[]).map((e) => e.id);

describe('recordHistory', () => {
  it('keeps every incident recorded together, newest first, up to the limit', async () => {
    await Promise.all(['first-one', 'second-one', 'third-one'].map((id) => recordHistory(incident(id), bounds(2))));
    expect(ids()).toEqual(['third-one', 'second-one']);
  });

  it('records nothing from a private window', async () => {
    await recordHistory(incident('private-one', { incognito: true }), bounds());
    expect(ids()).not.toContain('private-one');
  });

  it('drops the entries older than the age limit when it writes', async () => {
    await clearHistory();
    await recordHistory(incident('month-old-entry', { age: 31 * DAY }), bounds(50, 60));
    await recordHistory(incident('week-old-entry', { age: 7 * DAY }), bounds(50, 60));
    expect(ids()).toEqual(['week-old-entry', 'month-old-entry']);
    await recordHistory(incident('new-entry'), bounds());
    expect(ids()).toEqual(['new-entry', 'week-old-entry']);
    await recordHistory(incident('newer-entry'), bounds(50, 5));
    expect(ids()).toEqual(['newer-entry', 'new-entry']);
  });
});

describe('expireHistory', () => {
  it('drops only the entries past the age limit, and writes nothing when none is', async () => {
    await clearHistory();
    await recordHistory(incident('two-days-old', { age: 2 * DAY }), bounds());
    await recordHistory(incident('new-entry'), bounds());
    const writes = fake.browser.storage.local.set.mock.calls.length;
    await expireHistory({ historyMaxAgeDays: 3 });
    expect(fake.browser.storage.local.set.mock.calls.length).toBe(writes);
    await expireHistory({ historyMaxAgeDays: 1 });
    expect(ids()).toEqual(['new-entry']);
  });
});

describe('history against a storage.local quota', () => {
  const full = fakeStorage({ quotaBytes: { local: CHROMIUM_QUOTA_BYTES } });

  it('the largest incidents at the largest limit leave room: recording and saving settings keep working', async () => {
    vi.resetModules();
    vi.doMock('../../../src/platform/browser', () => ({ browser: full.browser }));
    const history = await import('../../../src/background/history-store');
    const { ownSettings } = await import('../../../src/platform/effective-settings');
    for (let n = 0; n < 100; n++) await history.recordHistory(largestIncident(`largest-${n}`, 3, n % 4), bounds(500));
    await history.recordHistory(incident('genuine-one'), bounds(500));
    expect((full.stored.local[HISTORY_KEY] as { id: string }[])[0]!.id).toBe('genuine-one');
    expect(full.bytesInUse('local')).toBeLessThan(CHROMIUM_QUOTA_BYTES / 2);
    await ownSettings.set({ ...(await ownSettings.get()), historyLimit: 10 });
    expect((await ownSettings.get()).historyLimit).toBe(10);
    vi.doUnmock('../../../src/platform/browser');
  }, 120_000);
});
