// The catalog as this build needs it. Chromium only ever reports `net::ERR_*` names, so the
// Chromium build leaves out the Firefox tables (most of the catalog's weight); the Firefox build
// keeps every dialect, because Firefox reports its own names, numbers and translated text.
// `__BROWSER__` is a build-time constant: the unused branch and its tables are dropped.
import { chromiumOffersOverride, classifyChromium } from '../core/catalog/chromium';
import { classify as classifyAnyDialect } from '../core/catalog/classify';
import { browserOffersOverride as anyDialectOffersOverride } from '../core/catalog/override';

export const classify: typeof classifyAnyDialect = __BROWSER__ === 'firefox' ? classifyAnyDialect : classifyChromium;

export const browserOffersOverride: typeof anyDialectOffersOverride =
  __BROWSER__ === 'firefox' ? anyDialectOffersOverride : chromiumOffersOverride;
