// Locale messages live in small per-area fragments (src/locales/<lang>/<area>.json) so each part
// of the product owns its strings; the build merges them into the _locales/<lang>/messages.json
// that browsers read. Duplicate keys across fragments are a build error, not a silent overwrite.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageTable = Record<string, ChromeMessage>;

export const LOCALES_DIR = join(import.meta.dirname, '..', 'src', 'locales');

export function localeNames(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function loadLocale(lang: string, dir = LOCALES_DIR): MessageTable {
  const merged: MessageTable = {};
  const files = readdirSync(join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const table = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as MessageTable;
    for (const [key, value] of Object.entries(table)) {
      if (key in merged) throw new Error(`locale ${lang}: key ${key} defined twice (again in ${file})`);
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`locale ${lang}: invalid key ${key} in ${file}`);
      merged[key] = value;
    }
  }
  return merged;
}
