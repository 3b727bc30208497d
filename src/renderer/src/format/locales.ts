/** The interface languages Andel ships, and the Intl locale each one formats numbers and dates with. */
import { type Language } from '../../../shared/domain/languages';

export { defaultLanguage, isLanguage, languages, type Language } from '../../../shared/domain/languages';

// English users of Andel are Nordic public bodies: British conventions (day-month-year) read
// more naturally to them than US ones.
const intlLocales: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

export function intlLocale(language: Language): string {
  return intlLocales[language];
}
