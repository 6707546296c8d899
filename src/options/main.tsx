import { render } from 'preact';
import '../ui/theme.css';
import { applyDocumentLanguage } from '../ui/document';
import { t } from '../ui/i18n';

applyDocumentLanguage();
render(
  <main class="page">
    <h1>{t('extName')}</h1>
  </main>,
  document.getElementById('app')!,
);
