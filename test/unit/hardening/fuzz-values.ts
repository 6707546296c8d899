// Seeded generators of hostile JSON-like values for the hardening fuzz tests: random JSON,
// prototype-pollution keys, huge strings, deep nesting, wrong types, markup and script URLs,
// and mutations of valid records (one field replaced at a random depth).

/** mulberry32: small, fast, seeded; the same seed gives the same run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/troubleshoot/index.html?incident=x',
  'https://xn--pple-43d.hd.test/',
  'https://аpple.com/',
  '\u0000\u0001\u0002',
  '\ud800',
  '\u202e\u0041\u0042',
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'net::ERR_CERT_REVOKED',
  'net::ERR_' + 'A'.repeat(300),
  'Error code 2153390069',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(65),
  'x'.repeat(70_001),
];

export const HOSTILE_NUMBERS: readonly number[] = [
  0, -0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1,
];

function randomString(r: Rand): string {
  const roll = r();
  if (roll < 0.4) return pick(r, HOSTILE_STRINGS);
  if (roll < 0.41) return 'y'.repeat(1_048_576 + Math.floor(r() * 1024)); // 1 MB and a bit
  const length = Math.floor(r() * 40);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(Math.floor(r() * (r() < 0.9 ? 128 : 0xffff)));
  return s;
}

/** A random JSON-ish value (plus the non-JSON values storage and messages can still carry). */
export function randomValue(r: Rand, depth = 0): unknown {
  const roll = r();
  if (depth > 6 || roll < 0.1) return pick(r, [null, undefined, true, false]);
  if (roll < 0.25) return r() < 0.5 ? pick(r, HOSTILE_NUMBERS) : Math.floor((r() - 0.5) * 1e6);
  if (roll < 0.5) return randomString(r);
  if (roll < 0.6) return deepNest(r, 50 + Math.floor(r() * 2_000));
  if (roll < 0.75) return Array.from({ length: Math.floor(r() * 6) }, () => randomValue(r, depth + 1));
  return randomObject(r, depth + 1);
}

export function randomObject(r: Rand, depth = 0): Record<string, unknown> {
  const keys = ['type', 'incidentId', 'tabId', 'done', 'id', 'evidence', 'failure', 'url', 'host', 'version', 'settings', ...HOSTILE_STRINGS.slice(2, 7)];
  // JSON.parse makes `__proto__` an own property, as a structured clone or storage read does.
  const out = JSON.parse('{}') as Record<string, unknown>;
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) Object.defineProperty(out, r() < 0.8 ? pick(r, keys) : randomString(r).slice(0, 64), { value: randomValue(r, depth + 1), enumerable: true, writable: true, configurable: true });
  return out;
}

export function deepNest(r: Rand, levels: number): unknown {
  let v: unknown = pick(r, ['leaf', 1, null]);
  for (let i = 0; i < levels; i++) v = r() < 0.5 ? [v] : { a: v, incidentId: v };
  return v;
}

/** A prototype-pollution attempt as it arrives from storage or a message (own keys). */
export const pollution = (): Record<string, unknown>[] => [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"type": "retry", "incidentId": "abcdefgh", "__proto__": {"polluted": "yes", "type": "back"}}'),
  JSON.parse('{"version": 1, "settings": {"__proto__": {"banner": false, "polluted": "yes"}}}'),
];

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

/** `valid` with one field (at any depth) replaced by a random value, deleted, or given a hostile sibling key. */
export function mutate(r: Rand, valid: unknown): unknown {
  const copy = clone(valid) as Record<string, unknown>;
  const all = paths(copy);
  if (!all.length) return randomValue(r);
  const path = pick(r, all);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const roll = r();
  if (roll < 0.6) parent[last] = randomValue(r);
  else if (roll < 0.8) delete parent[last];
  else Object.defineProperty(parent, pick(r, ['__proto__', 'constructor', 'prototype']), { value: randomValue(r), enumerable: true, writable: true, configurable: true });
  return copy;
}
