/**
 * Mistakes in the command line itself (a missing option, an unknown command), which commander
 * reports in English, in the reader's language: its error line put in the catalogue's words, and
 * a short hint to --help instead of the whole (English) help text. Loaded only for sv and nb.
 */
import { translate, type MessageKey, type MessageLanguage } from '../../shared/i18n/translate';

/** Commander's error lines (v14) and the message each becomes; the first group is the parameter. */
const patterns: readonly { pattern: RegExp; key: MessageKey; param: string }[] = [
  { pattern: /^error: required option '([^']+)' not specified/u, key: 'cli.usage.requiredOption', param: 'option' },
  { pattern: /^error: missing required argument '([^']+)'/u, key: 'cli.usage.missingArgument', param: 'argument' },
  { pattern: /^error: unknown option '([^']+)'/u, key: 'cli.usage.unknownOption', param: 'option' },
  { pattern: /^error: option '([^']+)' argument missing/u, key: 'cli.usage.optionValueMissing', param: 'option' },
  { pattern: /^error: unknown command '([^']+)'/u, key: 'cli.usage.unknownCommand', param: 'command' },
  { pattern: /^error: too many arguments(?: for '([^']+)')?/u, key: 'cli.usage.tooManyArguments', param: 'command' },
];

/** Commander's error text in `lang`; a line it does not know stays as it came. */
export function usageError(text: string, lang: MessageLanguage): string {
  for (const { pattern, key, param } of patterns) {
    const found = pattern.exec(text);
    if (!found) continue;
    const suggestion = /\(Did you mean (.+)\?\)/u.exec(text)?.[1];
    const line = translate(lang, key, { [param]: found[1] ?? 'andel' });
    return `${suggestion ? `${line} ${translate(lang, 'cli.usage.didYouMean', { suggestion })}` : line}\n`;
  }
  return text;
}

export const seeHelp = (lang: MessageLanguage): string => translate(lang, 'cli.usage.seeHelp');
