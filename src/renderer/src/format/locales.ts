/** The interface languages Andel ships, and the Intl locale each one formats numbers and dates with. */
export const languages = ['sv', 'nb', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'sv';

// English users of Andel are Nordic public bodies: British conventions (day-month-year) read
// more naturally to them than US ones.
const intlLocales: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

export function intlLocale(language: Language): string {
  return intlLocales[language];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
