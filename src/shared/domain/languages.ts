/**
 * The languages Andel speaks — its screens, its messages, its exports and a workspace's locale:
 * Swedish, Norwegian Bokmål and English. Declared once; every other language list derives from it.
 */
export const languages = ['sv', 'nb', 'en'] as const;
export type Language = (typeof languages)[number];

/** Swedish: what a workspace, an export or a screen speaks when nothing else is said. */
export const defaultLanguage: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

// English users of Andel are Nordic public bodies: British conventions (day-month-year) read
// more naturally to them than US ones.
const intlLocales: Readonly<Record<Language, string>> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/** The Intl locale (and BCP 47 tag) each language formats numbers and dates with. */
export function intlLocale(language: Language): string {
  return intlLocales[language];
}
