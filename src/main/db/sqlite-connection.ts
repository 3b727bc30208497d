/**
 * Opens better-sqlite3 connections. The native module is Node's build under tests and the CLI;
 * inside Electron the caller passes the Electron build's path (`nativeBinding`), see src/main/native.
 */
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';

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
 * A read-only in-memory copy of the file, to look inside before deciding whether to open it for
 * real. Nothing touches the file: no locks, no -wal/-shm files (a `file:…?immutable=1` URI would
 * do the same, but better-sqlite3 enables URIs only through an environment variable at load time).
 */
export function openInMemoryCopy(path: string, options: ConnectionOptions): SqliteDatabase {
  const bytes = readFileSync(path);
  // Bytes 18–19 say "WAL"; a deserialized database has no WAL, so mark the copy as rollback-journal.
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new BetterSqlite3(bytes, {
    readonly: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}
