// An Incident is one TLS failure the extension reacted to, with the evidence gathered for it.
// Stored in storage.session (per-tab, survives worker restarts); a trimmed copy goes to history.
import * as z from 'zod/mini';
import { EvidenceSchema } from './evidence';
import { IncidentIdSchema } from './incident-id';
import { wholeNumber } from './integer';
import { StoredUrlSchema } from './url-bound';

export const IncidentSchema = z.object({
  id: IncidentIdSchema,
  tabId: z.number().check(wholeNumber()),
  /** `pending`: recorded, tab not yet moved; `shown`: the troubleshooter opened; `passive`: recorded only (banner, badge). */
  status: z.enum(['pending', 'shown', 'passive']),
  incognito: z.boolean(),
  createdAt: z.number(),
  evidence: EvidenceSchema,
  /** For a failed part of a page (frame `sub`): the page it belonged to, so surfaces can tell whether the tab still shows it. */
  pageUrl: z.optional(StoredUrlSchema),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** Parse a stored record; returns undefined (never throws) on anything malformed. */
export function parseIncident(value: unknown): Incident | undefined {
  const result = IncidentSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
