// Incident ids: random and unguessable (they appear in the troubleshooter's and the options page's
// URLs), and checked on every way in: stored records, messages, URLs.
import * as z from 'zod/mini';

export const IncidentIdSchema = z.string().check(z.regex(/^[a-z0-9-]{8,64}$/));

export const isIncidentId = (value: unknown): value is string => IncidentIdSchema.safeParse(value).success;

/** A new id: a random UUID (Web Crypto, in every extension context). */
export const newIncidentId = (): string => crypto.randomUUID();
