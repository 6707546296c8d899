// Putting back the badge the browser cleared on a commit (src/background/restore-badge.ts): after
// the error page's failure report.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const session: Record<string, unknown> = {};
const action = { setBadgeBackgroundColor: vi.fn(async () => undefined), setBadgeText: vi.fn(async () => undefined) };
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: { session: { get: async (key: string) => (key in session ? { [key]: session[key] } : {}) } },
    action,
  },
}));
const { restoreBadge } = await import('../../../src/background/restore-badge');

const url = 'https://expired.hd.test/';
const incidentId = '11111111-1111-4111-8111-111111111111';

beforeEach(() => {
  for (const key of Object.keys(session)) delete session[key];
  session['tab:7'] = { incidentIds: [incidentId], nav: { url, startedAt: 1, handled: true } };
  vi.clearAllMocks();
});

describe('restoreBadge', () => {
  it('marks the tab whose error page shows the handled failure', async () => {
    await restoreBadge(7, url);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
  });

  it('leaves other URLs, tabs without incidents and non-tab requests alone', async () => {
    await restoreBadge(7, 'https://other.hd.test/');
    await restoreBadge(8, url);
    await restoreBadge(-1, url);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });
});
