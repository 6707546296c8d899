// storage.session updates are read-modify-write, often of several keys together (a tab's state
// and its incidents); events arrive concurrently. Running them through one queue keeps them in
// order so no update overwrites another. (An item's own `update` orders that one item only.)
import { serialQueue } from '../platform/storage-item';

/** The queue the background's storage.session read-modify-writes go through. */
export const enqueue = serialQueue();
