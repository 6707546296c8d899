// The one catalogue of messages between contexts, named by direction. Every receiver parses
// with these schemas and rejects anything else with a reason.
//
// A catalogue is one zod object per message `type`. Parsing looks the type up first and then
// validates against that one schema: a rejection says what was wrong with *that* message (or that
// the type is unknown) instead of listing every alternative, and the background does not carry
// zod's union machinery for it.
import * as z from 'zod/mini';
import { IncidentIdSchema as incidentId } from './incident-id';
import { wholeNumber } from './integer';

const stepIds = z.array(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/))).check(z.maxLength(64));

type Shapes = Record<string, z.core.$ZodShape>;
type MessageOf<S extends Shapes> = { [K in keyof S & string]: { type: K } & z.infer<z.ZodMiniObject<S[K]>> }[keyof S & string];
/** The messages a catalogue accepts. */
type MessagesOf<C> = C extends MessageCatalogue<infer S> ? MessageOf<S> : never;

export type CatalogueResult<M> = { success: true; data: M } | { success: false; error: { issues: { message: string }[] } };

export interface MessageCatalogue<S extends Shapes> {
  /** The schema of each message type, `type` field included. */
  readonly types: { readonly [K in keyof S]: z.ZodMiniObject<S[K] & { type: z.ZodMiniLiteral<K & string> }> };
  /** Never throws: a value that is not one of the catalogue's messages is rejected with a reason. */
  safeParse(value: unknown): CatalogueResult<MessageOf<S>>;
}

const rejected = (message: string): { success: false; error: { issues: { message: string }[] } } => ({ success: false, error: { issues: [{ message }] } });

export function messageCatalogue<const S extends Shapes>(shapes: S): MessageCatalogue<S> {
  const types = Object.fromEntries(
    Object.entries(shapes).map(([type, shape]) => [type, z.object({ ...shape, type: z.literal(type) })]),
  ) as MessageCatalogue<S>['types'];
  return {
    types,
    safeParse(value) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return rejected('expected an object');
      const type: unknown = (value as { type?: unknown }).type;
      // Own keys only: `constructor`, `__proto__` and friends are not message types.
      if (typeof type !== 'string' || !Object.hasOwn(types, type)) return rejected('unknown message type');
      const parsed = (types as Record<string, z.ZodMiniType>)[type]!.safeParse(value);
      if (parsed.success) return { success: true, data: parsed.data as MessageOf<S> };
      // zod/mini carries no message texts ("Invalid input"): the field's name says which one.
      const issue = parsed.error.issues[0];
      return rejected(issue ? `${issue.path.map(String).join('.') || type}: ${issue.message}` : 'invalid');
    },
  };
}

/** From extension pages (troubleshooter, popup, options) to the background. */
export const UiToBackgroundSchema = messageCatalogue({
  /** Navigate the tab to the failed URL again; show the troubleshooter again if it still fails. */
  retry: { incidentId },
  /** Leave the troubleshooter for the page before the failure, skipping the failed entry. */
  back: { incidentId },
  /** One-time pass: load the URL so the browser's own error page (and any override it offers) shows. */
  'show-native': { incidentId },
  /** The incident with its diagnosis, computed by the background (answer: IncidentView). */
  'describe-incident': { incidentId },
  /** The tab's latest incident, for the popup (answer: IncidentView or null). */
  'tab-summary': { tabId: z.number().check(wholeNumber(), z.nonnegative()) },
  /** "Did this fix it?": probe the failed URL from the background, say what changed (answer: FixCheck). */
  'verify-fix': { incidentId },
  /** Checklist progress of an incident (answer: step ids done). */
  'get-progress': { incidentId },
  'set-progress': { incidentId, done: stepIds },
  /** Open the troubleshooter for this incident in a new tab (popup, options). */
  'open-troubleshooter': { incidentId },
  /** Name the extension that controls the proxy (needs the optional `management` permission). */
  'name-proxy-extension': { incidentId },
});
export type UiToBackground = MessagesOf<typeof UiToBackgroundSchema>;

/** From the inline banner (a content script) to the background. */
export const ContentToBackgroundSchema = messageCatalogue({
  /** Open the full troubleshooter for the banner's incident in a new tab beside the page. */
  'banner-open': { incidentId },
});
export type ContentToBackground = MessagesOf<typeof ContentToBackgroundSchema>;

export type MessageResult = { ok: true; data?: unknown } | { ok: false; error: string };
