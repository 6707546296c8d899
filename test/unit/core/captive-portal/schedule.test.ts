import { describe, expect, it } from 'vitest';
import { checkAllowed, PORTAL_CHECK_INTERVAL_MS, PORTAL_RECHECK_WINDOW_MS, recheckAllowed } from '../../../../src/core/captive-portal';

const T = 1_800_000_000_000;

describe('checkAllowed', () => {
  it('allows the first check, and one a minute after the last', () => {
    expect(checkAllowed(undefined, T)).toBe(true);
    expect(checkAllowed({ at: T }, T + PORTAL_CHECK_INTERVAL_MS)).toBe(true);
  });

  it('reuses the last answer within the minute', () => {
    expect(checkAllowed({ at: T }, T + 1)).toBe(false);
    expect(checkAllowed({ at: T }, T + PORTAL_CHECK_INTERVAL_MS - 1)).toBe(false);
  });

  it('allows a check after the clock was moved back', () => {
    expect(checkAllowed({ at: T }, T - 10 * 60_000)).toBe(true);
  });
});

describe('recheckAllowed', () => {
  it('re-checks a portal once a minute', () => {
    expect(recheckAllowed({ at: T, portalSince: T }, T + PORTAL_CHECK_INTERVAL_MS)).toBe(true);
    expect(recheckAllowed({ at: T, portalSince: T }, T + 30_000)).toBe(false);
  });

  it('stops re-checking five minutes after the portal was first seen', () => {
    const since = T - PORTAL_RECHECK_WINDOW_MS + 60_000;
    expect(recheckAllowed({ at: T - 60_000, portalSince: since }, T)).toBe(true);
    expect(recheckAllowed({ at: T, portalSince: T - PORTAL_RECHECK_WINDOW_MS }, T + PORTAL_CHECK_INTERVAL_MS)).toBe(false);
  });

  it('never re-checks without a portal answer', () => {
    expect(recheckAllowed(undefined, T)).toBe(false);
    expect(recheckAllowed({ at: T - PORTAL_CHECK_INTERVAL_MS }, T)).toBe(false);
  });

  it('does not re-check when the portal was seen "in the future" (clock moved back)', () => {
    expect(recheckAllowed({ at: T + 120_000, portalSince: T + 120_000 }, T)).toBe(false);
  });
});
