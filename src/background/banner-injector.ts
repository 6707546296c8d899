// Shows the inline banner in a tab's top frame: injected on demand only (no content script is
// declared), given cards the background already diagnosed.
import type { BannerCard } from '../core/banner';
import { browser } from '../platform/browser';
import { BANNER_SCRIPT } from '../content/banner-path';

export async function showBanner(tabId: number, cards: readonly BannerCard[]): Promise<void> {
  const target = { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, files: [BANNER_SCRIPT] });
    await browser.scripting.executeScript({
      target,
      func: (shown: readonly BannerCard[]) => globalThis.__handshakeDoctorBanner?.(shown),
      args: [cards],
    });
  } catch (error) {
    // Pages no extension may script (browser pages, the store, PDFs): the badge still tells.
    console.warn(`[handshake-doctor] could not show the banner: ${String(error)}`);
  }
}
