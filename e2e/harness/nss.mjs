// NSS databases that trust the harness's test root (Chromium: $HOME/.pki/nssdb;
// Firefox: the profile directory). Needs `certutil` (Debian libnss3-tools).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const NSS_NICKNAME = 'hd-test-root';

/**
 * Creates (if needed) an NSS sql: database in `dir` and adds `rootCaPath` as a trusted SSL CA.
 * @param {string} dir
 * @param {string} rootCaPath  PEM file of the root to trust
 * @returns {Promise<string>} dir
 */
export async function makeNssDb(dir, rootCaPath) {
  await mkdir(dir, { recursive: true });
  const db = `sql:${dir}`;
  if (!existsSync(join(dir, 'cert9.db'))) await run('certutil', ['-d', db, '-N', '--empty-password']);
  await run('certutil', ['-d', db, '-A', '-t', 'C,,', '-n', NSS_NICKNAME, '-i', rootCaPath]);
  return dir;
}
