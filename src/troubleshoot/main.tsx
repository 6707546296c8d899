import { render } from 'preact';
import '../ui/theme.css';
import { applyDocumentLanguage } from '../ui/document';
import { readStoredView } from '../ui/useIncidentView';
import { TroubleshooterPage } from './TroubleshooterPage';
import { restoreOwnBadge } from '../background/restore-badge';

applyDocumentLanguage();
const incidentId = new URLSearchParams(location.search).get('incident');
// Opening this page cleared the tab's badge; no background listener watches for that.
if (incidentId) restoreOwnBadge(incidentId).catch(() => undefined);
// The first render already shows the verdict when the incident is stored (it is, before the tab moves here).
void readStoredView(incidentId).then((stored) =>
  render(<TroubleshooterPage incidentId={incidentId} stored={stored} />, document.getElementById('app')!),
);
