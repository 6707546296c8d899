// Opening a captive portal's sign-in page and re-checking it (src/background/portal-sign-in.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptivePortal } from '../../../src/core/evidence';
import type { Incident } from '../../../src/core/incident';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { expiredCertIncident } from '../../fixtures/incident';

const tabs: Record<number, Record<string, unknown>> = {};
const created: string[] = [];
let roundAnswer: CaptivePortal | undefined;
const retried: [number, string][] = [];
let settings = DEFAULT_SETTINGS;

vi.mock('../../../src/platform/browser', () => ({
  browser: { tabs: { create: async ({ url }: { url: string }) => (created.push(url), { id: 42 }) } },
}));
vi.mock('../../../src/background/session-store', () => ({
  readTab: async (id: number) => tabs[id] ?? { incidentIds: [] },
  writeTab: async (id: number, state: Record<string, unknown>) => void (tabs[id] = state),
}));
vi.mock('../../../src/background/settings-store', () => ({ loadSettings: async () => settings }));
vi.mock('../../../src/background/evidence/captive-portal', () => ({ portalRound: async () => roundAnswer }));
vi.mock('../../../src/background/evidence/update-evidence', () => ({ updateIncidentEvidence: async () => true }));
vi.mock('../../../src/background/tab-commands', () => ({
  requestRetry: async (tabId: number, url: string) => void retried.push([tabId, url]),
}));
const { openSignIn, recheckPortal } = await import('../../../src/background/portal-sign-in');

const behind = (captivePortal?: CaptivePortal): Incident => {
  const base = expiredCertIncident({ url: 'https://shop.example/cart' });
  return { ...base, evidence: { ...base.evidence, ...(captivePortal ? { captivePortal } : {}) } };
};

beforeEach(() => {
  created.length = 0;
  retried.length = 0;
  settings = DEFAULT_SETTINGS;
  for (const k of Object.keys(tabs)) delete tabs[Number(k)];
});

describe('openSignIn', () => {
  it('opens the recorded sign-in page and marks its tab, so failures there are left to the browser', async () => {
    const before = Date.now();
    expect(await openSignIn(behind({ state: 'portal', signIn: 'http://portal.example/login' }))).toEqual({ ok: true });
    expect(created).toEqual(['http://portal.example/login']);
    expect(tabs[42]?.signInUntil).toBeGreaterThan(before);
  });

  it('opens nothing without a portal or an address', async () => {
    expect((await openSignIn(behind({ state: 'online' }))).ok).toBe(false);
    expect((await openSignIn(behind({ state: 'portal' }))).ok).toBe(false);
    expect((await openSignIn(behind())).ok).toBe(false);
    expect(created).toEqual([]);
  });
});

describe('recheckPortal', () => {
  it('retries the failed site once the network lets connections through', async () => {
    roundAnswer = { state: 'online' };
    const incident = behind({ state: 'portal', signIn: 'http://portal.example/' });
    expect(await recheckPortal(incident)).toEqual({ ok: true, data: 'online' });
    expect(retried).toEqual([[incident.tabId, 'https://shop.example/cart']]);
  });

  it('leaves the tab alone while the portal is still there, or the check could not tell', async () => {
    for (const state of ['portal', 'unknown'] as const) {
      roundAnswer = { state };
      expect(await recheckPortal(behind({ state: 'portal' }))).toEqual({ ok: true, data: state });
    }
    expect(retried).toEqual([]);
  });

  it('checks nothing without a portal verdict, or with the probes off', async () => {
    roundAnswer = { state: 'online' };
    expect((await recheckPortal(behind({ state: 'online' }))).ok).toBe(false);
    settings = { ...DEFAULT_SETTINGS, otherSiteProbe: false };
    expect((await recheckPortal(behind({ state: 'portal' }))).ok).toBe(false);
    expect(retried).toEqual([]);
  });
});
