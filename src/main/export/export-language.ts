import { languages, type Language } from '../../shared/domain/languages';

/** The languages an export can be written in, chosen at export time (not the UI language). */
export const exportLanguages = languages;

export type ExportLanguage = Language;
