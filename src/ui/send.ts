import type { AnswerTo, UiToBackground, UiToBackgroundSchema } from '../core/messages';
import { browser } from '../platform/browser';

/**
 * Sends a typed message to the background and returns the answer its catalogue entry names; never
 * throws (a stopped worker is woken by the send). Answers come from the extension's own background,
 * which validated the records it read (zod); pages take them as typed rather than carrying zod
 * themselves (size budgets).
 */
export async function send<M extends UiToBackground>(message: M): Promise<AnswerTo<typeof UiToBackgroundSchema, M>> {
  try {
    const result = (await browser.runtime.sendMessage(message)) as AnswerTo<typeof UiToBackgroundSchema, M> | undefined;
    return result ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
