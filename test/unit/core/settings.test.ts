import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../../src/core/settings';

describe('settings: the evidence fields', () => {
  it('timeSources defaults to empty (derive from the failing site and the probe list)', () => {
    expect(DEFAULT_SETTINGS.timeSources).toEqual([]);
    expect(repairSettings({}).settings.timeSources).toEqual([]);
  });

  it('accepts http and https URLs, at most 10', () => {
    const timeSources = ['http://time.example/', 'https://clock.example:8443/now'];
    expect(repairSettings({ timeSources })).toEqual({ settings: { ...DEFAULT_SETTINGS, timeSources }, repaired: [] });
  });

  it('repairs a bad list to its default on its own, keeping the other fields', () => {
    for (const timeSources of [
      ['ftp://time.example/'],
      ['http://has space/'],
      'http://time.example/',
      Array(11).fill('http://t.example/'),
    ]) {
      const r = repairSettings({ timeSources, otherSiteProbe: false });
      expect(r.repaired).toEqual(['timeSources']);
      expect(r.settings.timeSources).toEqual([]);
      expect(r.settings.otherSiteProbe).toBe(false);
    }
  });

  it('keeps the probe list https-only and the switches boolean', () => {
    expect(repairSettings({ probeUrls: ['http://plain.example/'] }).repaired).toEqual(['probeUrls']);
    expect(repairSettings({ clockCheck: 'no', reprobe: 0 }).repaired.sort()).toEqual(['clockCheck', 'reprobe']);
  });
});

describe('settings: historyMaxAgeDays', () => {
  it('keeps incidents 30 days unless set otherwise, from 1 to 3650 whole days', () => {
    expect(DEFAULT_SETTINGS.historyMaxAgeDays).toBe(30);
    for (const days of [1, 7, 3650])
      expect(repairSettings({ historyMaxAgeDays: days })).toEqual({
        settings: { ...DEFAULT_SETTINGS, historyMaxAgeDays: days },
        repaired: [],
      });
  });

  it('repairs a value out of range or not a whole number to 30', () => {
    for (const days of [0, -1, 3651, 1.5, '7', null]) {
      const r = repairSettings({ historyMaxAgeDays: days, historyLimit: 9 });
      expect(r.repaired, String(days)).toEqual(['historyMaxAgeDays']);
      expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, historyLimit: 9 });
    }
  });
});
