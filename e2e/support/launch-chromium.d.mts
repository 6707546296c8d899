import type { BrowserContext, LaunchOptions } from '@playwright/test';

export interface ChromiumSpec {
  /** The HOME Chromium runs with (see trustingHome). */
  home: string;
  /** The harness's --host-resolver-rules catch-all (plus any rules a test puts before it). */
  hostResolverRules: string;
  /** Unpacked extensions to load. */
  extensionDirs?: string[];
  /** Browser UI language, e.g. 'en-US' or 'ja': sets --lang, LANGUAGE and (Playwright) the locale. */
  lang?: string;
  /** Extra environment, e.g. LD_PRELOAD + FAKETIME for a wrong clock. */
  env?: Record<string, string>;
  /** More command-line switches (e.g. `--log-net-log=…`). */
  args?: string[];
}

export function chromiumExecutable(): string;
export function trustingHome(harness: { makeNssDb(dir: string): Promise<unknown> }, home: string): Promise<string>;
export function chromiumLaunchSpec(o: ChromiumSpec): { executablePath: string; env: Record<string, string>; args: string[] };
export function launchChromium(
  o: ChromiumSpec & { userDataDir: string; headless?: boolean } & Omit<
      Parameters<typeof import('@playwright/test').chromium.launchPersistentContext>[1] & LaunchOptions,
      'env' | 'args' | 'executablePath' | 'headless'
    >,
): Promise<BrowserContext>;
