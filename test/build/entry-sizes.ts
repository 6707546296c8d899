// What each entry of a built extension makes the browser load: the HTML's script and stylesheet
// tags, then the JS import graph, dynamic imports included (a shared chunk counts for every entry
// that loads it).
// Sizes are gzip -9 of each file, summed; _locales are excluded (they are not code).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  /** Files the entry loads, relative to the extension root, with their gzip sizes. */
  files: { file: string; gzip: number }[];
  gzip: number;
}

const IMPORTS = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']|\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
const HTML_REFS = /<(?:script[^>]*\bsrc|link[^>]*\bhref)\s*=\s*["']([^"']+)["']/g;

/** `ref` as a path from the extension root, as seen from the file at `from` (root-relative). */
function resolveRef(from: string, ref: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), ref));
}

/** Every JS/CSS file `entry` (an HTML or JS file, root-relative) loads. */
export function entryFiles(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const path = join(root, file);
    if (!existsSync(path)) throw new Error(`${file} is referenced but missing`);
    const source = readFileSync(path, 'utf8');
    if (file.endsWith('.html')) {
      for (const m of source.matchAll(HTML_REFS)) {
        const ref = m[1]!;
        if (/\.(m?js|css)$/.test(ref)) visit(resolveRef(file, ref));
      }
      return;
    }
    seen.add(file);
    if (file.endsWith('.js')) for (const m of source.matchAll(IMPORTS)) visit(resolveRef(file, (m[1] ?? m[2])!));
  };
  visit(entry);
  return [...seen];
}

export function entrySize(root: string, entry: string): EntrySize {
  const files = entryFiles(root, entry)
    .filter((file) => !file.startsWith('_locales/'))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(root, file)), { level: 9 }).length }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

export const manifestAt = (root: string) => JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
export const distRoot = (target: 'chrome' | 'firefox') =>
  resolve(dirname(dirname(import.meta.dirname)), process.env.HD_DIST ?? 'dist', target);
