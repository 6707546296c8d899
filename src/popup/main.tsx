import { render } from 'preact';
import '../ui/theme.css';
import { applyDocumentLanguage } from '../ui/document';
import { PopupApp } from './PopupApp';

applyDocumentLanguage();
render(<PopupApp />, document.getElementById('app')!);
