// Tab state and incidents in storage.session (src/background/session-store.ts): each corrupt
// record is dropped and logged on its own, the valid ones kept; a tab keeps its newest incidents.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/background/session-store';
import { incidentKey, progressKey, tabKey } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';
import { expiredCertIncident } from '../../fixtures/incident';

const fake = fakeStorage();
vi.mock('../../../src/platform/browser', () => ({ browser: fake.browser }));
const store = await import('../../../src/background/session-store');

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
beforeEach(() => {
  fake.stored.session = {};
  warn.mockClear();
});

const incident = (id: string, tabId = 3) => expiredCertIncident({ id, tabId });

describe('session store', () => {
  it('reads an unknown tab as empty, and a corrupt one as empty, logged', async () => {
    await expect(store.readTab(3)).resolves.toEqual({ incidentIds: [] });
    fake.stored.session[tabKey(3)] = { incidentIds: 'not-a-list' };
    await expect(store.readTab(3)).resolves.toEqual({ incidentIds: [] });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`dropped corrupt ${tabKey(3)}`));
  });

  it('stores an incident with its tab in one write, and keeps the 20 newest of a tab', async () => {
    let state: TabState = { incidentIds: [] };
    for (let n = 0; n < 22; n++) state = await store.attachIncident(state, incident(`incident-${String(n).padStart(2, '0')}`));
    expect(state.incidentIds).toHaveLength(20);
    await expect(store.readTab(3)).resolves.toEqual(state);
    await expect(store.readIncident('incident-00')).resolves.toBeUndefined();
    await expect(store.incidentsOfTab(3)).resolves.toHaveLength(20);
  });

  it('drops a corrupt incident on its own and keeps the valid ones', async () => {
    await store.writeIncident(incident('valid-one-1'));
    await store.writeTab(3, { incidentIds: ['valid-one-1', 'corrupt-one'] });
    fake.stored.session[incidentKey('corrupt-one')] = { id: 'corrupt-one' };
    expect((await store.allIncidents()).map((i) => i.id)).toEqual(['valid-one-1']);
    expect((await store.incidentsOfTab(3)).map((i) => i.id)).toEqual(['valid-one-1']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`dropped corrupt ${incidentKey('corrupt-one')}`));
  });

  it('lists the tabs with a state, and forgets a tab with its incidents and their progress', async () => {
    const state = await store.attachIncident({ incidentIds: [] }, incident('forget-me-1', 7));
    fake.stored.session[progressKey('forget-me-1')] = ['clock'];
    fake.stored.session['tab:junk'] = {};
    await expect(store.storedTabIds()).resolves.toEqual([7]);
    expect(state.incidentIds).toEqual(['forget-me-1']);
    await store.forgetTab(7);
    expect(fake.stored.session).toEqual({ 'tab:junk': {} });
  });
});
