import { render } from 'preact';
import '../ui/theme.css';
import { applyDocumentLanguage } from '../ui/document';
import { TroubleshooterPage } from './TroubleshooterPage';
import { restoreOwnBadge } from '../background/restore-badge';

applyDocumentLanguage();
const incidentId = new URLSearchParams(location.search).get('incident');
// Opening this page cleared the tab's badge; no background listener watches for that.
if (incidentId) restoreOwnBadge(incidentId).catch(() => undefined);
render(<TroubleshooterPage incidentId={incidentId} />, document.getElementById('app')!);
