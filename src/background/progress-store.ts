// Checklist progress per incident in storage.session: it survives reloads of the troubleshooter
// and restarts of the worker, and goes with the tab's incidents.
import * as z from 'zod/mini';
import { progressKey } from '../core/storage-keys';
import { defineItem, wholeValue } from '../platform/storage-item';

const ProgressSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(64));
const readProgressList = wholeValue(ProgressSchema, (): string[] => []);
const progressItem = (incidentId: string) => defineItem({ area: 'session', key: progressKey(incidentId), read: readProgressList });

export const readProgress = (incidentId: string): Promise<string[]> => progressItem(incidentId).get();

export const writeProgress = (incidentId: string, done: readonly string[]): Promise<void> =>
  progressItem(incidentId).set([...new Set(done)]);
