// The message fuzzer of e2e/chromium/message-rejection.spec.ts. `fuzzMessages` runs inside the
// browser (an extension page, or a content script injected into a web page), so it is one
// self-contained function: no imports, no closures; Playwright and chrome.scripting serialize it.
// Seeded, so a failing run can be repeated exactly. The message types come from the catalogues
// (`catalogueTypes`), so a message added there is fuzzed without listing it here.
import { ContentToBackgroundSchema, UiToBackgroundSchema } from '../../src/core/messages';
import { HOSTILE_STRINGS } from '../../test/fixtures/fuzz-values';

/** Strings for message fields: the shared hostile list plus near misses of real message types and ids. */
export const MESSAGE_HOSTILE_STRINGS: readonly string[] = [
  ...HOSTILE_STRINGS,
  'RETRY',
  'retry ',
  ' retry',
  'Retry',
  'banner-open\u0000',
  'x'.repeat(65),
  'ABCDEFGH-1234',
];

/** The message types of one catalogue, and those of them that name an incident. */
export interface CatalogueTypes {
  all: string[];
  withIncident: string[];
}

function typesOf(catalogue: { types: Record<string, { shape: object }> }): CatalogueTypes {
  const entries = Object.entries(catalogue.types);
  return {
    all: entries.map(([type]) => type),
    withIncident: entries.filter(([, schema]) => 'incidentId' in schema.shape).map(([type]) => type),
  };
}

/** What each receiver accepts: 'page' from extension pages, 'content' from content scripts. */
export const catalogueTypes = (): Record<FuzzOptions['sender'], CatalogueTypes> => ({
  page: typesOf(UiToBackgroundSchema),
  content: typesOf(ContentToBackgroundSchema),
});

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Messages in flight at once. */
  batch: number;
  /** Which receiver schema the sender faces: 'page' (extension page) or 'content' (content script). */
  sender: 'page' | 'content';
  /** Real incident ids of other tabs (a content script must not reach them). */
  foreignIds: string[];
  /** Real incident ids, used only inside messages the schema must refuse. */
  realIds: string[];
  /** How many messages carry a 1 MB string. */
  huge: number;
  /** The message types of each receiver's catalogue (`catalogueTypes()`). */
  types: Record<'page' | 'content', CatalogueTypes>;
  /** Strings used as field values (`MESSAGE_HOSTILE_STRINGS`): the fuzzer runs in the browser and imports nothing. */
  hostile: readonly string[];
}

export interface FuzzReport {
  sent: number;
  rejected: number;
  /** Messages the background accepted ({ok: true}): each is a finding. */
  accepted: string[];
  /** Answers that were not {ok:false, error: non-empty string}, or sends that threw. */
  odd: string[];
  /** Rejection reasons seen, with counts (first 80 characters of each). */
  reasons: Record<string, number>;
  categories: Record<string, number>;
  ms: number;
}

export async function fuzzMessages(o: FuzzOptions): Promise<FuzzReport> {
  const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
  let a = o.seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const MB = 'm'.repeat(1024 * 1024);
  const uiTypes = o.types.page.withIncident;
  const contentTypes = o.types.content.withIncident;
  const allTypes = [...o.types.page.all, ...o.types.content.all];
  const hostile = o.hostile;
  const uuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(r() * 16).toString(16));
  const json = (s: string) => JSON.parse(s) as Record<string, unknown>;
  const nest = (levels: number, leaf: unknown) => {
    let v = leaf;
    for (let i = 0; i < levels; i++) v = r() < 0.5 ? [v] : { type: 'retry', incidentId: v };
    return v;
  };
  const junk = (depth: number): unknown => {
    const roll = r();
    if (depth > 3 || roll < 0.15) return pick([null, true, false, 0, -1, 1.5, 2 ** 53 + 2, -(2 ** 31), 1e308]);
    if (roll < 0.5) return pick(hostile);
    if (roll < 0.7) return Array.from({ length: Math.floor(r() * 4) }, () => junk(depth + 1));
    const out = json('{}');
    for (let i = Math.floor(r() * 4); i > 0; i--)
      out[pick(['type', 'incidentId', 'tabId', 'done', '__proto__', 'constructor', 'url'])] = junk(depth + 1);
    return out;
  };
  const hugeEvery = o.huge > 0 ? Math.max(1, Math.floor(o.count / o.huge)) : Infinity;

  /** One message that must be refused, and what kind of hostile it is. */
  const make = (i: number): [string, unknown] => {
    if (i % hugeEvery === hugeEvery - 1) {
      return [
        'huge',
        pick<unknown>([
          { type: pick(allTypes), incidentId: MB },
          { type: MB },
          MB,
          { type: 'set-progress', incidentId: pick(o.realIds), done: [MB] },
        ]),
      ];
    }
    const roll = r();
    if (roll < 0.12) return ['junk', junk(0)];
    if (roll < 0.22)
      return [
        'wrong-type',
        {
          type: pick<unknown>([...hostile, 42, null, [], {}, ['retry'], { toString: 'retry' }]),
          incidentId: pick<unknown>([uuid(), ...o.realIds]),
        },
      ];
    if (roll < 0.34)
      return [
        'hostile-id',
        { type: pick(allTypes), incidentId: pick<unknown>([...hostile, 42, null, [uuid()], { id: uuid() }, uuid().toUpperCase()]) },
      ];
    if (roll < 0.44)
      return [
        'unknown-id',
        { type: pick(o.sender === 'content' ? contentTypes : uiTypes), incidentId: uuid(), url: 'javascript:alert(1)', tabId: 1 },
      ];
    if (roll < 0.54) {
      // Valid types with hostile values aimed at real incidents.
      if (o.sender === 'content') {
        return r() < 0.5 && o.foreignIds.length
          ? ['other-tab-id', { type: pick(contentTypes), incidentId: pick(o.foreignIds) }]
          : ['privileged-type', { type: pick(uiTypes), incidentId: pick(o.realIds), done: [] }];
      }
      return [
        'hostile-value',
        pick<unknown>([
          { type: 'set-progress', incidentId: pick(o.realIds), done: [pick(hostile.filter((h) => !/^[a-z0-9-]{1,64}$/.test(h)))] },
          { type: 'set-progress', incidentId: pick(o.realIds), done: Array.from({ length: 65 }, (_, k) => `s${k}`) },
          { type: 'set-progress', incidentId: pick(o.realIds), done: 'clock' },
          { type: 'set-progress', incidentId: pick(o.realIds) },
          { type: pick(contentTypes), incidentId: pick(o.realIds) },
          { type: 'tab-summary', tabId: pick<unknown>([-1, 1.5, '1', null, 2 ** 53 + 2, [1], { id: 1 }]) },
        ]),
      ];
    }
    if (roll < 0.66) {
      return [
        'pollution',
        pick([
          json('{"__proto__": {"polluted": "yes", "type": "retry"}}'),
          json(`{"type": "describe-incident", "incidentId": "${uuid()}", "__proto__": {"polluted": "yes"}}`),
          json(`{"type": "__proto__", "incidentId": "${uuid()}"}`),
          json('{"type": "constructor", "incidentId": "constructor"}'),
          json('{"constructor": {"prototype": {"polluted": "yes"}}, "type": "retry"}'),
          json(`{"type": "toString", "incidentId": "${uuid()}"}`),
          json(`{"type": "hasOwnProperty", "incidentId": "${uuid()}"}`),
        ]),
      ];
    }
    if (roll < 0.76) return ['deep', nest(50 + Math.floor(r() * 900), pick<unknown>([uuid(), null, 'leaf']))];
    if (roll < 0.84) return ['primitive', pick<unknown>([null, 0, -1, true, false, '', 'retry', [], [null], ['retry', uuid()]])];
    if (roll < 0.92) return ['long-string', { type: pick(allTypes), incidentId: 'a'.repeat(64 + Math.floor(r() * 4096)) }];
    return ['missing-field', pick<unknown>([{ type: pick(allTypes) }, { incidentId: uuid() }, {}, { type: 'tab-summary' }])];
  };

  const report: FuzzReport = { sent: 0, rejected: 0, accepted: [], odd: [], reasons: {}, categories: {}, ms: 0 };
  const started = Date.now();
  const describe = (m: unknown) => {
    const s = JSON.stringify(m) ?? String(m);
    return s.length > 160 ? `${s.slice(0, 160)}… (${s.length} chars)` : s;
  };
  for (let i = 0; i < o.count; i += o.batch) {
    const batch = Array.from({ length: Math.min(o.batch, o.count - i) }, (_, k) => make(i + k));
    const answers = await Promise.all(
      batch.map(([, m]) =>
        c.runtime.sendMessage(m).then(
          (answer) => ({ answer }),
          (error: unknown) => ({ error: String(error) }),
        ),
      ),
    );
    answers.forEach((result, k) => {
      const [category, message] = batch[k]!;
      report.sent++;
      report.categories[category] = (report.categories[category] ?? 0) + 1;
      if ('error' in result) return void report.odd.push(`${category}: send threw ${result.error} for ${describe(message)}`);
      const answer = result.answer as { ok?: unknown; error?: unknown } | undefined;
      if (answer?.ok === false && typeof answer.error === 'string' && answer.error.length > 0) {
        report.rejected++;
        const reason = answer.error.slice(0, 80);
        report.reasons[reason] = (report.reasons[reason] ?? 0) + 1;
      } else if (answer?.ok === true) report.accepted.push(`${category}: ${describe(message)}`);
      else report.odd.push(`${category}: answer ${describe(answer)} for ${describe(message)}`);
    });
  }
  report.ms = Date.now() - started;
  return report;
}
