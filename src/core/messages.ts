// The one catalogue of messages between contexts, named by direction. Every receiver parses
// with these schemas and rejects anything else with a reason.
import * as z from 'zod/mini';

const incidentId = z.string().check(z.regex(/^[a-z0-9-]{8,64}$/));

/** From extension pages (troubleshooter, popup, options) to the background. */
export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  /** Navigate the tab to the failed URL again; show the troubleshooter again if it still fails. */
  z.object({ type: z.literal('retry'), incidentId }),
  /** Leave the troubleshooter for the page before the failure, skipping the failed entry. */
  z.object({ type: z.literal('back'), incidentId }),
  /** One-time pass: load the URL so the browser's own error page (and any override it offers) shows. */
  z.object({ type: z.literal('show-native'), incidentId }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

export type MessageResult = { ok: true; data?: unknown } | { ok: false; error: string };
