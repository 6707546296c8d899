// When the evidence rounds last ran (src/background/evidence/rounds.ts): updates read what the
// last one stored; anything malformed reads as "never", logged.
import { describe, expect, it, vi } from 'vitest';
import { EVIDENCE_ROUNDS_KEY } from '../../../../src/core/storage-keys';
import { fakeStorage } from '../../../fixtures/fake-storage';

const fake = fakeStorage();
vi.mock('../../../../src/platform/browser', () => ({ browser: fake.browser }));
const { readRounds, updateRounds } = await import('../../../../src/background/evidence/rounds');

describe('evidence rounds', () => {
  it('keeps what each update stores', async () => {
    await expect(readRounds()).resolves.toEqual({});
    await updateRounds((r) => ({ ...r, timeCheck: { at: 1 } }));
    await updateRounds((r) => ({ ...r, otherSites: { at: 2, results: [] } }));
    await expect(readRounds()).resolves.toEqual({ timeCheck: { at: 1 }, otherSites: { at: 2, results: [] } });
  });

  it('reads a malformed record as never, logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.stored.session[EVIDENCE_ROUNDS_KEY] = { otherSites: { at: 'yesterday' } };
    await expect(readRounds()).resolves.toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`dropped corrupt ${EVIDENCE_ROUNDS_KEY}`));
  });
});
