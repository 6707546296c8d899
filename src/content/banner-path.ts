import type { BannerCard } from '../core/banner';

/** Where the build puts the banner script (build/banner-script.ts); the background injects it from here. */
export const BANNER_SCRIPT = 'content/banner.js';

declare global {
  /** The banner script's entry point in the extension's isolated world (banner.ts sets it; the background calls it). */
  var __handshakeDoctorBanner: ((cards: readonly BannerCard[]) => void) | undefined;
}
