// History entries: nothing from private windows, URLs redacted, newest first, bounded, and
// corrupt records dropped one by one.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose';
import { addToHistory, historyEntry, parseHistory, withoutExpired, type HistoryEntry } from '../../../src/core/history';
import type { Incident } from '../../../src/core/incident';
import { expiredCertIncident } from '../../fixtures/incident';

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
