// Shows the inline banner in a tab's top frame: injected on demand only (no content script is
// declared), given cards the background already diagnosed.
import type { BannerCard } from '../core/banner';
import { browser } from '../platform/browser';
import { BANNER_SCRIPT } from '../content/banner-path';

/**
 * The banner goes to the page whose parts failed, or nowhere: `pageUrl` is that page's address,
 * and `documentId` (Chromium) its document. Injection targets that document only, and the banner
 * shows only while the frame still has that address, so a tab that has moved on to another page
 * since does not get the old page's banner (Firefox, without document ids, keeps the address check).
 */
export async function showBanner(tabId: number, cards: readonly BannerCard[], pageUrl: string, documentId?: string): Promise<void> {
  // `documentIds` (Chrome 106) is missing from the polyfill's types.
  const target = documentId ? ({ tabId, documentIds: [documentId] } as { tabId: number }) : { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, files: [BANNER_SCRIPT] });
    await browser.scripting.executeScript({
      target,
      func: (shown: readonly BannerCard[], url: string) => {
        if (location.href === url) globalThis.__handshakeDoctorBanner?.(shown);
      },
      args: [cards, pageUrl],
    });
  } catch (error) {
    // Pages no extension may script (browser pages, the store, PDFs), or the page is gone: the badge still tells.
    console.warn(`[handshake-doctor] could not show the banner: ${String(error)}`);
  }
}
