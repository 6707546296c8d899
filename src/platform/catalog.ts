// The catalog as this build needs it. `__BROWSER__` is a build-time constant: the unused branch
// and its tables are dropped from the bundle.
// - Chromium only ever reports `net::ERR_*` names: its build leaves out the Firefox tables.
// - Firefox reports names, `Error code N` and, in webRequest, message text in the UI language.
//   Its build reads the language-independent forms only and leaves out the Chromium tables and the
//   en-US message texts: text classifies as `tls-unknown` at first, then the precise code arrives
//   (webNavigation's `Error code N` for frames, which upgrades the incident — repeat-report.ts — and
//   the probe frame for sub-resources — classify-subresource.ts). The texts were a shortcut that
//   only ever worked for English UIs, at a third of the background's size. It also leaves out
//   the names of non-TLS results (readFirefoxTlsTokens): it drops those failures unread.
import { chromiumOffersOverride, classifyChromium } from '../core/catalog/chromium';
import { classifierOf, readFirefoxTlsTokens, type classify as classifyAnyDialect } from '../core/catalog/classify';
import { firefoxOffersOverride, type browserOffersOverride as anyDialectOffersOverride } from '../core/catalog/override';

export const classify: typeof classifyAnyDialect = __BROWSER__ === 'firefox' ? classifierOf(readFirefoxTlsTokens) : classifyChromium;

export const browserOffersOverride: typeof anyDialectOffersOverride =
  __BROWSER__ === 'firefox' ? firefoxOffersOverride : chromiumOffersOverride;
