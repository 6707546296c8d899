// The policy read (src/platform/managed-storage.ts): Chromium's first storage.managed answer after
// a browser start takes seconds, so the copy kept from the last answer stands in until it comes.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** A fake `browser` whose storage.managed answers when the test says so. */
function fakeBrowser(local: Record<string, unknown> = {}) {
  let answer!: (value: unknown) => void;
  let fail!: (error: unknown) => void;
  const listeners: Listener[] = [];
  const writes: Record<string, unknown>[] = [];
  const managedGet = vi.fn(
    () =>
      new Promise((resolve, reject) => {
        answer = resolve;
        fail = reject;
      }),
  );
  const browser = {
    storage: {
      managed: { get: managedGet },
      local: {
        get: vi.fn(async (key: string) => (key in local ? { [key]: local[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => {
          writes.push(items);
          Object.assign(local, items);
        }),
      },
      onChanged: { addListener: (l: Listener) => listeners.push(l) },
    },
  };
  return {
    browser,
    local,
    writes,
    managedGet,
    answer: (v: unknown) => answer(v),
    fail: (e: unknown) => fail(e),
    change: (area: string) => listeners.forEach((l) => l({}, area)),
  };
}

async function load(fake: ReturnType<typeof fakeBrowser>) {
  vi.resetModules();
  vi.doMock('../../../src/platform/browser', () => ({ browser: fake.browser }));
  return import('../../../src/platform/managed-storage');
}

const settled = () => new Promise((r) => setTimeout(r, 0));

describe('managedNow', () => {
  beforeEach(() => vi.resetModules());

  it('answers at once from the kept copy while the live read is pending', async () => {
    const fake = fakeBrowser({ 'managed-copy': { onPageFailure: 'badge' } });
    const { managedNow } = await load(fake);
    await expect(managedNow()).resolves.toEqual({ onPageFailure: 'badge' });
    expect(fake.managedGet).toHaveBeenCalledTimes(1); // the live read has started all the same
  });

  it('waits for the live answer when there is no usable copy (first run, or a corrupt one)', async () => {
    for (const copy of [undefined, null, 'badge', ['x'], 7]) {
      const fake = fakeBrowser(copy === undefined ? {} : { 'managed-copy': copy });
      const { managedNow } = await load(fake);
      let result: unknown = 'pending';
      void managedNow().then((r) => (result = r));
      await settled();
      expect(result, String(copy)).toBe('pending');
      fake.answer({ banner: false });
      await settled();
      expect(result).toEqual({ banner: false });
    }
  });

  it('prefers the live answer over the copy once it has come, and keeps it as the new copy', async () => {
    const fake = fakeBrowser({ 'managed-copy': { banner: true } });
    const { managedNow, readManaged } = await load(fake);
    const live = readManaged();
    fake.answer({ banner: false });
    await live;
    await settled();
    await expect(managedNow()).resolves.toEqual({ banner: false });
    expect(fake.local['managed-copy']).toEqual({ banner: false });
  });

  it('does not rewrite an unchanged copy', async () => {
    const fake = fakeBrowser({ 'managed-copy': { banner: false } });
    const { readManaged } = await load(fake);
    const live = readManaged();
    fake.answer({ banner: false });
    await live;
    await settled();
    expect(fake.writes).toEqual([]);
  });

  it('treats a failed read (Firefox without a managed manifest) and a non-object answer as no policy', async () => {
    const failing = fakeBrowser();
    const a = await load(failing);
    const first = a.readManaged();
    failing.fail(new Error('Managed storage manifest not found'));
    await expect(first).resolves.toEqual({});

    const odd = fakeBrowser();
    const b = await load(odd);
    const second = b.readManaged();
    odd.answer(['not', 'a', 'record']);
    await expect(second).resolves.toEqual({});
  });

  it('reads again when the policy changes', async () => {
    const fake = fakeBrowser();
    const { readManaged } = await load(fake);
    const first = readManaged();
    fake.answer({});
    await first;
    fake.change('local');
    expect(fake.managedGet).toHaveBeenCalledTimes(1);
    fake.change('managed');
    expect(fake.managedGet).toHaveBeenCalledTimes(2);
    const second = readManaged();
    fake.answer({ banner: false });
    await expect(second).resolves.toEqual({ banner: false });
  });
});
