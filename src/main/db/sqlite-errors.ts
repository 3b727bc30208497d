/**
 * The one place where storage failures (SQLite result codes and Node file-system errors) become
 * user-readable AndelErrors. Dispatch and the CLI call `storageError` before treating anything as
 * an internal error: a full disk or a read-only file is the user's situation to fix, not a bug.
 */
import { AndelError } from '../../shared/errors';

const NOTHING_CHANGED = 'Nothing was half-written: the workspace is as it was before.';

interface CodedError {
  code?: unknown;
  message?: unknown;
}

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as CodedError).code;
  return typeof code === 'string' ? code : null;
}

/** SQLite extended codes (`SQLITE_READONLY_DBMOVED`, `SQLITE_IOERR_WRITE`…) grouped by their primary code. */
function primary(code: string): string {
  if (!code.startsWith('SQLITE_')) return code;
  const [, name] = /^SQLITE_([A-Z]+)/.exec(code) ?? [];
  return name ? `SQLITE_${name}` : code;
}

/**
 * The plain message for a storage failure, or null when `error` is not one (callers then handle it
 * as they would have). `what` names the action for the message, e.g. "save the change".
 */
export function storageError(error: unknown, what = 'save the change'): AndelError | null {
  if (error instanceof AndelError) return null;
  const code = codeOf(error);
  if (!code) return null;
  switch (primary(code)) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
    case 'EDQUOT':
      return new AndelError('FILE_ERROR', `Andel could not ${what}: the disk is full. Free some space and try again. ${NOTHING_CHANGED}`);
    case 'SQLITE_READONLY':
    case 'EROFS':
      return new AndelError(
        'FILE_ERROR',
        `Andel could not ${what}: the workspace file (or its folder) is read-only. Check the file's permissions, or save a copy elsewhere. ${NOTHING_CHANGED}`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return new AndelError('FILE_ERROR', `Andel could not ${what}: permission denied for the workspace file or its folder. ${NOTHING_CHANGED}`);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AndelError(
        'FILE_ERROR',
        `Andel could not ${what}: the workspace file is busy (another program is using it). Try again in a moment. ${NOTHING_CHANGED}`,
      );
    case 'SQLITE_IOERR':
    case 'EIO':
      return new AndelError('FILE_ERROR', `Andel could not ${what}: the disk reported a read or write error (${code}). ${NOTHING_CHANGED}`);
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
      return new AndelError('FILE_ERROR', `Andel could not ${what}: the workspace file cannot be opened (was it moved or deleted?). ${NOTHING_CHANGED}`);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AndelError(
        'FILE_ERROR',
        `Andel could not ${what}: the workspace file is damaged. Restore it from a backup (andel backups <file>). ${NOTHING_CHANGED}`,
      );
    default:
      return null;
  }
}
