import { render } from 'preact';
import '../ui/theme.css';
import { applyDocumentLanguage } from '../ui/document';
import { TroubleshooterPage } from './TroubleshooterPage';

applyDocumentLanguage();
const incidentId = new URLSearchParams(location.search).get('incident');
render(<TroubleshooterPage incidentId={incidentId} />, document.getElementById('app')!);
