// History writes (src/background/history-store.ts): newest first, bounded by the limit the caller
// holds, none lost when incidents are recorded together; private windows leave nothing.
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_KEY } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';
import { expiredCertIncident } from '../../fixtures/incident';

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
