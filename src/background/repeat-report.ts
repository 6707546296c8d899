// A repeat report of a failed navigation that names the failure more exactly than the first one
// upgrades the incident. Firefox reports a failed main frame in webRequest first, as message text
// in the UI language (a German UI gives "Das Zertifikat der Gegenstelle ist abgelaufen.", which
// only classifies as `tls-unknown`), then in webNavigation as `Error code N`, which is the same in
// every language. The troubleshooter re-renders from storage, so the page sharpens in place.
import type { Classification } from '../core/catalog';
import { isMorePrecise } from '../core/catalog/precision';
import { recordHistory, type HistoryBounds } from './history-store';
import { readIncident, writeIncident, type TabState } from './session-store';
import { rememberFailure } from './recent-failures-store';

/**
 * Upgrades the tab's latest incident for `url` to `classification` when that is more precise.
 * The first report's `rawError` stays (it is what the browser said first, in the person's
 * language); `errorCode` and `kind` take the precise values. Call inside the write queue.
 */
export async function upgradeFromRepeatReport(
  state: TabState,
  url: string,
  classification: Classification,
  history: HistoryBounds,
): Promise<void> {
  const lastId = state.incidentIds[state.incidentIds.length - 1];
  const incident = lastId ? await readIncident(lastId) : undefined;
  if (!incident || incident.evidence.failure.url !== url) return;
  const { failure } = incident.evidence;
  if (!isMorePrecise(failure, classification)) return;
  const upgraded = { ...failure, kind: classification.kind, errorCode: classification.errorCode };
  const next = { ...incident, evidence: { ...incident.evidence, failure: upgraded } };
  await writeIncident(next);
  // The recent-failures list counts hosts per kind: give this host its precise entry too (a
  // private window's failures are never remembered).
  if (!incident.incognito) await rememberFailure(upgraded, upgraded.host);
  // The history entry (same id) is replaced by the precise one; it keeps its own write order.
  recordHistory(next, history).catch(() => undefined);
}
