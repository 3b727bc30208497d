/**
 * The command line's own lines ("Wrote …", "Created …") in the reader's language: the command's
 * `--lang`, else ANDEL_LANG, else the locale (cli-error.ts's `cliLanguage`), from the catalogue.
 */
import { enumWord, translate, type MessageKey, type MessageLanguage, type MessageParams } from '../../shared/i18n/translate';
import { cliLanguage } from './cli-error';

/** The reader's language, by the command line this process runs. */
const readerLanguage = (): MessageLanguage => cliLanguage(process.argv.slice(2), process.env);

/** A phrase of the CLI's own (a column heading, a word in a line), in the reader's language, without a newline. */
export function cliText(key: MessageKey, params?: MessageParams): string {
  return translate(readerLanguage(), key, params);
}

/** One line of the CLI's own, with its newline. */
export function cliLine(key: MessageKey, params?: MessageParams): string {
  return `${cliText(key, params)}\n`;
}

/**
 * A stored value (`municipality`, `member`) in the reader's words where the catalogue has them
 * (`enum.<group>.<value>`); English readers see the value as stored, as scripts always have.
 */
export function cliEnum(group: string, value: string): string {
  const lang = readerLanguage();
  return lang === 'en' ? value : enumWord(lang, group, value);
}
