/**
 * i18next set up once, with all three languages bundled: Andel runs offline, so there is nothing
 * to fetch. The chosen language is remembered on this computer.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language } from '../format/locales';
import en from './en.json';
import nb from './nb.json';
import sv from './sv.json';

export const resources = { sv: { translation: sv }, nb: { translation: nb }, en: { translation: en } } as const;

const STORAGE_KEY = 'andel.language';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    // Storage can be unavailable (private mode, a locked profile): the default is fine.
    return defaultLanguage;
  }
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'en',
    // React escapes text itself; escaping twice would show &amp; in names like "A & B".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembering the choice is harmless.
    }
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
