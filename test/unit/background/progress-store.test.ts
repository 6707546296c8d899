// Checklist progress per incident (src/background/progress-store.ts): stored without repeats; an
// oversized or corrupt record reads as no progress, logged.
import { describe, expect, it, vi } from 'vitest';
import { progressKey } from '../../../src/core/storage-keys';
import { fakeStorage } from '../../fixtures/fake-storage';

const fake = fakeStorage();
vi.mock('../../../src/platform/browser', () => ({ browser: fake.browser }));
const { readProgress, writeProgress } = await import('../../../src/background/progress-store');

describe('progress store', () => {
  it('keeps each step once', async () => {
    await writeProgress('abcdef12', ['clock', 'proxy', 'clock']);
    await expect(readProgress('abcdef12')).resolves.toEqual(['clock', 'proxy']);
    await expect(readProgress('never-stored')).resolves.toEqual([]);
  });

  it('reads an oversized record as no progress, logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.stored.session[progressKey('abcdef12')] = Array.from({ length: 1_000 }, (_, i) => `step-${i}`);
    await expect(readProgress('abcdef12')).resolves.toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`dropped corrupt ${progressKey('abcdef12')}`));
  });
});
