// The background as one file, built apart from the pages' chunk graph.
//
// Built as one more entry of the page build, the background would share chunks with the extension
// pages (zod, the diagnosis, the settings schema), so the browser fetches and evaluates four or five modules each time it starts
// the worker, and Chromium stops and restarts an idle MV3 worker often. Built alone it is one
// module: one fetch at start-up, and about 1 KB less gzipped, because one gzip stream sees all
// of it. The pages keep their own copy of the shared code; nothing is shared between a worker and
// a page at run time anyway.
//
// The manifest emitted by extension-manifest.ts has no `background`; this plugin emits
// `background.js` and puts the entry back into the emitted manifest, in the target's form (service_worker or scripts).
import type { Alias, Plugin, Rollup } from 'vite';
import { singleChunkPlugin } from './single-chunk.ts';

export const BACKGROUND_FILE = 'background.js';

export type BackgroundEntry = { service_worker: string; type?: string } | { scripts: string[]; type?: string };

/** The manifest's background entry with its source path replaced by the built file. */
export function builtBackground(entry: BackgroundEntry): BackgroundEntry {
  return 'service_worker' in entry ? { ...entry, service_worker: BACKGROUND_FILE } : { ...entry, scripts: [BACKGROUND_FILE] };
}

export const backgroundSource = (entry: BackgroundEntry): string => {
  const source = 'service_worker' in entry ? entry.service_worker : entry.scripts[0];
  if (!source || ('scripts' in entry && entry.scripts.length !== 1)) throw new Error('expected one background script');
  return source;
};

export function backgroundBundle(entry: BackgroundEntry, options: { alias?: Alias[] | Record<string, string> } = {}): Plugin {
  const build = { entry: backgroundSource(entry), format: 'es' as const, alias: options.alias };
  return singleChunkPlugin('handshake-doctor:background-bundle', BACKGROUND_FILE, build, (context, bundle) => {
    const manifestAsset = bundle['manifest.json'] as Rollup.OutputAsset | undefined;
    if (manifestAsset?.type !== 'asset') return context.error('manifest.json was not emitted before the background');
    const manifest = JSON.parse(String(manifestAsset.source)) as Record<string, unknown>;
    if ('background' in manifest) context.error('the emitted manifest already has a background entry: it belongs to this plugin');
    manifestAsset.source = JSON.stringify({ ...manifest, background: builtBackground(entry) }, null, 2);
  });
}
