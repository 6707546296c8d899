import type { MessageResult, UiToBackground } from '../core/messages';
import { browser } from '../platform/browser';

/** Sends a typed message to the background; never throws (a stopped worker is woken by the send). */
export async function send(message: UiToBackground): Promise<MessageResult> {
  try {
    return ((await browser.runtime.sendMessage(message)) as MessageResult | undefined) ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
