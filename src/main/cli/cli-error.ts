/**
 * How the CLI ends on an error: one clear message on stderr (with every issue of an invalid
 * document), a non-zero exit code, and a stack trace only when ANDEL_DEBUG=1.
 */
import { AndelError } from '../../shared/errors';
import { storageError } from '../db/sqlite-errors';

export const EXIT_OK = 0;
/** The command could not do what was asked (invalid document, refused file, …). */
export const EXIT_FAILED = 1;
/** The command line itself is wrong (unknown command, missing option). */
export const EXIT_USAGE = 2;
/** A bug in Andel. */
export const EXIT_INTERNAL = 70;

const MAX_ISSUES_SHOWN = 50;

export function reportError(errorGiven: unknown, write: (text: string) => void, debug: boolean): number {
  // A full disk or a read-only file is said plainly, not reported as a bug.
  const error = storageError(errorGiven, 'complete the command') ?? errorGiven;
  if (error instanceof AndelError) {
    const firstLine = error.message.split('\n')[0] ?? error.message;
    const issues = error.issues ?? [];
    const message = issues.length > 1 ? firstLine : error.message;
    write(`andel: ${message}\n`);
    if (issues.length > 1) {
      for (const issue of issues.slice(0, MAX_ISSUES_SHOWN)) write(`  ${issue.path}: ${issue.message}\n`);
      if (issues.length > MAX_ISSUES_SHOWN) write(`  … and ${issues.length - MAX_ISSUES_SHOWN} more\n`);
    }
    write(`  [${error.code}]\n`);
    if (debug && error.stack) write(`${error.stack}\n`);
    return error.code === 'INTERNAL' ? EXIT_INTERNAL : EXIT_FAILED;
  }
  write(`andel: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
  else write('  (set ANDEL_DEBUG=1 for details)\n');
  return EXIT_INTERNAL;
}
