// History entries: nothing from private windows, URLs redacted, newest first, bounded, and
// corrupt records dropped one by one.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose';
import {
  addToHistory,
  HISTORY_BUDGET_BYTES,
  historyEntry,
  HistoryEntrySchema,
  parseHistory,
  refreshInHistory,
  withoutExpired,
  type HistoryEntry,
} from '../../../src/core/history';
import { MAX_STORED_URL } from '../../../src/core/url-bound';
import type { Incident } from '../../../src/core/incident';
import { expiredCertIncident } from '../../fixtures/incident';
import { largestIncident } from '../../fixtures/large-records';

const incident = (over: Partial<Incident> = {}, url = 'https://user:pw@shop.example/cart?item=42&token=abc#pay'): Incident => ({
  ...expiredCertIncident({ id: over.id ?? 'abcdef12-3456', tabId: 3, url, os: 'windows' }),
  ...over,
});

const entryOf = (i: Incident) => historyEntry(i, diagnose(i.evidence));

describe('historyEntry', () => {
  it('keeps the URL without query string, fragment or credentials', () => {
    const entry = entryOf(incident())!;
    expect(entry.evidence.failure.url).toBe('https://shop.example/cart');
    expect(JSON.stringify(entry)).not.toMatch(/token|item=|#pay|user:pw/);
    expect(entry.cause).toBe(diagnose(incident().evidence).causes[0]!.cause);
  });

  it('records nothing from a private window', () => {
    expect(entryOf(incident({ incognito: true }))).toBeUndefined();
  });

  it('keeps a long path within the URL bound, its query dropped', () => {
    const long = `https://shop.example/${'p'.repeat(1_000_000)}?token=abc`;
    const entry = entryOf(incident({}, long))!;
    expect(entry.evidence.failure.url).toHaveLength(MAX_STORED_URL);
    expect(entry.evidence.failure.url.startsWith('https://shop.example/ppp')).toBe(true);
    expect(HistoryEntrySchema.safeParse(entry).success).toBe(true);
    expect(entryOf(incident({}, `https://shop.example/cart?${'q'.repeat(1_000_000)}`))!.evidence.failure.url).toBe(
      'https://shop.example/cart',
    );
  });
});

describe('addToHistory', () => {
  const e = (id: string) => entryOf(incident({ id }))!;
  it('puts the newest first and cuts to the limit', () => {
    let list: HistoryEntry[] = [];
    for (const id of ['aaaaaaaa-1', 'aaaaaaaa-2', 'aaaaaaaa-3']) list = addToHistory(list, e(id), 2);
    expect(list.map((x) => x.id)).toEqual(['aaaaaaaa-3', 'aaaaaaaa-2']);
  });
  it('keeps nothing with a limit of 0, and replaces an entry recorded again', () => {
    expect(addToHistory([e('aaaaaaaa-1')], e('aaaaaaaa-2'), 0)).toEqual([]);
    expect(addToHistory([e('aaaaaaaa-1'), e('aaaaaaaa-2')], e('aaaaaaaa-2'), 5).map((x) => x.id)).toEqual(['aaaaaaaa-2', 'aaaaaaaa-1']);
  });
  it('keeps the newest entries within the storage budget, whatever the limit', () => {
    const big = (id: string) => entryOf(largestIncident(id, 3))!;
    const bytes = new TextEncoder().encode(JSON.stringify(big('bbbbbbbb-0'))).length;
    let list: HistoryEntry[] = [];
    for (let n = 0; n < 100; n++) list = addToHistory(list, big(`bbbbbbbb-${n}`), 500);
    expect(list).toHaveLength(Math.floor(HISTORY_BUDGET_BYTES / bytes));
    expect(list[0]!.id).toBe('bbbbbbbb-99');
    expect(new TextEncoder().encode(JSON.stringify(list)).length).toBeLessThanOrEqual(HISTORY_BUDGET_BYTES + list.length + 1);
    // Small entries are not cut by the budget.
    for (let n = 0; n < 3; n++) list = addToHistory(list, e(`aaaaaaaa-${n}`), 500);
    expect(list.slice(0, 3).map((x) => x.id)).toEqual(['aaaaaaaa-2', 'aaaaaaaa-1', 'aaaaaaaa-0']);
  }, 30_000);
});

describe('refreshInHistory', () => {
  const e = (id: string, uncertain = false) => ({ ...entryOf(incident({ id }))!, uncertain });
  it('replaces the entry of the same id in place, with the verdict gathered since', () => {
    const list = [e('aaaaaaaa-1'), e('aaaaaaaa-2', true), e('aaaaaaaa-3')];
    const refreshed = refreshInHistory(list, e('aaaaaaaa-2', false));
    expect(refreshed.map((x) => [x.id, x.uncertain])).toEqual([
      ['aaaaaaaa-1', false],
      ['aaaaaaaa-2', false],
      ['aaaaaaaa-3', false],
    ]);
  });
  it('returns the list itself when the entry was cleared or expired meanwhile (nothing is brought back or written)', () => {
    const list = [e('aaaaaaaa-1')];
    expect(refreshInHistory(list, e('aaaaaaaa-9'))).toBe(list);
    const empty: HistoryEntry[] = [];
    expect(refreshInHistory(empty, e('aaaaaaaa-1'))).toBe(empty);
  });
});

describe('parseHistory', () => {
  it('drops corrupt records on their own and keeps the rest', () => {
    const good = entryOf(incident())!;
    const parsed = parseHistory([good, { id: 'x' }, null, { ...good, cause: 'aliens' }, good]);
    expect(parsed.entries).toEqual([good, good]);
    expect(parsed.dropped).toBe(3);
  });
  it('treats nothing stored as empty and anything else as one dropped record', () => {
    expect(parseHistory(undefined)).toEqual({ entries: [], dropped: 0 });
    expect(parseHistory({ not: 'a list' })).toEqual({ entries: [], dropped: 1 });
  });
});

describe('withoutExpired', () => {
  const DAY = 86_400_000;
  const now = 1_800_000_000_000;
  const at = (id: string, recordedAt: number) => ({ ...entryOf(incident({ id }))!, recordedAt });
  const list = [
    at('future-one', now + DAY),
    at('fresh-one', now - 29 * DAY),
    at('edge-one', now - 30 * DAY),
    at('old-one', now - 31 * DAY),
  ];

  it('drops the entries older than the age limit, keeping the rest in order', () => {
    expect(withoutExpired(list, now, 30).map((e) => e.id)).toEqual(['future-one', 'fresh-one', 'edge-one']);
    expect(withoutExpired(list, now, 1).map((e) => e.id)).toEqual(['future-one']);
  });

  it('returns the list itself when nothing is old enough, so an update writes nothing', () => {
    expect(withoutExpired(list, now, 31)).toBe(list);
    expect(withoutExpired([], now, 1)).toEqual([]);
  });
});
