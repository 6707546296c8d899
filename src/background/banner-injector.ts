// Shows the inline banner in a tab's top frame: injected on demand only (no content script is
// declared), given cards the background already diagnosed.
import type { BannerCard } from '../core/banner';
import { browser } from '../platform/browser';
import { BANNER_SCRIPT } from '../content/banner-path';

/**
 * `documentId` (Chromium): the top document the cards are about. Injection targets that document
 * only, so a tab that has moved on to another page since does not get the old page's banner (the
 * call then fails, as for a closed tab). Without it (Firefox): the tab's top frame.
 */
export async function showBanner(tabId: number, cards: readonly BannerCard[], documentId?: string): Promise<void> {
  // `documentIds` (Chrome 106) is missing from the polyfill's types.
  const target = documentId ? ({ tabId, documentIds: [documentId] } as { tabId: number }) : { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, files: [BANNER_SCRIPT] });
    await browser.scripting.executeScript({
      target,
      func: (shown: readonly BannerCard[]) => globalThis.__handshakeDoctorBanner?.(shown),
      args: [cards],
    });
  } catch (error) {
    // Pages no extension may script (browser pages, the store, PDFs), or the page is gone: the badge still tells.
    console.warn(`[handshake-doctor] could not show the banner: ${String(error)}`);
  }
}
