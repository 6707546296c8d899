// The badge from the troubleshooter page (src/platform/badge.ts): it marks its own tab again after
// the commit that cleared it, and leaves every other tab alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const current = { tab: { id: 7 } as { id?: number } | undefined };
const action = { setBadgeBackgroundColor: vi.fn(async () => undefined), setBadgeText: vi.fn(async () => undefined) };
vi.mock('../../../src/platform/browser', () => ({ browser: { tabs: { getCurrent: async () => current.tab }, action } }));
const { markOwnTab } = await import('../../../src/platform/badge');

beforeEach(() => {
  current.tab = { id: 7 };
  vi.clearAllMocks();
});

describe('markOwnTab', () => {
  it("marks the troubleshooter's tab when the incident it shows is that tab's", async () => {
    await markOwnTab(7);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
  });

  it('leaves a troubleshooter opened in another tab, or outside a tab, alone', async () => {
    await markOwnTab(8);
    current.tab = undefined;
    await markOwnTab(7);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });
});
