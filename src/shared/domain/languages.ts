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
