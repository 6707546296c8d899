// When the rate-limited evidence rounds last ran, in storage.session, so "at most one round per
// minute" holds across worker restarts too. Validated on read; anything malformed reads as "never".
import * as z from 'zod/mini';
import { CaptivePortalSchema, ProbeResultSchema } from '../../core/evidence';
import { EVIDENCE_ROUNDS_KEY as KEY } from '../../core/storage-keys';
import { browser } from '../../platform/browser';
import { enqueue } from '../write-queue';

const RoundsSchema = z.object({
  otherSites: z.optional(z.object({ at: z.number(), results: z.array(ProbeResultSchema).check(z.maxLength(50)) })),
  timeCheck: z.optional(z.object({ at: z.number() })),
  portal: z.optional(z.object({ at: z.number(), portalSince: z.optional(z.number()), result: CaptivePortalSchema })),
});
export type Rounds = z.infer<typeof RoundsSchema>;

export async function readRounds(): Promise<Rounds> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  if (stored === undefined) return {};
  const parsed = RoundsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(`[handshake-doctor] dropped corrupt ${KEY}`);
  return {};
}

export function updateRounds(update: (r: Rounds) => Rounds): Promise<void> {
  return enqueue(async () => {
    await browser.storage.session.set({ [KEY]: update(await readRounds()) });
  });
}
