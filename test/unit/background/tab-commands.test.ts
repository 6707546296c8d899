// The troubleshooter's tab commands (src/background/tab-commands.ts): each notes how the next
// failure of the URL is handled, and forgets the handled navigation, since each starts a new one.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const session: Record<string, unknown> = {};
const tabs = { goBack: vi.fn(async () => undefined), update: vi.fn(async () => ({})) };
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: {
      session: {
        get: async (key: string) => (key in session ? { [key]: session[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(session, items),
      },
    },
    tabs,
  },
}));
const { requestBack, requestNativePage, requestRetry } = await import('../../../src/background/tab-commands');

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
