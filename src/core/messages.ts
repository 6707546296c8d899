// The one catalogue of messages between contexts, named by direction. Every receiver parses
// with these schemas and rejects anything else with a reason.
import * as z from 'zod/mini';

const incidentId = z.string().check(z.regex(/^[a-z0-9-]{8,64}$/));
const stepIds = z.array(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/))).check(z.maxLength(64));

/** From extension pages (troubleshooter, popup, options) to the background. */
export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  /** Navigate the tab to the failed URL again; show the troubleshooter again if it still fails. */
  z.object({ type: z.literal('retry'), incidentId }),
  /** Leave the troubleshooter for the page before the failure, skipping the failed entry. */
  z.object({ type: z.literal('back'), incidentId }),
  /** One-time pass: load the URL so the browser's own error page (and any override it offers) shows. */
  z.object({ type: z.literal('show-native'), incidentId }),
  /** The incident with its diagnosis, computed by the background (answer: IncidentView). */
  z.object({ type: z.literal('describe-incident'), incidentId }),
  /** The tab's latest incident, for the popup (answer: IncidentView or null). */
  z.object({ type: z.literal('tab-summary'), tabId: z.number().check(z.int(), z.nonnegative()) }),
  /** "Did this fix it?": probe the failed URL from the background, say what changed (answer: FixCheck). */
  z.object({ type: z.literal('verify-fix'), incidentId }),
  /** Checklist progress of an incident (answer: step ids done). */
  z.object({ type: z.literal('get-progress'), incidentId }),
  z.object({ type: z.literal('set-progress'), incidentId, done: stepIds }),
  /** Open the troubleshooter for this incident in a new tab (popup, options). */
  z.object({ type: z.literal('open-troubleshooter'), incidentId }),
  /** Name the extension that controls the proxy (needs the optional `management` permission). */
  z.object({ type: z.literal('name-proxy-extension'), incidentId }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

/** From the inline banner (a content script) to the background. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  /** Open the full troubleshooter for the banner's incident in a new tab beside the page. */
  z.object({ type: z.literal('banner-open'), incidentId }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

export type MessageResult = { ok: true; data?: unknown } | { ok: false; error: string };
