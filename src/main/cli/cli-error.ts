/**
 * How the CLI ends on an error: one clear message on stderr (with every issue of an invalid
 * document), a non-zero exit code, and a stack trace only when ANDEL_DEBUG=1.
 */
import { AndelError, issuePlace, localizeError, ref } from '../../shared/errors';
import { isMessageLanguage, languageOfLocale, translate, type MessageLanguage } from '../../shared/i18n/translate';
import { storageError } from '../db/sqlite-errors';

// A command that did what was asked exits with 0.
/** The command could not do what was asked (invalid document, refused file, …). */
export const EXIT_FAILED = 1;
/** The command line itself is wrong (unknown command, missing option). */
export const EXIT_USAGE = 2;
/** A bug in Andel. */
export const EXIT_INTERNAL = 70;

const MAX_ISSUES_SHOWN = 50;

/** Ends a command with this exit code after it has already said what went wrong (e.g. a batch with failures). */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

const badOptions = new WeakSet<AndelError>();

/**
 * A value the option never takes (`--lang de`, `--format xml`, `--year 20x6`), in the catalogue's
 * words (`invalidField('--lang', …)`): the command line is wrong, so the command ends with exit
 * code 2, not 1 (which is for what the workspace refuses).
 */
export function asBadOption(error: AndelError): AndelError {
  badOptions.add(error);
  return error;
}

/**
 * The language of the CLI's messages: the command's own `--lang` when it has one, else ANDEL_LANG,
 * else the locale (LC_ALL, LC_MESSAGES, LANG: sv_SE.UTF-8 → sv; nb, nn and no → nb); English otherwise.
 */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): MessageLanguage {
  const flag = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given = flag < 0 ? undefined : argv[flag]!.includes('=') ? argv[flag]!.slice('--lang='.length) : argv[flag + 1];
  if (isMessageLanguage(given)) return given;
  if (isMessageLanguage(env['ANDEL_LANG'])) return env['ANDEL_LANG'];
  return languageOfLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

export function reportError(errorGiven: unknown, write: (text: string) => void, debug: boolean, lang: MessageLanguage = 'en'): number {
  // A full disk or a read-only file is said plainly, not reported as a bug.
  const error = storageError(errorGiven, ref('error.storage.what.command')) ?? errorGiven;
  if (error instanceof AndelError) {
    const localized = localizeError(error.toApiError(), lang);
    const firstLine = localized.message.split('\n')[0] ?? localized.message;
    const issues = localized.issues ?? [];
    const message = issues.length > 1 ? firstLine : localized.message;
    write(`andel: ${message}\n`);
    if (issues.length > 1) {
      for (const issue of issues.slice(0, MAX_ISSUES_SHOWN)) write(`  ${issuePlace(issue, lang)}: ${issue.message}\n`);
      if (issues.length > MAX_ISSUES_SHOWN) write(`  ${translate(lang, 'cli.andMore', { count: issues.length - MAX_ISSUES_SHOWN })}\n`);
    }
    write(`  [${error.code}]\n`);
    if (debug && error.stack) write(`${error.stack}\n`);
    return error.code === 'INTERNAL' ? EXIT_INTERNAL : badOptions.has(error) ? EXIT_USAGE : EXIT_FAILED;
  }
  write(`andel: ${translate(lang, 'cli.internalError', { detail: error instanceof Error ? error.message : String(error) })}\n`);
  if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
  else write(`  ${translate(lang, 'cli.debugHint')}\n`);
  return EXIT_INTERNAL;
}
