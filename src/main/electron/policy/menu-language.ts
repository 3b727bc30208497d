import type { Language } from '../../../shared/domain/languages';
import { languageOfLocale } from '../../../shared/i18n/translate';

/** The language of the menu and main's dialogs: the one chosen in the window once the renderer has said it, else the operating system's. */
export function menuLanguage(chosen: Language | null | undefined, osLocale: string): Language {
  return chosen ?? languageOfLocale(osLocale);
}
