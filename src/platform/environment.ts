// Browser and OS detection, once, from feature data rather than user-agent sniffing where possible.
import type { Environment } from '../core/evidence';
import type { BrowserName, OsName } from '../core/kinds';
import { browser } from './browser';

const OS_BY_PLATFORM: Record<string, OsName> = {
  win: 'windows',
  mac: 'macos',
  linux: 'linux',
  cros: 'chromeos',
  android: 'android',
  openbsd: 'linux',
  fuchsia: 'linux',
};

interface Brand {
  brand: string;
  version: string;
}

function chromiumBrand(): { name: BrowserName; version: string } {
  const brands: Brand[] = (navigator as Navigator & { userAgentData?: { brands: Brand[] } }).userAgentData?.brands ?? [];
  const find = (name: string) => brands.find((b) => b.brand === name);
  const edge = find('Microsoft Edge');
  if (edge) return { name: 'edge', version: edge.version };
  const chrome = find('Google Chrome');
  if (chrome) return { name: 'chrome', version: chrome.version };
  const chromium = find('Chromium');
  return { name: 'chromium', version: chromium?.version ?? '' };
}

let cached: Promise<Environment> | undefined;

export function detectEnvironment(): Promise<Environment> {
  cached ??= (async () => {
    const platform = await browser.runtime.getPlatformInfo();
    const os = OS_BY_PLATFORM[platform.os] ?? 'linux';
    if (__BROWSER__ === 'firefox') {
      const info = await browser.runtime.getBrowserInfo();
      return { browser: 'firefox', version: info.version, os };
    }
    const { name, version } = chromiumBrand();
    return { browser: name, version, os };
  })();
  return cached;
}
