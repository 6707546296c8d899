// Storage items (src/platform/storage-item.ts): a read never throws, drops what is corrupt (and
// logs it) and falls back; a migrated value is stored again; updates of one item run in order.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { fakeStorage } from '../../fixtures/fake-storage';

const fake = fakeStorage();
const { browser, stored } = fake;
vi.mock('../../../src/platform/browser', () => ({ browser }));
const { defineItem, loggedValue, serialQueue, watchItem, wholeValue } = await import('../../../src/platform/storage-item');

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
afterEach(() => {
  fake.stored.local = {};
  fake.stored.session = {};
  warn.mockClear();
});

const counter = defineItem({ area: 'session', key: 'counter', read: wholeValue(z.number(), () => 0) });

describe('wholeValue', () => {
  it('gives the fallback, silently, when nothing is stored', async () => {
    await expect(counter.get()).resolves.toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives a valid value as stored', async () => {
    stored.session.counter = 7;
    await expect(counter.get()).resolves.toBe(7);
  });

  it('drops a corrupt value for the fallback and logs it by key', async () => {
    stored.session.counter = 'seven';
    await expect(counter.get()).resolves.toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[handshake-doctor\] dropped corrupt counter: /));
  });
});

describe('defineItem and watchItem', () => {
  it('peeks without logging', async () => {
    stored.session.counter = 'seven';
    await expect(counter.peek()).resolves.toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('stores the value in its stored form, and a read that asks for it stores it again', async () => {
    const envelope = defineItem<number>({
      area: 'local',
      key: 'envelope',
      read: (value) =>
        typeof value === 'number'
          ? { value, warnings: ['migrated'], rewrite: true }
          : { value: (value as { n: number } | undefined)?.n ?? 0, warnings: [] },
      toStored: (n) => ({ n }),
    });
    await envelope.set(3);
    expect(stored.local.envelope).toEqual({ n: 3 });
    stored.local.envelope = 5;
    await expect(envelope.get()).resolves.toBe(5);
    expect(stored.local.envelope).toEqual({ n: 5 });
    expect(warn).toHaveBeenCalledWith('[handshake-doctor] migrated');
  });

  it('runs updates one at a time, in order, so none is lost', async () => {
    await Promise.all(Array.from({ length: 20 }, () => counter.update((n) => n + 1)));
    await expect(counter.get()).resolves.toBe(20);
  });

  it('writes nothing when an update changes nothing', async () => {
    const list = defineItem({ area: 'session', key: 'list', read: wholeValue(z.array(z.number()), (): number[] => []) });
    stored.session.list = [1];
    browser.storage.session.set.mockClear();
    await expect(list.update((l) => l)).resolves.toEqual([1]);
    expect(browser.storage.session.set).not.toHaveBeenCalled();
  });

  it('tells watchers each new value of its own key and area, read as get reads, until unsubscribed', async () => {
    const seen: number[] = [];
    const stop = watchItem(counter, (n) => seen.push(n));
    await counter.set(4);
    await browser.storage.local.set({ counter: 9 });
    await browser.storage.session.set({ other: 9 });
    await browser.storage.session.set({ counter: 'junk' });
    stop();
    await counter.set(5);
    expect(seen).toEqual([4, 0]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('loggedValue', () => {
  it('logs every warning and gives the value', () => {
    expect(loggedValue({ value: 1, warnings: ['a', 'b'] })).toBe(1);
    expect(warn.mock.calls).toEqual([['[handshake-doctor] a'], ['[handshake-doctor] b']]);
  });
});

describe('serialQueue', () => {
  it('runs the next task after one that failed', async () => {
    const queue = serialQueue();
    const failed = queue(() => Promise.reject(new Error('no')));
    await expect(failed).rejects.toThrow('no');
    await expect(queue(async () => 'next')).resolves.toBe('next');
  });
});
