// The inline banner is injected with scripting.executeScript({ files }), so it must be one
// self-contained classic script: built here as an IIFE and emitted at a fixed path. Unlike a
// crxjs `?script` import, nothing about it is web-accessible (pages cannot probe for it).
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { resolve } from 'node:path';
import { BANNER_SCRIPT } from '../src/content/banner-path.ts';

export function bannerScript(entry = 'src/content/banner.ts'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'handshake-doctor:banner-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        define: config.define,
        build: {
          write: false,
          minify: config.build.minify,
          target: config.build.target,
          lib: { entry: resolve(config.root, entry), formats: ['iife'], name: 'handshakeDoctorBanner', fileName: () => 'banner.js' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) this.error('the banner script did not build');
      this.emitFile({ type: 'asset', fileName: BANNER_SCRIPT, source: chunk.code });
    },
  };
}
