// The catalog as this build needs it. `__BROWSER__` is a build-time constant: the unused branch
// and its tables are dropped from the bundle.
// - Chromium only ever reports `net::ERR_*` names: its build leaves out the Firefox tables.
// - Firefox reports names, `Error code N` and, in webRequest, message text in the UI language.
//   Its build reads the language-independent forms only and leaves out the Chromium tables: text
//   classifies as `tls-unknown` at first, then the precise code arrives for pages (webNavigation's
//   `Error code N` for frames, which upgrades the incident — repeat-report.ts); failed
//   sub-resources stay `tls-unknown` (classify-subresource.ts).
import { chromiumOffersOverride, classifyChromium } from '../core/catalog/chromium';
import { classifyFirefox, firefoxOffersOverride } from '../core/catalog/firefox';

export const classify: typeof classifyChromium = __BROWSER__ === 'firefox' ? classifyFirefox : classifyChromium;

export const browserOffersOverride: typeof chromiumOffersOverride =
  __BROWSER__ === 'firefox' ? firefoxOffersOverride : chromiumOffersOverride;
