// npm run store: the store package, in store/dist/ (HD_STORE_OUT moves it):
//   handshake-doctor-chromium-<version>.zip (Chrome Web Store, Edge Add-ons), handshake-doctor-firefox-<version>.zip (AMO),
//   privacy-policy.html and privacy-policy.ja.html (from store/privacy-policy*.md),
// and the store screenshots in store/screenshots/ (1280×800, from the local harness).
// It builds first (scripts/build.mjs; HD_DIST moves the build), then runs the checks the stores run
// that can run here (store/tools/manifest-rules.mjs, `web-ext lint`), checks the listing texts and the
// permission justifications against the built manifests, and fails with every problem it found.
//   --no-screenshots   leave the screenshots out (the build checks use it; the screenshots need a browser).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
// @ts-expect-error web-ext ships no type declarations
import webExt from 'web-ext';
import { readZip, zipExtension } from '../store/tools/archive.mjs';
import { listingProblems, parseListing } from '../store/tools/listing.mjs';
import {
  chromeWebStoreProblems,
  localized,
  manifestOf,
  missingFiles,
  remoteCodeProblems,
  testBuildProblems,
} from '../store/tools/manifest-rules.mjs';
import { policyPage } from '../store/tools/markdown.mjs';
import { justificationProblems, parseJustifications } from '../store/tools/permissions.mjs';
import { screenshotProblems } from '../store/tools/screenshots.mjs';

const root = join(import.meta.dirname, '..');
const store = join(root, 'store');
const out = resolve(root, process.env.HD_STORE_OUT ?? 'store/dist');
const dist = resolve(root, process.env.HD_DIST ?? 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--no-screenshots');
if (unknown.length) {
  console.error(`store: unknown option ${unknown.join(' ')} (the only option is --no-screenshots)`);
  process.exit(2);
}

/** Every problem found, by step; the run fails at the end if any step found one. */
const problems = [];
function check(step, found) {
  console.log(`store: ${step}: ${found.length ? `${found.length} problem(s)` : 'ok'}`);
  problems.push(...found.map((p) => `${step}: ${p}`));
}

function run(step, args, env = process.env) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`store: ${step} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

// vite takes NODE_ENV from the environment when it is set (a test runner sets it to `test`), and
// preact and others then build differently: what is shipped is always the production build.
run('build', [join(root, 'scripts/build.mjs')], { ...process.env, NODE_ENV: 'production' });

// The archives, read back from their bytes: every check below sees exactly what is uploaded.
mkdirSync(out, { recursive: true });
const packages = {};
for (const [name, folder] of [
  ['chromium', 'chrome'],
  ['firefox', 'firefox'],
]) {
  const file = join(out, `handshake-doctor-${name}-${version}.zip`);
  writeFileSync(file, zipExtension(join(dist, folder)));
  packages[name] = readZip(readFileSync(file));
  console.log(`store: wrote ${relative(root, file)}`);
}
const manifests = { chromium: manifestOf(packages.chromium), firefox: manifestOf(packages.firefox) };

check('Chrome Web Store rules (chromium zip)', chromeWebStoreProblems(packages.chromium));
check('firefox zip contents', [
  ...remoteCodeProblems(packages.firefox),
  ...missingFiles(packages.firefox).map((p) => `${p} is named but not in the package`),
]);
check('no test build', [...testBuildProblems(packages.chromium), ...testBuildProblems(packages.firefox)]);
check(
  'versions',
  Object.entries(manifests)
    .filter(([, m]) => m.version !== version)
    .map(([name, m]) => `the ${name} manifest says ${m.version}, package.json ${version}`),
);

// Mozilla's linter on the Firefox zip's own files (AMO runs the same linter on upload).
const unpacked = mkdtempSync(join(tmpdir(), 'hd-store-firefox-'));
try {
  for (const [path, bytes] of Object.entries(packages.firefox)) {
    mkdirSync(dirname(join(unpacked, path)), { recursive: true });
    writeFileSync(join(unpacked, path), bytes);
  }
  const lint = await webExt.cmd.lint(
    { sourceDir: unpacked, output: 'text', selfHosted: false, boring: true },
    { shouldExitProgram: false },
  );
  check(
    'web-ext lint (firefox zip)',
    [...lint.errors, ...lint.warnings].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`),
  );
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}

check(
  'permission justifications',
  justificationProblems(manifests, parseJustifications(readFileSync(join(store, 'permissions.md'), 'utf8'))),
);

// One listing per locale the package ships; its name and summary are the package's own.
const listings = [];
for (const [locale, name] of localized(packages.chromium, manifests.chromium.name)) {
  const file = join(store, 'listing', `${locale}.md`);
  if (!existsSync(file)) {
    listings.push(`store/listing/${locale}.md is missing (the package ships the locale ${locale})`);
    continue;
  }
  const description = new Map(localized(packages.chromium, manifests.chromium.description)).get(locale);
  listings.push(...listingProblems(locale, parseListing(readFileSync(file, 'utf8')), { name, description }));
}
check('listing texts', listings);

for (const [source, lang, page] of [
  ['privacy-policy.md', 'en', 'privacy-policy.html'],
  ['privacy-policy.ja.md', 'ja', 'privacy-policy.ja.html'],
]) {
  writeFileSync(join(out, page), policyPage(readFileSync(join(store, source), 'utf8'), lang));
  console.log(`store: wrote ${relative(root, join(out, page))}`);
}

if (args.includes('--no-screenshots')) console.log('store: screenshots left out (--no-screenshots)');
else {
  const shots = join(store, 'screenshots');
  if (!readFileSync(join(root, 'scripts/screenshots.mjs'), 'utf8').includes('--store')) {
    console.error('store: scripts/screenshots.mjs has no --store mode; run with --no-screenshots to build the package without screenshots');
    process.exit(1);
  }
  // Last run's files go first, so a screenshot that is no longer made cannot pass for a new one.
  if (existsSync(shots)) for (const name of readdirSync(shots).filter((n) => n.endsWith('.png'))) rmSync(join(shots, name));
  run('screenshots', [join(root, 'scripts/screenshots.mjs'), '--store', 'store/screenshots']);
  check('store screenshots', screenshotProblems(shots));
}

if (problems.length) {
  console.error(`\nstore: the package is not ready:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nstore: the package is ready in ${relative(root, out)}`);
