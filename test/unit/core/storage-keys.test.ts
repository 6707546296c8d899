// Storage keys (src/core/storage-keys.ts): per-tab keys read back to their tab, nothing else does.
import { describe, expect, it } from 'vitest';
import { incidentKey, isIncidentKey, progressKey, tabIdOfKey, tabKey } from '../../../src/core/storage-keys';

describe('storage keys', () => {
  it('reads a tab key back to its tab, and no other key', () => {
    expect(tabIdOfKey(tabKey(42))).toBe(42);
    for (const key of [incidentKey('abcdef12'), progressKey('abcdef12'), 'tab:', 'tab:x', 'tab:1.5', 'settings'])
      expect(tabIdOfKey(key), key).toBeUndefined();
  });

  it('tells incident keys from the others', () => {
    expect(isIncidentKey(incidentKey('abcdef12'))).toBe(true);
    expect(isIncidentKey(progressKey('abcdef12'))).toBe(false);
    expect(isIncidentKey(tabKey(1))).toBe(false);
  });
});
