import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language } from '../format/locales';

/** The interface language (which also decides number, money and date formats) and a way to change it. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const setLanguage = useCallback((next: Language) => void i18n.changeLanguage(next), [i18n]);
  return [language, setLanguage];
}
