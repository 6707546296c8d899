// The troubleshooter's tab commands (src/background/tab-commands.ts): each notes how the next
// failure of the URL is handled, and forgets the handled navigation, since each starts a new one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { boundUrl } from '../../../src/core/url-bound';

const session: Record<string, unknown> = {};
const shownInTab = { url: 'https://elsewhere.hd.test/' };
const tabs = { goBack: vi.fn(async () => undefined), update: vi.fn(async () => ({})), get: vi.fn(async () => shownInTab) };
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: {
      session: {
        get: async (key: string) => (key in session ? { [key]: session[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(session, items),
      },
    },
    tabs,
    runtime: { getURL: (path: string) => `chrome-extension://hd/${path}` },
  },
}));
const { requestBack, requestNativePage, requestRetry } = await import('../../../src/background/tab-commands');
const { troubleshooterUrl } = await import('../../../src/background/troubleshooter-url');

const url = 'https://expired.hd.test/';
const handled = { url, startedAt: 1_000, handled: true };

beforeEach(() => {
  for (const key of Object.keys(session)) delete session[key];
  session['tab:7'] = { incidentIds: [], nav: handled, standAside: { url, nativeShown: true } };
  vi.clearAllMocks();
});

describe('tab commands', () => {
  it('Back skips the failed entry for a while, and goes back', async () => {
    const before = Date.now();
    await requestBack(7, url);
    const state = session['tab:7'] as { nav?: unknown; standAside?: unknown; backSkip: { url: string; until: number } };
    expect(state.nav).toBeUndefined();
    expect(state.standAside).toBeUndefined();
    expect(state.backSkip.url).toBe(url);
    expect(state.backSkip.until).toBeGreaterThan(before);
    expect(tabs.goBack).toHaveBeenCalledWith(7);
  });

  it('Retry loads the URL again as a new navigation, with nothing pending', async () => {
    await requestRetry(7, url);
    expect(session['tab:7']).toEqual({ incidentIds: [] });
    expect(tabs.update).toHaveBeenCalledWith(7, { url });
  });

  it("showing the browser's page stands aside for the next failure of the URL", async () => {
    await requestNativePage(7, url);
    expect(session['tab:7']).toEqual({ incidentIds: [], standAside: { url, nativeShown: false } });
    expect(tabs.update).toHaveBeenCalledWith(7, { url });
  });
});

describe('tab commands for a URL too long to store whole', () => {
  const whole = `https://expired.hd.test/${'p'.repeat(1_000_000)}?once=1`;
  const stored = boundUrl(whole);
  const asking = troubleshooterUrl('incident-1', whole);

  beforeEach(() => {
    shownInTab.url = asking;
  });

  it('Retry loads the whole URL that the asking troubleshooter carries', async () => {
    await expect(requestRetry(7, stored, asking)).resolves.toBe(true);
    expect(tabs.update).toHaveBeenCalledWith(7, { url: whole });
  });

  it("showing the browser's page loads the whole URL the tab still shows, standing aside for its stored form", async () => {
    shownInTab.url = whole;
    await expect(requestNativePage(7, stored, troubleshooterUrl('incident-1'))).resolves.toBe(true);
    expect(tabs.update).toHaveBeenCalledWith(7, { url: whole });
    expect(session['tab:7']).toEqual({ incidentIds: [], standAside: { url: stored, nativeShown: false } });
  });

  it('takes the whole URL from the troubleshooter the tab shows when the asking page carries none', async () => {
    await expect(requestRetry(7, stored, troubleshooterUrl('incident-1'))).resolves.toBe(true);
    expect(tabs.update).toHaveBeenCalledWith(7, { url: whole });
  });

  it('loads nothing, and changes nothing, when no whole form of that URL is known', async () => {
    shownInTab.url = troubleshooterUrl('incident-1', `https://expired.hd.test/${'p'.repeat(1_000_000)}?once=3`);
    const other = `https://expired.hd.test/${'p'.repeat(1_000_000)}?once=2`;
    const before = structuredClone(session['tab:7']);
    await expect(requestRetry(7, stored, troubleshooterUrl('incident-1', other))).resolves.toBe(false);
    await expect(requestNativePage(7, stored, 'https://expired.hd.test/#' + whole)).resolves.toBe(false);
    expect(tabs.update).not.toHaveBeenCalled();
    expect(session['tab:7']).toEqual(before);
  });
});
