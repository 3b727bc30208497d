/** The languages an export can be written in, chosen at export time (not the UI language). */
export const exportLanguages = ['sv', 'nb', 'en'] as const;

export type ExportLanguage = (typeof exportLanguages)[number];
