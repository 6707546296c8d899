// Every zod schema in src/core, and every function that reads stored or received data,
// takes random and hostile values without throwing (safeParse never throws), never pollutes
// Object.prototype, and gives back only values its schema accepts. Seeded: a failure names its seed.
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumOffersOverride, classifyChromium } from '../../../src/core/catalog/chromium';
import { classifyFirefox, firefoxOffersOverride } from '../../../src/core/catalog/firefox';
import { parseHttpDate, parseSkewState } from '../../../src/core/clock';
import { IncidentSchema, parseIncident, type Incident } from '../../../src/core/incident';
import { HistoryEntrySchema, parseHistory } from '../../../src/core/history';
import { parseDistinguishedName } from '../../../src/core/interception';
import { parseRecentFailures } from '../../../src/core/recent-failures';
import { DEFAULT_SETTINGS, isNeverIntervene, repairSettings, SettingsFields } from '../../../src/core/settings';
import { applyManaged, readStoredSettings } from '../../../src/core/settings-storage';
import { hostOf, redactUrl } from '../../../src/core/url';
import { mutate, pollution, randomValue, rng, HOSTILE_STRINGS } from '../../fixtures/fuzz-values';
import { expiredCertIncident } from '../../fixtures/incident';

interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}
/** A zod schema, or anything parsing like one (messages.ts: a catalogue of one schema per type). */
const isSchema = (value: unknown): value is Schema =>
  value !== null && typeof value === 'object' && typeof (value as Schema).safeParse === 'function';

// Every module of the pure core, so a schema added later is fuzzed without anyone listing it.
const modules = import.meta.glob('../../../src/core/**/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const schemas = new Map<string, Schema>();
const isGroup = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
for (const [file, exports] of Object.entries(modules)) {
  const prefix = file.replace(/^.*src\/core\//, '');
  for (const [name, value] of Object.entries(exports)) {
    if (isSchema(value)) schemas.set(`${prefix}#${name}`, value);
    // Schemas grouped in an object (settings.ts: SettingsFields), and each type of a catalogue.
    const group = isSchema(value) ? (value as { types?: unknown }).types : value;
    if (isGroup(group))
      for (const [field, inner] of Object.entries(group)) if (isSchema(inner)) schemas.set(`${prefix}#${name}.${field}`, inner);
  }
}

const now = Date.UTC(2026, 5, 1);
const base = expiredCertIncident({ url: 'https://expired.hd.test:8443/a?b=c', time: now });
const validIncident: Incident = {
  ...base,
  evidence: {
    ...base.evidence,
    recentFailures: [{ host: 'expired.hd.test', kind: 'cert-date', errorCode: 'net::ERR_CERT_DATE_INVALID', time: now - 1000 }],
    otherSiteProbe: { status: 'done', results: [{ host: 'healthy.hd.test', ok: true }] },
    reprobe: { status: 'failed', errorCode: 'net::ERR_CERT_DATE_INVALID', kind: 'cert-date' },
    clock: { skewMs: 5000, samples: 3, sources: ['a.hd.test', 'b.hd.test', 'c.hd.test'] },
    proxy: { levelOfControl: 'controllable_by_this_extension', mode: 'system' },
    interception: { product: 'X', issuer: 'CN=X', host: 'expired.hd.test' },
  },
};
const validHistory = { id: validIncident.id, recordedAt: now, cause: 'system-clock', uncertain: false, evidence: validIncident.evidence };
const validSkew = { version: 2, samples: [{ host: 'a.hd.test', skewMs: 1, localMs: now, secure: false }] };
const validMessages = [
  { type: 'retry', incidentId: validIncident.id },
  { type: 'tab-summary', tabId: 3 },
  { type: 'set-progress', incidentId: validIncident.id, done: ['clock', 'proxy'] },
  { type: 'banner-open', incidentId: validIncident.id },
];
/** Valid examples: mutations of these reach deep into a schema rather than failing at the top. */
const VALID_SAMPLES: unknown[] = [
  validIncident,
  validIncident.evidence,
  validIncident.evidence.failure,
  validHistory,
  validSkew,
  { version: 1, settings: DEFAULT_SETTINGS },
  DEFAULT_SETTINGS,
  ...validMessages,
];

const ROUNDS = Number(process.env.HD_FUZZ_ROUNDS ?? 300);
const SEED = Number(process.env.HD_FUZZ_SEED ?? 20260601);

/** Values for one round: random JSON, mutations of each valid sample, pollution attempts. */
function inputs(seed: number): unknown[] {
  const r = rng(seed);
  return [randomValue(r), randomValue(r), ...VALID_SAMPLES.map((v) => mutate(r, v)), ...(seed % 50 === 0 ? pollution() : [])];
}
/** Generated once, shared by every test (a 1 MB string is the same object wherever it recurs). */
const ALL_INPUTS: { seed: number; values: unknown[] }[] = Array.from({ length: ROUNDS }, (_, i) => ({
  seed: SEED + i,
  values: inputs(SEED + i),
}));

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const protoBefore = protoKeys();

afterAll(() => {
  // Nothing any parse did reached Object.prototype.
  expect(protoKeys()).toBe(protoBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('every zod schema in src/core', () => {
  it('finds the schemas (a sanity floor: more may be added)', () => {
    for (const name of [
      'incident.ts#IncidentSchema',
      'evidence.ts#EvidenceSchema',
      'history.ts#HistoryEntrySchema',
      'messages.ts#UiToBackgroundSchema',
      'messages.ts#UiToBackgroundSchema.retry',
      'messages.ts#ContentToBackgroundSchema',
      'messages.ts#ContentToBackgroundSchema.banner-open',
      'clock/skew.ts#SkewStateSchema',
      'settings.ts#SettingsFields.probeUrls',
    ])
      expect([...schemas.keys()]).toContain(name);
    expect(schemas.size).toBeGreaterThanOrEqual(20);
  });

  it(`safeParse never throws on random, hostile and mutated values (${ROUNDS} rounds, seed ${SEED})`, () => {
    let accepted = 0;
    for (const { seed, values } of ALL_INPUTS) {
      for (const value of values) {
        for (const [name, schema] of schemas) {
          let result: { success: boolean; data?: unknown };
          try {
            result = schema.safeParse(value);
          } catch (error) {
            throw new Error(`${name} threw on seed ${seed}: ${String(error)}`, { cause: error });
          }
          if (!result.success) continue;
          accepted++;
          // What a schema lets through parses again to the same thing (no half-validated output),
          // and carries no prototype-pollution key of its own.
          const again = schema.safeParse(result.data);
          expect(again.success, `${name} seed ${seed}`).toBe(true);
          if (result.data && typeof result.data === 'object')
            expect(Object.hasOwn(result.data, '__proto__'), `${name} seed ${seed}`).toBe(false);
        }
      }
    }
    // Mutations keep some samples valid (e.g. an optional field deleted): the schemas were reached.
    expect(accepted).toBeGreaterThan(0);
  });

  it('the valid samples are valid (so mutations test near-misses)', () => {
    expect(IncidentSchema.safeParse(validIncident).success).toBe(true);
    expect(HistoryEntrySchema.safeParse(validHistory).success).toBe(true);
    expect(parseSkewState(validSkew)).toEqual(validSkew);
  });
});

describe('readers of stored and received data', () => {
  const readers: [string, (value: unknown) => unknown][] = [
    ['parseIncident', parseIncident],
    ['parseHistory', parseHistory],
    ['parseRecentFailures', parseRecentFailures],
    ['parseSkewState', parseSkewState],
    ['repairSettings', repairSettings],
    ['readStoredSettings', readStoredSettings],
    ['applyManaged', (v) => applyManaged(DEFAULT_SETTINGS, v)],
    ['classifyChromium', (v) => classifyChromium(v as string, v as string)],
    ['classifyFirefox', (v) => classifyFirefox(v as string, v as string)],
    ['chromiumOffersOverride', (v) => chromiumOffersOverride(v as string)],
    ['firefoxOffersOverride', (v) => firefoxOffersOverride(v as string)],
    ['hostOf', (v) => hostOf(v as string)],
    ['redactUrl', (v) => redactUrl(v as string)],
    ['isNeverIntervene', (v) => isNeverIntervene(typeof v === 'string' ? v : '', [typeof v === 'string' ? v : 'x'])],
    ['parseHttpDate', (v) => (typeof v === 'string' ? parseHttpDate(v) : undefined)],
    ['parseDistinguishedName', (v) => (typeof v === 'string' ? parseDistinguishedName(v) : undefined)],
  ];

  it.each(readers)('%s never throws', (name, read) => {
    for (const { seed, values } of ALL_INPUTS) {
      for (const value of [...values, ...HOSTILE_STRINGS]) {
        try {
          read(value);
        } catch (error) {
          throw new Error(`${name} threw on seed ${seed}: ${String(error)}`, { cause: error });
        }
      }
    }
  });

  it('settings repair keeps every valid field, drops each bad one to its default, and ignores pollution', () => {
    const r = rng(SEED);
    for (let round = 0; round < ROUNDS; round++) {
      const raw = mutate(r, { version: 1, settings: { ...DEFAULT_SETTINGS, banner: false, historyLimit: 7 } });
      const { settings, repaired } = readStoredSettings(raw);
      for (const [key, schema] of Object.entries(SettingsFields)) {
        expect(schema.safeParse(settings[key as keyof typeof settings]).success, key).toBe(true);
      }
      for (const key of repaired)
        expect(settings[key as keyof typeof settings]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    }
    for (const raw of pollution()) {
      const { settings } = readStoredSettings(raw);
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      expect((settings as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('3 valid history entries and 2 corrupt ones: the 3 survive, 2 are counted as dropped', () => {
    const entries = [1, 2, 3].map((i) => ({ ...validHistory, id: `${validHistory.id.slice(0, -1)}${i}` }));
    const raw = [entries[0], { ...validHistory, cause: '<script>' }, entries[1], 'x'.repeat(1_000_000), entries[2]];
    const { entries: kept, dropped } = parseHistory(raw);
    expect(kept.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(dropped).toBe(2);
  });
});
