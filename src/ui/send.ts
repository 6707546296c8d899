import type { MessageResult, UiToBackground } from '../core/messages';
import type { Replies } from '../core/views';
import { browser } from '../platform/browser';

type ReplyTo<M extends UiToBackground> = M['type'] extends keyof Replies ? Replies[M['type']] : unknown;
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Sends a typed message to the background; never throws (a stopped worker is woken by the send).
 * Answers come from the extension's own background, which validated the records it read (zod);
 * pages take them as typed rather than carrying zod themselves (size budgets).
 */
export async function send<M extends UiToBackground>(message: M): Promise<Reply<ReplyTo<M>>> {
  try {
    const result = (await browser.runtime.sendMessage(message)) as MessageResult | undefined;
    return (result as Reply<ReplyTo<M>> | undefined) ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
