// The manifest step: the extension pages the manifest names (popup, options) become the build's
// HTML entries beside `extraPages`, and manifest.json is emitted as given. Plain vite builds the
// pages; the background is added afterwards by background-bundle.ts and the banner by
// banner-script.ts, both self-contained files loaded by a fixed path.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

export interface PagesManifest {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

/** Entry name → HTML source path, for every page the manifest names. */
function manifestPages(manifest: PagesManifest): Record<string, string> {
  const pages: Record<string, string | undefined> = { popup: manifest.action?.default_popup, options: manifest.options_ui?.page };
  return Object.fromEntries(Object.entries(pages).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export function extensionManifest(manifest: PagesManifest & Record<string, unknown>, extraPages: Record<string, string> = {}): Plugin {
  return {
    name: 'handshake-doctor:manifest',
    apply: 'build',
    config(config) {
      const root = config.root ?? process.cwd();
      const pages = { ...manifestPages(manifest), ...extraPages };
      const input = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, resolve(root, page)]));
      return { build: { rollupOptions: { input } } };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifest, null, 2) });
    },
  };
}
