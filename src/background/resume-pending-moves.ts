// Resuming the main-frame flow a stopped worker left half done (the browser stops an idle MV3
// worker at any point, and each step is written down before the next starts).
import { boundUrl } from '../core/url-bound';
import { browser } from '../platform/browser';
import { finishPendingMove, gatherEvidence, onMainFrameFailure } from './main-frame-failure';
import { readTab, storedTabIds, type TabState } from './session-store';
import { loadSettings } from './settings-store';
import { tabShowsTroubleshooterOf } from './troubleshooter-url';
import { enqueue } from './write-queue';

/**
 * Resume what a stopped worker left half done (called once at worker start): failures noted but
 * not recorded are handled again; recorded incidents whose tab did not move (or whose move was
 * not noted) are moved, and their evidence gathered. Returns the ids of the incidents it moved.
 */
export async function resumePendingMoves(): Promise<Set<string>> {
  const moved = new Set<string>();
  for (const id of await storedTabIds()) {
    let cutShort: TabState['failing'];
    const resumed = await enqueue(async () => {
      const state = await readTab(id);
      const tab = await browser.tabs.get(id).catch(() => undefined);
      if (!tab || !state.nav) return undefined;
      // Stored URLs are in their bounded form (url-bound.ts).
      const shows = (url: string) => [tab.url, tab.pendingUrl].some((shown) => shown !== undefined && boundUrl(shown) === url);
      // A failure noted but not recorded: the tab still shows it, or already its troubleshooter
      // (the move starts before the incident is stored: main-frame-failure.ts).
      const failing = state.failing;
      if (failing && (shows(failing.url) || tabShowsTroubleshooterOf(tab, failing.incidentId))) {
        cutShort = failing;
        return undefined;
      }
      const lastId = state.incidentIds[state.incidentIds.length - 1];
      const showsTroubleshooter = !!lastId && tabShowsTroubleshooterOf(tab, lastId);
      if (!shows(state.nav.url) && !showsTroubleshooter) return undefined;
      const settings = await loadSettings();
      const incident = await finishPendingMove(state, state.nav.url, settings);
      return incident && { incident, settings };
    });
    if (resumed) moved.add(resumed.incident.id);
    gatherEvidence(resumed);
    // Outside the queue: onMainFrameFailure queues its own work.
    if (cutShort)
      await onMainFrameFailure({ tabId: id, frameId: 0, url: cutShort.url, error: cutShort.error, timeStamp: cutShort.timeStamp });
  }
  return moved;
}
