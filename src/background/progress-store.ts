// Checklist progress per incident in storage.session: it survives reloads of the troubleshooter
// and restarts of the worker, and goes with the tab's incidents.
import * as z from 'zod/mini';
import { browser } from '../platform/browser';

const ProgressSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(64));

export const progressKey = (incidentId: string) => `progress:${incidentId}`;

export async function readProgress(incidentId: string): Promise<string[]> {
  const key = progressKey(incidentId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined) return [];
  const parsed = ProgressSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(`[handshake-doctor] dropped corrupt ${key}`);
  return [];
}

export async function writeProgress(incidentId: string, done: readonly string[]): Promise<void> {
  await browser.storage.session.set({ [progressKey(incidentId)]: [...new Set(done)] });
}
