// The background's message router (src/background/message-router.ts): who may send what, a
// reason for every refusal, and a handler behind every message type of each catalogue.
import { describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/core/incident';
import { ContentToBackgroundSchema, UiToBackgroundSchema } from '../../../src/core/messages';
import type { Runtime } from '../../../src/platform/browser';
import { boundUrl } from '../../../src/core/url-bound';
import { expiredCertIncident } from '../../fixtures/incident';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const session: Record<string, unknown> = {};
// Storage and tabs as far as reading an incident and a tab's summary needs them.
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    runtime: { id: SELF, getURL: (path: string) => `chrome-extension://${SELF}/${path}` },
    storage: { session: { get: async (key: string) => (key in session ? { [key]: session[key] } : {}) } },
    tabs: { get: async (tabId: number) => ({ id: tabId, url: 'https://healthy.hd.test/' }) },
  },
}));
const tabCommands = vi.hoisted(() => ({
  requestBack: vi.fn(),
  // Retry and the native page answer whether the whole failed URL was known.
  requestRetry: vi.fn(async () => true),
  requestNativePage: vi.fn(async () => true),
}));
vi.mock('../../../src/background/tab-commands', () => tabCommands);
const { handleMessage } = await import('../../../src/background/message-router');

const incident = expiredCertIncident({ url: 'https://expired.hd.test/' });
session[`incident:${incident.id}`] = incident;
/** An incident whose failed URL was too long to store whole. */
const cutIncident = expiredCertIncident({ id: 'cut-url-incident', url: `https://expired.hd.test/${'p'.repeat(1_000_000)}` });
cutIncident.evidence.failure.url = boundUrl(cutIncident.evidence.failure.url);
session[`incident:${cutIncident.id}`] = cutIncident;
const missingId = '00000000-0000-4000-8000-000000000000';

const page = { id: SELF, url: `chrome-extension://${SELF}/src/popup/index.html` };
const banner = (tabId: number) => ({
  id: SELF,
  url: 'https://expired.hd.test/',
  tab: { id: tabId } as Runtime.MessageSender['tab'],
  frameId: 0,
});
const withIncident = (catalogue: { types: Record<string, { shape: object }> }) =>
  Object.entries(catalogue.types)
    .filter(([, schema]) => 'incidentId' in schema.shape)
    .map(([type]) => type);

describe('handleMessage', () => {
  // Where the whole URL is looked for is tab-commands.test.ts's; this is the answer the page gets.
  it('answers that the failed URL is no longer known when Retry or the native page cannot find it whole', async () => {
    tabCommands.requestRetry.mockResolvedValueOnce(false);
    tabCommands.requestNativePage.mockResolvedValueOnce(false);
    const lost = { ok: false, error: 'the failed URL is no longer known' };
    const troubleshooter = { id: SELF, url: `chrome-extension://${SELF}/src/troubleshoot/index.html?incident=${cutIncident.id}` };
    expect(await handleMessage({ type: 'retry', incidentId: cutIncident.id }, troubleshooter)).toEqual(lost);
    expect(await handleMessage({ type: 'show-native', incidentId: cutIncident.id }, troubleshooter)).toEqual(lost);
  });

  it('answers only extension pages and the top frame of a tab', async () => {
    const refused = { ok: false, error: 'sender is neither an extension page nor the banner' };
    const message = { type: 'banner-open', incidentId: incident.id };
    expect(await handleMessage(message, { id: 'another-extension', url: page.url })).toEqual(refused);
    expect(await handleMessage(message, { ...banner(7), frameId: 1 })).toEqual(refused);
    expect(await handleMessage(message, { id: SELF, url: 'https://expired.hd.test/' })).toEqual(refused);
  });

  it('refuses what is not a message of the sender’s catalogue, with the reason', async () => {
    expect(await handleMessage({ type: 'banner-open', incidentId: incident.id }, page)).toEqual({
      ok: false,
      error: 'malformed message: unknown message type',
    });
    expect(await handleMessage({ type: 'describe-incident', incidentId: incident.id }, banner(7))).toEqual({
      ok: false,
      error: 'malformed message: unknown message type',
    });
    expect(await handleMessage({ type: 'retry' }, page)).toEqual({ ok: false, error: 'malformed message: incidentId: Invalid input' });
  });

  it('every message type naming an incident has a handler, which refuses an id with no incident', async () => {
    const types = withIncident(UiToBackgroundSchema);
    expect(types.length).toBeGreaterThan(1);
    for (const type of types)
      expect(await handleMessage({ type, incidentId: missingId, done: [] }, page), type).toEqual({ ok: false, error: 'unknown incident' });
    for (const type of withIncident(ContentToBackgroundSchema))
      expect(await handleMessage({ type, incidentId: missingId }, banner(7)), type).toEqual({ ok: false, error: 'unknown incident' });
  });

  it('answers a page with the incident view and the tab summary', async () => {
    const described = await handleMessage({ type: 'describe-incident', incidentId: incident.id }, page);
    expect(described.ok && (described.data as { incident: Incident }).incident).toEqual(incident);
    expect(await handleMessage({ type: 'tab-summary', tabId: 3 }, page)).toEqual({ ok: true, data: null });
  });

  it("lets the banner reach only its own tab's incidents", async () => {
    expect(await handleMessage({ type: 'banner-open', incidentId: incident.id }, banner(8))).toEqual({
      ok: false,
      error: 'unknown incident',
    });
  });
});

describe('Back, Retry and the native page', () => {
  const failedPage = expiredCertIncident({ id: 'failed-page-incident', tabId: 3, url: 'https://expired.hd.test/' });
  session[`incident:${failedPage.id}`] = failedPage;
  const troubleshooterIn = (tabId: number) => ({
    id: SELF,
    url: `chrome-extension://${SELF}/src/troubleshoot/index.html?incident=${failedPage.id}`,
    tab: { id: tabId } as Runtime.MessageSender['tab'],
    frameId: 0,
  });
  const commands = [
    ['back', tabCommands.requestBack],
    ['retry', tabCommands.requestRetry],
    ['show-native', tabCommands.requestNativePage],
  ] as const;

  it("act on the asking troubleshooter's tab, not the incident's, when it is open in another tab", async () => {
    for (const [type, command] of commands) {
      command.mockClear();
      expect(await handleMessage({ type, incidentId: failedPage.id }, troubleshooterIn(9)), type).toEqual({ ok: true });
      expect(command.mock.calls[0]?.slice(0, 2), type).toEqual([9, 'https://expired.hd.test/']);
      expect(command, type).toHaveBeenCalledOnce();
    }
  });

  it("act on the incident's tab when asked from the popup, in no tab or in a tab of its own", async () => {
    const popupInTab = { ...page, tab: { id: 12 } as Runtime.MessageSender['tab'], frameId: 0 };
    for (const sender of [page, popupInTab])
      for (const [type, command] of commands) {
        command.mockClear();
        expect(await handleMessage({ type, incidentId: failedPage.id }, sender), type).toEqual({ ok: true });
        expect(command.mock.calls[0]?.slice(0, 2), type).toEqual([3, 'https://expired.hd.test/']);
        expect(command, type).toHaveBeenCalledOnce();
      }
  });
});
