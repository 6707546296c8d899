// One entry point for messages: check the sender, parse, act, answer. Extension pages may ask
// about any incident; the banner (a content script) only about its own tab's incidents. Each
// catalogue of src/core/messages.ts has a handler map here that must cover every message type.
import {
  ContentToBackgroundSchema,
  UiToBackgroundSchema,
  type HandlersOf,
  type MessageCatalogue,
  type MessageResult,
  type MessageType,
} from '../core/messages';
import type { Incident } from '../core/incident';
import { browser, type Runtime } from '../platform/browser';
import { incidentView } from '../platform/incident-view';
import { requestBack, requestNativePage, requestRetry } from './tab-commands';
import { readProgress, writeProgress } from './progress-store';
import { readIncident } from './session-store';
import { currentIncident } from './current-incident';
import { isTroubleshooterUrl, openTroubleshooterTab } from './troubleshooter-url';
import { verifyFix } from './verify-fix';
import { nameProxyExtension } from './evidence/proxy-evidence';
import { probeOnRequest } from './probe-on-request';
import { clearHistory, expireHistory } from './history-store';
import { loadSettings } from './settings-store';
import { openSignIn, recheckPortal } from './portal-sign-in';

const isOwnExtension = (sender: Runtime.MessageSender): boolean => sender.id === browser.runtime.id;
const isExtensionPage = (sender: Runtime.MessageSender): boolean =>
  isOwnExtension(sender) && !!sender.url?.startsWith(browser.runtime.getURL(''));
/** The top frame of a web page, where the background injected the banner. */
const isBanner = (sender: Runtime.MessageSender): boolean =>
  isOwnExtension(sender) && !isExtensionPage(sender) && sender.tab?.id !== undefined && sender.frameId === 0;

/**
 * The tab a failed page's Retry, Back and native page act on: the asking troubleshooter's own,
 * which may be another tab than the incident's (its URL opened again there); from the popup (in
 * no tab, or a tab of its own on Firefox for Android), the incident's.
 */
const pageTab = (sender: Runtime.MessageSender, incidentTab: number): number =>
  isTroubleshooterUrl(sender.url) ? (sender.tab?.id ?? incidentTab) : incidentTab;

const OK = { ok: true } as const;
const UNKNOWN_INCIDENT = { ok: false, error: 'unknown incident' } as const;
/** A failed URL too long to store whole that neither the asking page nor the tab keeps any more. */
const URL_LOST = { ok: false, error: 'the failed URL is no longer known' } as const;

/** A handler for a message about an incident: it runs only when that incident exists. */
const withIncident =
  <M extends { incidentId: string }, R>(
    act: (incident: Incident, message: M, sender: Runtime.MessageSender) => Promise<MessageResult<R>>,
  ) =>
  async (message: M, sender: Runtime.MessageSender): Promise<MessageResult<R>> => {
    const incident = await readIncident(message.incidentId);
    return incident ? act(incident, message, sender) : UNKNOWN_INCIDENT;
  };

const fromPages: HandlersOf<typeof UiToBackgroundSchema, Runtime.MessageSender> = {
  'tab-summary': async ({ tabId }) => {
    const current = await currentIncident(tabId);
    return { ok: true, data: current ? incidentView(current) : null };
  },
  retry: withIncident(async ({ tabId, evidence: { failure } }, _message, sender) => {
    // A failed part of a page is retried by loading that page again, in its own tab.
    if (failure.frame === 'sub') await browser.tabs.reload(tabId);
    else if (!(await requestRetry(pageTab(sender, tabId), failure.url, sender.url))) return URL_LOST;
    return OK;
  }),
  back: withIncident(async ({ tabId, evidence }, _message, sender) => {
    await requestBack(pageTab(sender, tabId), evidence.failure.url);
    return OK;
  }),
  'show-native': withIncident(async ({ tabId, evidence }, _message, sender) =>
    (await requestNativePage(pageTab(sender, tabId), evidence.failure.url, sender.url)) ? OK : URL_LOST,
  ),
  'describe-incident': withIncident(async (incident) => ({ ok: true, data: incidentView(incident) })),
  'verify-fix': withIncident(async (incident) => ({ ok: true, data: await verifyFix(incident) })),
  'get-progress': withIncident(async ({ id }) => ({ ok: true, data: await readProgress(id) })),
  'set-progress': withIncident(async ({ id }, { done }) => {
    await writeProgress(id, done);
    return OK;
  }),
  'open-troubleshooter': withIncident(async ({ id, tabId }) => {
    await openTroubleshooterTab(id, await browser.tabs.get(tabId).catch(() => undefined));
    return OK;
  }),
  'name-proxy-extension': withIncident(({ id }) => nameProxyExtension(id)),
  'probe-private-incident': withIncident(async (incident) => {
    await probeOnRequest(incident);
    return OK;
  }),
  'delete-history': async ({ scope }) => {
    await (scope === 'all' ? clearHistory() : expireHistory(await loadSettings()));
    return OK;
  },
  'open-sign-in': withIncident(openSignIn),
  'portal-recheck': withIncident(recheckPortal),
};

const fromBanner: HandlersOf<typeof ContentToBackgroundSchema, Runtime.MessageSender> = {
  // Only the incidents of the banner's own tab: another tab's id is as unknown as a made-up one.
  'banner-open': withIncident(async ({ id, tabId }, _message, sender) => {
    if (tabId !== sender.tab?.id) return UNKNOWN_INCIDENT;
    await openTroubleshooterTab(id, sender.tab);
    return OK;
  }),
};

/** Parses `message` with `catalogue` and hands it to the handler of its type, or rejects it with a reason. */
async function route<E extends Record<string, MessageType>>(
  catalogue: MessageCatalogue<E>,
  handlers: HandlersOf<MessageCatalogue<E>, Runtime.MessageSender>,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<MessageResult> {
  const parsed = catalogue.safeParse(message);
  if (!parsed.success) return { ok: false, error: `malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const handle = handlers[parsed.data.type] as (message: unknown, sender: Runtime.MessageSender) => Promise<MessageResult>;
  return handle(parsed.data, sender);
}

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<MessageResult> {
  if (isExtensionPage(sender)) return route(UiToBackgroundSchema, fromPages, message, sender);
  if (isBanner(sender)) return route(ContentToBackgroundSchema, fromBanner, message, sender);
  return { ok: false, error: 'sender is neither an extension page nor the banner' };
}
