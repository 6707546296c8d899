// The checks a store runs on an uploaded package that can be run here, offline, on the zip itself
// (a map of path → bytes). Each rule cites the published requirement it follows.
import { posix } from 'node:path';
import { pngSize } from './png.mjs';

const text = (bytes) => new TextDecoder().decode(bytes);
const chars = (s) => [...s].length;

export const manifestOf = (files) => JSON.parse(text(files['manifest.json']));

/** Every file the manifest names (root-relative, sorted): what the browser opens from the package. */
export function manifestReferences(manifest) {
  const refs = new Set();
  const add = (path) => {
    if (typeof path === 'string' && path !== '') refs.add(path.replace(/^\//, ''));
  };
  const icons = (value) => (typeof value === 'string' ? add(value) : Object.values(value ?? {}).forEach(add));
  icons(manifest.icons);
  icons(manifest.action?.default_icon);
  add(manifest.action?.default_popup);
  add(manifest.options_ui?.page);
  add(manifest.options_page);
  add(manifest.background?.service_worker);
  add(manifest.background?.page);
  (manifest.background?.scripts ?? []).forEach(add);
  add(manifest.storage?.managed_schema);
  for (const script of manifest.content_scripts ?? []) [...(script.js ?? []), ...(script.css ?? [])].forEach(add);
  for (const entry of manifest.web_accessible_resources ?? []) entry.resources.filter((r) => !r.includes('*')).forEach(add);
  if (manifest.default_locale) add(`_locales/${manifest.default_locale}/messages.json`);
  return [...refs].sort();
}

/** The package's own files that its HTML pages load (scripts, styles, icons), root-relative. */
export function pageReferences(files) {
  const refs = new Set();
  for (const [page, bytes] of Object.entries(files)) {
    if (!page.endsWith('.html')) continue;
    for (const [, ref] of text(bytes).matchAll(/\b(?:src|href)\s*=\s*["']([^"'#?]+)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue; // another origin: remoteCodeProblems
      refs.add(ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(page), ref)));
    }
  }
  return [...refs].sort();
}

/** Files the manifest or a page names that the package lacks. */
export function missingFiles(files) {
  const manifest = manifestOf(files);
  return [...new Set([...manifestReferences(manifest), ...pageReferences(files)])].filter((path) => !(path in files));
}

/**
 * A manifest string in every locale the package ships: `__MSG_key__` looked up (case-insensitively,
 * as chrome.i18n does) in each `_locales/<locale>/messages.json`; a plain string as it is.
 * Returns [locale, value] pairs; the value is undefined where the key is missing.
 */
export function localized(files, value) {
  const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
  if (!key) return [['*', value]];
  return Object.keys(files)
    .map((path) => /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1])
    .filter((locale) => locale !== undefined)
    .sort()
    .map((locale) => {
      const messages = JSON.parse(text(files[`_locales/${locale}/messages.json`]));
      const found = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
      return [locale, found?.[1].message];
    });
}

/**
 * Remote or generated code, which neither store accepts: "all of your extension's logic must be part
 * of the extension package", and eval() / new Function() may not run outside a sandboxed page
 * (https://developer.chrome.com/docs/extensions/develop/migrate/improve-security, "Remove remotely
 * hosted code" and "Remove execution of arbitrary strings"; AMO's policies ask the same:
 * https://extensionworkshop.com/documentation/publish/add-on-policies/).
 */
export function remoteCodeProblems(files) {
  const problems = [];
  for (const [path, bytes] of Object.entries(files)) {
    const source = text(bytes);
    if (path.endsWith('.html')) {
      for (const [tag] of source.matchAll(/<script\b[^>]*>/gi)) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
        if (src === undefined) problems.push(`${path}: an inline <script> (only the package's own files may run)`);
        else if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) problems.push(`${path}: a script from another origin (${src})`);
      }
    }
    if (path.endsWith('.js') || path.endsWith('.mjs')) {
      if (/(?:^|[^\w$.])eval\s*\(/.test(source)) problems.push(`${path}: calls eval()`);
      if (/\bnew\s+Function\s*\(/.test(source)) problems.push(`${path}: calls new Function()`);
      if (/\b(?:import|importScripts)\s*\(\s*["'`](?:https?:)?\/\//.test(source))
        problems.push(`${path}: imports code from another origin`);
    }
  }
  return problems;
}

/** `__test_pause`: the stored key of the test-only pause hooks (TEST_PAUSE_KEY, src/core/storage-keys.ts). */
const TEST_HOOK_TRACE = '__test_pause';

/** Traces of a test build (README, "Test builds"): its hooks, and `management` granted up front. */
export function testBuildProblems(files) {
  const problems = Object.entries(files)
    .filter(([, bytes]) => text(bytes).includes(TEST_HOOK_TRACE))
    .map(([path]) => `${path}: contains the test hook ${TEST_HOOK_TRACE}`);
  if ((manifestOf(files).permissions ?? []).includes('management'))
    problems.push('manifest.json: `management` is a required permission (a test build)');
  return problems;
}

/** One to four dot-separated integers 0–65535, no leading zeros, not all zero. */
const VERSION = /^(?:0|[1-9]\d{0,4})(?:\.(?:0|[1-9]\d{0,4})){0,3}$/;
const validVersion = (v) => typeof v === 'string' && VERSION.test(v) && v.split('.').every((n) => Number(n) <= 65535) && /[1-9]/.test(v);

/**
 * The Chrome Web Store's manifest rules as published (each checked in every shipped locale):
 * - manifest_version 3: "The Chrome Web Store no longer accepts Manifest V2 extensions"
 *   (https://developer.chrome.com/docs/extensions/develop/migrate/what-is-mv3);
 * - name at most 75 characters (https://developer.chrome.com/docs/extensions/reference/manifest/name);
 * - description plain text, at most 132 characters; it is the store's summary
 *   (https://developer.chrome.com/docs/extensions/reference/manifest/description);
 * - version: one to four dot-separated integers, each 0–65535, no leading zeros, not all zero
 *   (https://developer.chrome.com/docs/extensions/reference/manifest/version);
 * - a 128×128 icon, "used during installation and by the Chrome Web Store", in PNG
 *   (https://developer.chrome.com/docs/extensions/reference/manifest/icons,
 *   https://developer.chrome.com/docs/webstore/images#icons);
 * - no remote code (remoteCodeProblems), no script source but the package in the pages' CSP
 *   (https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy);
 * - every file the manifest or a page names is in the package.
 */
export function chromeWebStoreProblems(files) {
  if (!('manifest.json' in files)) return ['manifest.json is not at the root of the zip'];
  const manifest = manifestOf(files);
  const problems = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${manifest.manifest_version}, not 3`);
  for (const [locale, name] of localized(files, manifest.name)) {
    if (!name) problems.push(`name: missing in locale ${locale}`);
    else if (chars(name) > 75) problems.push(`name (${locale}) has ${chars(name)} characters, more than 75: ${name}`);
  }
  for (const [locale, description] of localized(files, manifest.description)) {
    if (!description) problems.push(`description: missing in locale ${locale}`);
    else if (chars(description) > 132) problems.push(`description (${locale}) has ${chars(description)} characters, more than 132`);
    else if (/[<>]/.test(description)) problems.push(`description (${locale}) is not plain text`);
  }
  if (!validVersion(manifest.version)) problems.push(`version "${manifest.version}" is not 1–4 dot-separated integers 0–65535`);
  const icon = manifest.icons?.['128'];
  const size = icon && files[icon] ? pngSize(files[icon]) : undefined;
  if (!icon) problems.push('icons: no 128×128 icon ("128")');
  else if (!size) problems.push(`icons["128"]: ${icon} is missing or not a PNG`);
  else if (size.width !== 128 || size.height !== 128) problems.push(`icons["128"]: ${icon} is ${size.width}×${size.height}, not 128×128`);
  const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(manifest.content_security_policy?.extension_pages ?? '')?.[1] ?? '';
  for (const source of scriptSrc.split(/\s+/).filter((s) => /^(?:https?:|\*|'unsafe-eval')/.test(s)))
    problems.push(`content_security_policy.extension_pages allows scripts from ${source}`);
  problems.push(...remoteCodeProblems(files), ...missingFiles(files).map((path) => `${path} is named but not in the package`));
  return problems;
}
