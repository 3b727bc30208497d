/**
 * Tells main the interface language, now and whenever it changes, so the desktop's menu and
 * dialogs follow the window rather than the operating system. Served by `andel serve` there is no
 * menu: nothing is said (an unasked call before signing in would sign the page out). A refusal is
 * harmless and left unsaid.
 */
import type { i18n as I18n } from 'i18next';
import { call } from '../api/client';
import { isLanguage } from '../format/locales';

export function tellMainLanguage(i18n: I18n): void {
  if (typeof window === 'undefined' || window.andel?.server) return;
  const tell = (language: string): void => {
    if (isLanguage(language)) void call('workspace:setLanguage', { language });
  };
  tell(i18n.resolvedLanguage ?? i18n.language);
  i18n.on('languageChanged', tell);
}
