// One entry point for messages from extension pages: parse, check the sender, act, answer.
import { UiToBackgroundSchema, type MessageResult } from '../core/messages';
import { browser, type Runtime } from '../platform/browser';
import { requestBack, requestNativePage, requestRetry } from './page-failures';
import { readIncident } from './session-store';

const isExtensionPage = (sender: Runtime.MessageSender): boolean =>
  sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<MessageResult> {
  if (!isExtensionPage(sender)) return { ok: false, error: 'sender is not an extension page' };
  const parsed = UiToBackgroundSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const msg = parsed.data;
  const incident = await readIncident(msg.incidentId);
  if (!incident) return { ok: false, error: 'unknown incident' };
  const { tabId } = incident;
  const { url } = incident.evidence.failure;
  switch (msg.type) {
    case 'retry':
      await requestRetry(tabId, url);
      return { ok: true };
    case 'back':
      await requestBack(tabId, url);
      return { ok: true };
    case 'show-native':
      await requestNativePage(tabId, url);
      return { ok: true };
  }
}
