import { expect, test, vi } from 'vitest';

const session: Record<string, unknown> = {};
vi.mock('../../../../src/platform/browser', () => ({
  browser: {
    storage: {
      session: {
        get: (key: string) => Promise.resolve({ [key]: session[key] }),
        set: (items: Record<string, unknown>) => Promise.resolve(void Object.assign(session, items)),
      },
    },
  },
}));

const { countWake, WAKE_TIMES_KEY } = await import('../../../../src/background/firefox/wake-counter');

test('each start appends its time; junk in storage is dropped', async () => {
  session[WAKE_TIMES_KEY] = [1, 'x', 2];
  await countWake(3);
  expect(session[WAKE_TIMES_KEY]).toEqual([1, 2, 3]);
  session[WAKE_TIMES_KEY] = 'junk';
  await countWake(4);
  expect(session[WAKE_TIMES_KEY]).toEqual([4]);
});

test('the key carries the name the shipped-build scan looks for', () => {
  expect(WAKE_TIMES_KEY).toContain('__handshakeDoctorFirefox');
});
