/**
 * The one place where storage failures (SQLite result codes and Node file-system errors) become
 * user-readable AndelErrors. Dispatch and the CLI call `storageError` before treating anything as
 * an internal error: a full disk or a read-only file is the user's situation to fix, not a bug.
 */
import { AndelError, ref, type MessageKey, type MessageParams } from '../../shared/errors';
import type { MessageParam } from '../../shared/i18n/translate';

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
 * as they would have). `what` names the action for the message, e.g. "save the change", as a
 * catalogue reference so it is said in the reader's language.
 */
export function storageError(error: unknown, what: MessageParam = ref('error.storage.what.save')): AndelError | null {
  if (error instanceof AndelError) return null;
  const code = codeOf(error);
  if (!code) return null;
  const fail = (messageKey: MessageKey, params: MessageParams = {}): AndelError => new AndelError('FILE_ERROR', ref(messageKey, { what, ...params }));
  switch (primary(code)) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
    case 'EDQUOT':
      return fail('error.storage.diskFull');
    case 'SQLITE_READONLY':
    case 'EROFS':
      return fail('error.storage.readOnly');
    case 'EACCES':
    case 'EPERM':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return fail('error.storage.permission');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return fail('error.storage.busy');
    case 'SQLITE_IOERR':
    case 'EIO':
      return fail('error.storage.io', { detail: code });
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
      return fail('error.storage.cannotOpen');
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return fail('error.storage.damaged');
    default:
      return null;
  }
}
