// The store screenshots (scripts/screenshots.mjs --store): store-<n>-<scene>-<lang>.png, each exactly
// 1280×800, the size the Chrome Web Store asks for (https://developer.chrome.com/docs/webstore/images#screenshots)
// and one AMO accepts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from './png.mjs';

const NAME = /^store-\d+-[a-z0-9-]+-[a-z]{2}\.png$/;

/** What is wrong with the screenshots in `dir`; empty when there is at least one and each is a 1280×800 PNG. */
export function screenshotProblems(dir) {
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.png'))
        .sort()
    : [];
  if (!names.some((n) => NAME.test(n))) return [`no store-N-<scene>-<lang>.png in ${dir}`];
  return names.flatMap((name) => {
    if (!NAME.test(name)) return [`${name}: not named store-N-<scene>-<lang>.png`];
    const size = pngSize(readFileSync(join(dir, name)));
    if (!size) return [`${name}: not a PNG`];
    return size.width === 1280 && size.height === 800 ? [] : [`${name}: ${size.width}×${size.height}, not 1280×800`];
  });
}
