/**
 * Tells main the interface language, now and whenever it changes, so the desktop's menu and
 * dialogs follow the window rather than the operating system. Over the server it changes nothing;
 * a refusal (no bridge yet, not signed in) is harmless and left unsaid.
 */
import type { i18n as I18n } from 'i18next';
import { call } from '../api/client';
import { isLanguage } from '../format/locales';

export function tellMainLanguage(i18n: I18n): void {
  const tell = (language: string): void => {
    if (isLanguage(language)) void call('workspace:setLanguage', { language });
  };
  tell(i18n.resolvedLanguage ?? i18n.language);
  i18n.on('languageChanged', tell);
}
