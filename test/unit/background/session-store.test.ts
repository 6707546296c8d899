// Tab state and incidents in storage.session (src/background/session-store.ts): each corrupt
// record is dropped and logged on its own, the valid ones kept; a tab keeps its newest incidents,
// all tabs together their newest 100, so storage.session never fills.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/background/session-store';
import { INCIDENT_ORDER_KEY, incidentKey, progressKey, tabKey } from '../../../src/core/storage-keys';
import { CHROMIUM_QUOTA_BYTES, fakeStorage } from '../../fixtures/fake-storage';
import { expiredCertIncident } from '../../fixtures/incident';
import { largestIncident, largestTabState } from '../../fixtures/large-records';

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
    // The order of all incidents may still name it: the budget takes it as gone.
    expect(fake.stored.session).toEqual({ 'tab:junk': {}, [INCIDENT_ORDER_KEY]: ['forget-me-1'] });
  });

  it('keeps the 100 newest incidents of all tabs together, dropping the oldest with their progress', async () => {
    for (let n = 0; n < 105; n++) {
      fake.stored.session[progressKey(`incident-${String(n).padStart(3, '0')}`)] = ['clock'];
      await store.attachIncident(await store.readTab(n), incident(`incident-${String(n).padStart(3, '0')}`, n));
    }
    const kept = (await store.allIncidents()).map((i) => i.id).sort();
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe('incident-005');
    expect(fake.stored.session[progressKey('incident-004')]).toBeUndefined();
    expect(fake.stored.session[progressKey('incident-005')]).toEqual(['clock']);
    // A tab whose incident went names it no more once it records another.
    const state = await store.attachIncident(await store.readTab(0), incident('incident-new', 0));
    expect(state.incidentIds).toEqual(['incident-new']);
  });

  it('keeps a tab within its own 20 and the budget at once, whichever comes first', async () => {
    let state: TabState = { incidentIds: [] };
    for (let n = 0; n < 95; n++) await store.attachIncident({ incidentIds: [] }, incident(`other-${String(n).padStart(3, '0')}`, 1000 + n));
    for (let n = 0; n < 21; n++) state = await store.attachIncident(state, incident(`mine-${String(n).padStart(3, '0')}`));
    expect(state.incidentIds).toHaveLength(20);
    expect(state.incidentIds[0]).toBe('mine-001');
    expect(await store.allIncidents()).toHaveLength(100);
    expect(fake.stored.session[INCIDENT_ORDER_KEY]).toHaveLength(100);
  });
});

describe('session budget against a full storage.session', () => {
  const full = fakeStorage({ quotaBytes: { session: CHROMIUM_QUOTA_BYTES } });

  it('keeps an incident built to be large under 60 KB', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(largestIncident('big-one-1', 1))).length;
    expect(bytes).toBeGreaterThan(40_000);
    expect(bytes).toBeLessThan(60_000);
  });

  it('a page filling many tabs with the largest incidents cannot stop the next failure being recorded', async () => {
    vi.resetModules();
    vi.doMock('../../../src/platform/browser', () => ({ browser: full.browser }));
    const bounded = await import('../../../src/background/session-store');
    // 150 tabs with huge URLs in every URL of their state, 4 largest incidents each.
    for (let tab = 0; tab < 150; tab++) {
      let state = largestTabState(tab);
      for (let n = 0; n < 4; n++) state = await bounded.attachIncident(state, largestIncident(`fill-${tab}-${n}`, tab, tab));
    }
    expect(full.bytesInUse('session')).toBeLessThan(CHROMIUM_QUOTA_BYTES * 0.8);
    // A genuine failure in a fresh tab: its state note and its incident are stored.
    const fresh = { ...largestTabState(999) };
    await bounded.writeTab(999, fresh);
    const state = await bounded.attachIncident(fresh, incident('genuine-1', 999));
    expect(state.incidentIds).toEqual(['genuine-1']);
    await expect(bounded.readIncident('genuine-1')).resolves.toMatchObject({ id: 'genuine-1' });
    vi.doUnmock('../../../src/platform/browser');
  }, 60_000);
});
