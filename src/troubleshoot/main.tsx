import { render } from 'preact';
import '../ui/theme.css';
import { applyDocumentLanguage } from '../ui/document';
import { readStoredView } from '../ui/useIncidentView';
import { TroubleshooterPage } from './TroubleshooterPage';
import { markOwnTab } from '../platform/badge';

applyDocumentLanguage();
const incidentId = new URLSearchParams(location.search).get('incident');
// The first render already shows the verdict when the incident is stored (it is, before the tab moves here).
void readStoredView(incidentId).then((stored) => {
  render(<TroubleshooterPage incidentId={incidentId} stored={stored} />, document.getElementById('app')!);
  // Opening this page cleared the tab's badge; no background listener watches for that.
  if (stored) markOwnTab(stored.incident.tabId).catch(() => undefined);
});
