// How current the person's browser is, judged without any network lookup: against the newest
// major version of each browser line at the time this extension was built. Raise these with each
// release of the extension.
import { isChromiumFamily, type BrowserName } from './kinds';

/**
 * Current majors at build time. Chromium covers Chrome, Edge and the other Chromium browsers (they
 * ship the same major within days). Firefox counts its ESR line: ESR gets security updates for
 * about a year and speaks the same TLS, so only versions behind it are outdated.
 */
export const CURRENT_MAJOR_AT_BUILD = { chromium: 156, firefox: 153 } as const;

/** Chrome and Firefox ship a major every four weeks: more than three behind is past any rollout. */
export const OUTDATED_AFTER_RELEASES = 3;

/** The version's major number, or null when it has none (empty, or not a version at all). */
function major(version: string): number | null {
  const match = /^\s*(\d{1,4})(?:\.|\s*$)/.exec(version);
  return match?.[1] ? Number(match[1]) : null;
}

/** How many majors `version` of `browser` is behind the one current at build time (0 when newer), or null when unknown. */
export function releasesBehind(browser: BrowserName, version: string | undefined): number | null {
  const own = typeof version === 'string' ? major(version) : null;
  if (own === null) return null;
  const current = isChromiumFamily(browser) ? CURRENT_MAJOR_AT_BUILD.chromium : CURRENT_MAJOR_AT_BUILD.firefox;
  return Math.max(0, current - own);
}

/** Whether the browser is more than a few releases behind the build-time current one. */
export const isOutdated = (browser: BrowserName, version: string | undefined): boolean =>
  (releasesBehind(browser, version) ?? 0) > OUTDATED_AFTER_RELEASES;
