// One entry built on its own into a single self-contained file, with the outer build's defines,
// minifier and target. Used for scripts the browser loads by a fixed path rather than through
// the pages' chunk graph: the banner (injected by path) and the background (see background-bundle.ts).
import { build, type Alias, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { resolve } from 'node:path';

export interface SingleChunkOptions {
  entry: string;
  format: 'es' | 'iife';
  /** Name of the IIFE's global (iife only). */
  name?: string;
  alias?: Alias[] | Record<string, string>;
}

export async function buildSingleChunk(config: ResolvedConfig, options: SingleChunkOptions): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    publicDir: false,
    define: config.define,
    resolve: options.alias ? { alias: options.alias } : {},
    build: {
      write: false,
      minify: config.build.minify,
      target: config.build.target,
      modulePreload: false,
      rollupOptions: {
        input: resolve(config.root, options.entry),
        // Dynamic imports stay inline: the file must not load anything else.
        output: { format: options.format, name: options.name, codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${options.entry} built into ${chunks.length} chunks, expected one`);
  return chunks[0]!.code;
}

/**
 * A build-only plugin that emits `fileName`, built by buildSingleChunk, once the page build has
 * emitted its files (`post`: extension-manifest.ts's manifest.json is then in the bundle), and
 * then hands the bundle to `after` (the background puts its entry into that manifest).
 */
export function singleChunkPlugin(
  name: string,
  fileName: string,
  options: SingleChunkOptions,
  after?: (context: Rollup.PluginContext, bundle: Rollup.OutputBundle) => void,
): Plugin {
  let config: ResolvedConfig;
  return {
    name,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        this.emitFile({ type: 'asset', fileName, source: await buildSingleChunk(config, options) });
        after?.(this, bundle);
      },
    },
  };
}
