import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { applyDocumentLanguage } from '../ui/document';
import { OptionsApp } from './OptionsApp';

applyDocumentLanguage('ui_opt_document_title');
render(<OptionsApp />, document.getElementById('app')!);
