// The inline banner is injected with scripting.executeScript({ files }), so it must be one
// self-contained classic script: built here as an IIFE and emitted at a fixed path. Nothing about
// it is web-accessible (pages cannot probe for it).
import type { Plugin, ResolvedConfig } from 'vite';
import { BANNER_SCRIPT } from '../src/content/banner-path.ts';
import { buildSingleChunk } from './single-chunk.ts';

export function bannerScript(entry = 'src/content/banner.ts'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'handshake-doctor:banner-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const code = await buildSingleChunk(config, { entry, format: 'iife', name: 'handshakeDoctorBanner' });
      this.emitFile({ type: 'asset', fileName: BANNER_SCRIPT, source: code });
    },
  };
}
