import type { MessageKey } from '../core/message-key';
import { t, uiLanguage } from './i18n';

/** Sets <html lang> and the title from the browser's UI language (screen readers and fonts rely on it). */
export function applyDocumentLanguage(titleKey: MessageKey = 'extName'): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
