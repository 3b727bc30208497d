/**
 * The command line's own lines ("Wrote …", "Created …") in the reader's language: the command's
 * `--lang`, else ANDEL_LANG, else the locale (cli-error.ts's `cliLanguage`), from the catalogue.
 */
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import { cliLanguage } from './cli-error';

/** One line of the CLI's own, with its newline. */
export function cliLine(key: MessageKey, params?: MessageParams): string {
  return `${translate(cliLanguage(process.argv.slice(2), process.env), key, params)}\n`;
}
