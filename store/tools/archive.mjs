// The store archives: a built extension folder as a zip whose bytes depend only on the files'
// names and contents, so anyone can rebuild from the source and compare (AMO's reviewers do).
// - entries in a fixed order (sorted by their zip path), no directory entries;
// - one fixed timestamp: zip stores local date and time fields (fflate fills them from the Date's
//   local parts), so the date is built from local parts too and reads the same in every time zone;
// - no source maps and no dotfiles: what the browser loads, nothing else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

const shipped = (path) => !path.endsWith('.map') && !path.split('/').some((part) => part.startsWith('.'));

/** The zip of the extension folder `dir`: manifest.json at its root, entries sorted, fixed timestamps. */
export function zipExtension(dir) {
  const mtime = new Date(2026, 0, 1, 0, 0, 0); // local parts, read in the time zone of this call
  const entries = {};
  for (const path of filesUnder(dir).filter(shipped).sort()) entries[path] = [readFileSync(join(dir, path)), { mtime }];
  return zipSync(entries, { level: 9 });
}

/** A zip's files by path. */
export const readZip = (bytes) => unzipSync(bytes);
