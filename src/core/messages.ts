// The one catalogue of messages between contexts, named by direction. Every entry is one message
// type: the fields its request carries and, as a type only, what the receiver answers. Senders
// (src/ui/send.ts, the banner) take their answer types from here; the background's router must
// have one handler per type answering that type (the compiler checks both).
//
// Parsing looks the type up first and then validates against that one schema: a rejection says
// what was wrong with *that* message (or that the type is unknown) instead of listing every
// alternative, and the background does not carry zod's union machinery for it.
import * as z from 'zod/mini';
import type { PortalState } from './captive-portal';
import type { ProxyState } from './evidence';
import { IncidentIdSchema as incidentId } from './incident-id';
import { wholeNumber } from './integer';
import type { FixCheck, IncidentView } from './views';

const stepIds = z.array(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/))).check(z.maxLength(64));

declare const replyType: unique symbol;
/** What the receiver answers to a message type; exists only as a type. */
export interface Reply<R> {
  readonly [replyType]: R;
}
/** Names a message type's answer, `reply<IncidentView>()`: a type only, the value is never read. */
export const reply = <R>(): Reply<R> => undefined as never;

type Shape = z.core.$ZodShape;
/** One message type: the request's fields (besides `type`) and its answer type. */
export interface MessageType<S extends Shape = Shape, R = unknown> {
  readonly fields: S;
  readonly reply?: Reply<R>;
}
/** A message type whose answer is `reply` (none given: it answers only ok or the error). */
export const message = <const S extends Shape, R = undefined>(fields: S, answer?: Reply<R>): MessageType<S, NoInfer<R>> => ({
  fields,
  reply: answer,
});

type Entries = Record<string, MessageType>;
type MessageOf<E extends Entries> = { [K in keyof E & string]: { type: K } & z.infer<z.ZodMiniObject<E[K]['fields']>> }[keyof E & string];
type ReplyOf<T> = T extends MessageType<Shape, infer R> ? R : never;

/** The messages a catalogue accepts. */
export type MessagesOf<C> = C extends MessageCatalogue<infer E> ? MessageOf<E> : never;
/** The answer to a message: `data` is the type's reply (optional where the reply is undefined). */
export type MessageResult<R = unknown> =
  (undefined extends R ? { ok: true; data?: R } : { ok: true; data: R }) | { ok: false; error: string };
/** What catalogue `C` answers to message `M`. */
export type AnswerTo<C, M extends { type: string }> = C extends MessageCatalogue<infer E> ? MessageResult<ReplyOf<E[M['type']]>> : never;
/**
 * One handler per message type of catalogue `C`, each answering its type's reply: a missing
 * handler, an extra one or a wrong answer does not compile. `Context` is what the receiver passes
 * along (the sender).
 */
export type HandlersOf<C, Context> =
  C extends MessageCatalogue<infer E>
    ? {
        readonly [K in keyof E & string]: (
          message: Extract<MessageOf<E>, { type: K }>,
          context: Context,
        ) => Promise<MessageResult<ReplyOf<E[K]>>>;
      }
    : never;

export type CatalogueResult<M> = { success: true; data: M } | { success: false; error: { issues: { message: string }[] } };

export interface MessageCatalogue<E extends Entries> {
  /** The schema of each message type, `type` field included. */
  readonly types: { readonly [K in keyof E]: z.ZodMiniObject<E[K]['fields'] & { type: z.ZodMiniLiteral<K & string> }> };
  /** Never throws: a value that is not one of the catalogue's messages is rejected with a reason. */
  safeParse(value: unknown): CatalogueResult<MessageOf<E>>;
}

const rejected = (message: string): { success: false; error: { issues: { message: string }[] } } => ({
  success: false,
  error: { issues: [{ message }] },
});

export function messageCatalogue<const E extends Entries>(entries: E): MessageCatalogue<E> {
  const types = Object.fromEntries(
    Object.entries(entries).map(([type, { fields }]) => [type, z.object({ ...fields, type: z.literal(type) })]),
  ) as MessageCatalogue<E>['types'];
  return {
    types,
    safeParse(value) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return rejected('expected an object');
      const type: unknown = (value as { type?: unknown }).type;
      // Own keys only: `constructor`, `__proto__` and friends are not message types.
      if (typeof type !== 'string' || !Object.hasOwn(types, type)) return rejected('unknown message type');
      const parsed = (types as Record<string, z.ZodMiniType>)[type]!.safeParse(value);
      if (parsed.success) return { success: true, data: parsed.data as MessageOf<E> };
      // zod/mini carries no message texts ("Invalid input"): the field's name says which one.
      const issue = parsed.error.issues[0];
      return rejected(issue ? `${issue.path.map(String).join('.') || type}: ${issue.message}` : 'invalid');
    },
  };
}

/** From extension pages (troubleshooter, popup, options) to the background. */
export const UiToBackgroundSchema = messageCatalogue({
  /** Navigate the tab to the failed URL again; show the troubleshooter again if it still fails. */
  retry: message({ incidentId }),
  /** Leave the troubleshooter for the page before the failure, skipping the failed entry. */
  back: message({ incidentId }),
  /** One-time pass: load the URL so the browser's own error page (and any override it offers) shows. */
  'show-native': message({ incidentId }),
  /** The incident with its diagnosis, computed by the background. */
  'describe-incident': message({ incidentId }, reply<IncidentView>()),
  /** The tab's latest incident, for the popup (null: none). */
  'tab-summary': message({ tabId: z.number().check(wholeNumber(), z.nonnegative()) }, reply<IncidentView | null>()),
  /** "Did this fix it?": probe the failed URL from the background, say what changed. */
  'verify-fix': message({ incidentId }, reply<FixCheck>()),
  /** Checklist progress of an incident: the ids of the steps done. */
  'get-progress': message({ incidentId }, reply<string[]>()),
  'set-progress': message({ incidentId, done: stepIds }),
  /** Open the troubleshooter for this incident in a new tab (popup, options). */
  'open-troubleshooter': message({ incidentId }),
  /**
   * Name the extension that controls the proxy (needs the optional `management` permission); the
   * background also writes the names into the incident's proxy evidence. No key: none found.
   */
  'name-proxy-extension': message({ incidentId }, reply<Pick<ProxyState, 'controllingExtension' | 'candidateExtensions'>>()),
  /** A private window's failure: run the checks from the normal profile now (the person asked). */
  'probe-private-incident': message({ incidentId }),
  /**
   * Delete history entries (options page): `all`, after any history write the background has
   * under way; `expired`, those older than settings.historyMaxAgeDays.
   */
  'delete-history': message({ scope: z.enum(['all', 'expired']) }),
  /** Open the captive portal's sign-in page the incident recorded, in a new tab left alone. */
  'open-sign-in': message({ incidentId }),
  /** While a portal verdict is shown: check again (rate-limited); passed → the failed site is retried. */
  'portal-recheck': message({ incidentId }, reply<PortalState>()),
});
export type UiToBackground = MessagesOf<typeof UiToBackgroundSchema>;

/** From the inline banner (a content script) to the background. */
export const ContentToBackgroundSchema = messageCatalogue({
  /** Open the full troubleshooter for the banner's incident in a new tab beside the page. */
  'banner-open': message({ incidentId }),
});
export type ContentToBackground = MessagesOf<typeof ContentToBackgroundSchema>;
