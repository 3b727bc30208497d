/**
 * Opens better-sqlite3 connections. The native module is Node's build under tests and the CLI;
 * inside Electron the caller passes the Electron build's path (`nativeBinding`), see src/main/native.
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface ConnectionOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node's own build when absent. */
  nativeBinding?: string | undefined;
}

export type SqliteDatabase = BetterSqlite3.Database;

export const BUSY_TIMEOUT_MS = 5000;

/** A read-write connection with the pragmas every Andel connection uses. */
export function openReadWrite(path: string, options: ConnectionOptions, { create = false } = {}): SqliteDatabase {
  const db = new BetterSqlite3(path, {
    fileMustExist: !create,
    timeout: BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * SQLite URIs are off in better-sqlite3's build (SQLITE_USE_URI=0); its addon turns them on when
 * this variable says 1 as it loads. Andel only ever passes absolute paths (never starting with
 * `file:`), so URIs on change nothing else. Set before the first connection loads the addon.
 */
process.env['SQLITE_USE_URI'] = '1';

/**
 * A read-only view of the main file, to look inside before deciding whether to open it for real,
 * or to read a file no writer has open. Opened as `immutable=1`: SQLite takes no locks and creates
 * no -wal/-shm/-journal file, and reads only the pages a query needs (the file is never copied
 * into memory). A WAL beside the file is ignored, as a copy of the main file would ignore it.
 */
export function openImmutable(path: string, options: ConnectionOptions): SqliteDatabase {
  // pathToFileURL percent-encodes what a URI would misread (`?`, `#`, `%`, spaces, non-ASCII).
  const uri = `${pathToFileURL(path).href}?immutable=1`;
  const native = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  try {
    return new BetterSqlite3(uri, { readonly: true, fileMustExist: true, ...native });
  } catch (error) {
    // Only when the addon was loaded before this module set the variable (URIs then stay off and
    // the URI reads as a missing file): read a copy of the file, as Andel did before.
    if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN' || !existsSync(path)) throw error;
    return inMemoryCopy(path, native);
  }
}

function inMemoryCopy(path: string, native: ConnectionOptions): SqliteDatabase {
  const bytes = readFileSync(path);
  // Bytes 18–19 say "WAL"; a deserialized database has no WAL, so mark the copy as rollback-journal.
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new BetterSqlite3(bytes, { readonly: true, ...native });
}
