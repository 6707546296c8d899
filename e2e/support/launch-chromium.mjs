// The one way this repository starts Chromium (e2e, npm start, screenshots, bench): which binary,
// the command-line switches that keep every connection on 127.0.0.1, a home whose NSS database
// trusts the harness's test root, and the extensions to load. Plain ESM (with launch-chromium.d.mts)
// so the node scripts and the TypeScript specs share it.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** CHROMIUM_PATH, else Debian's Chromium where present (some machines cannot download Playwright's), else Playwright's own. */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return chromium.executablePath();
}

/** The switches every launch uses: the extensions loaded, and nothing leaving 127.0.0.1. */
function chromiumFlags({ extensionDirs = [], hostResolverRules }) {
  const extensions = extensionDirs.join(',');
  return [
    ...(extensions ? [`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Required: without it Chromium sends DNS queries for its own services despite the flags above.
    `--host-resolver-rules=${hostResolverRules}`,
  ];
}

/** Makes `home` a HOME whose NSS database trusts the harness's test root (Chromium reads $HOME/.pki/nssdb). */
export async function trustingHome(harness, home) {
  mkdirSync(join(home, '.pki', 'nssdb'), { recursive: true });
  await harness.makeNssDb(join(home, '.pki', 'nssdb'));
  return home;
}

/** Executable, environment and switches for any driver (Playwright here, puppeteer-core in bench/). */
export function chromiumLaunchSpec({ home, hostResolverRules, extensionDirs = [], lang, env = {}, args = [] }) {
  return {
    executablePath: chromiumExecutable(),
    env: { ...process.env, HOME: home, ...(lang ? { LANGUAGE: lang.replace('-', '_') } : {}), ...env },
    args: [...chromiumFlags({ extensionDirs, hostResolverRules }), ...(lang ? [`--lang=${lang}`] : []), ...args],
  };
}

/** A Playwright persistent context on that spec; other Playwright context options pass through. */
export function launchChromium({
  userDataDir,
  home,
  hostResolverRules,
  extensionDirs,
  lang,
  env,
  args,
  headless = true,
  ...contextOptions
}) {
  const spec = chromiumLaunchSpec({ home, hostResolverRules, extensionDirs, lang, env, args });
  return chromium.launchPersistentContext(userDataDir, { ...spec, headless, ...(lang ? { locale: lang } : {}), ...contextOptions });
}
