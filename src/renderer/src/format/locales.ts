/** The interface languages Andel ships, and the Intl locale each one formats numbers and dates with (declared in shared/domain). */
export { defaultLanguage, intlLocale, isLanguage, languages, type Language } from '../../../shared/domain/languages';
