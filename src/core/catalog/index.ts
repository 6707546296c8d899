// What the error catalog hands out: a raw browser error's kind and normalized code. The classifiers
// themselves are per browser (chromium.ts, firefox.ts), chosen by the build in src/platform/catalog.ts.
export type { Classification } from './classification';
