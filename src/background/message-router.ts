// One entry point for messages: parse, check the sender, act, answer. Extension pages may ask
// about any incident; the banner (a content script) only about its own tab's incidents.
import { ContentToBackgroundSchema, UiToBackgroundSchema, type MessageResult, type UiToBackground } from '../core/messages';
import { browser, type Runtime } from '../platform/browser';
import { incidentView } from './incident-view';
import { requestBack, requestNativePage, requestRetry } from './tab-commands';
import { readProgress, writeProgress } from './progress-store';
import { readIncident } from './session-store';
import { currentIncident } from './current-incident';
import { openTroubleshooterTab } from './troubleshooter-url';
import { verifyFix } from './verify-fix';
import { nameProxyExtension } from './evidence/proxy-evidence';

const isOwnExtension = (sender: Runtime.MessageSender): boolean => sender.id === browser.runtime.id;
const isExtensionPage = (sender: Runtime.MessageSender): boolean =>
  isOwnExtension(sender) && !!sender.url?.startsWith(browser.runtime.getURL(''));
/** The top frame of a web page, where the background injected the banner. */
const isBanner = (sender: Runtime.MessageSender): boolean =>
  isOwnExtension(sender) && !isExtensionPage(sender) && sender.tab?.id !== undefined && sender.frameId === 0;

const reason = (error: { issues: { message: string }[] }) => `malformed message: ${error.issues[0]?.message ?? 'invalid'}`;

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<MessageResult> {
  if (isExtensionPage(sender)) {
    const parsed = UiToBackgroundSchema.safeParse(message);
    return parsed.success ? handleUiMessage(parsed.data) : { ok: false, error: reason(parsed.error) };
  }
  if (isBanner(sender)) {
    const parsed = ContentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: reason(parsed.error) };
    const incident = await readIncident(parsed.data.incidentId);
    if (!incident || incident.tabId !== sender.tab?.id) return { ok: false, error: 'unknown incident' };
    await openTroubleshooterTab(incident.id, sender.tab);
    return { ok: true };
  }
  return { ok: false, error: 'sender is neither an extension page nor the banner' };
}

async function handleUiMessage(msg: UiToBackground): Promise<MessageResult> {
  if (msg.type === 'tab-summary') {
    const current = await currentIncident(msg.tabId);
    return { ok: true, data: current ? incidentView(current) : null };
  }
  const incident = await readIncident(msg.incidentId);
  if (!incident) return { ok: false, error: 'unknown incident' };
  const { tabId } = incident;
  const { url, frame } = incident.evidence.failure;
  switch (msg.type) {
    case 'retry':
      // A failed part of a page is retried by loading the page again, not the part on its own.
      if (frame === 'sub') await browser.tabs.reload(tabId);
      else await requestRetry(tabId, url);
      return { ok: true };
    case 'back':
      await requestBack(tabId, url);
      return { ok: true };
    case 'show-native':
      await requestNativePage(tabId, url);
      return { ok: true };
    case 'describe-incident':
      return { ok: true, data: incidentView(incident) };
    case 'verify-fix':
      return { ok: true, data: await verifyFix(incident) };
    case 'get-progress':
      return { ok: true, data: await readProgress(incident.id) };
    case 'set-progress':
      await writeProgress(incident.id, msg.done);
      return { ok: true };
    case 'open-troubleshooter':
      await openTroubleshooterTab(incident.id, await browser.tabs.get(tabId).catch(() => undefined));
      return { ok: true };
    case 'name-proxy-extension':
      return nameProxyExtension(incident.id);
  }
}
