// The inline banner is injected with scripting.executeScript({ files }), so it must be one
// self-contained classic script: built here as an IIFE and emitted at a fixed path. Nothing about
// it is web-accessible (pages cannot probe for it).
import type { Plugin } from 'vite';
import { BANNER_SCRIPT } from '../src/content/banner-path.ts';
import { singleChunkPlugin } from './single-chunk.ts';

export const bannerScript = (entry = 'src/content/banner.ts'): Plugin =>
  singleChunkPlugin('handshake-doctor:banner-script', BANNER_SCRIPT, { entry, format: 'iife', name: 'handshakeDoctorBanner' });
