/**
 * Reading a workspace without opening it for work: no lock, no migration written, not one byte of
 * the file changed. A read-only SQLite connection sees what a running app or a crashed process
 * committed to the WAL (a copy of the main file alone would miss it and show stale figures).
 *
 * Without a WAL beside the file (no writer has it open, none crashed) there is nothing to miss, and
 * an in-memory copy of the file is read instead, so no -wal or -shm file is left behind. A copy is
 * also read for a file with schema changes still to apply (they are applied to the copy, so an
 * older workspace reads like a current one and stays as it is on disk), and in a folder where
 * SQLite cannot keep its shared-memory file (read-only).
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './database.types';
import { inspectWorkspaceFile } from './inspect-workspace-file';
import { createKysely } from './kysely-instance';
import { readMigrationState } from './migration-state';
import { runMigrations } from './run-migrations';
import { BUSY_TIMEOUT_MS, type ConnectionOptions, type SqliteDatabase } from './sqlite-connection';

function openReadOnly(path: string, options: ConnectionOptions): SqliteDatabase | null {
  try {
    const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // The first read is where SQLite finds out whether it can use the WAL here.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') return null;
    throw error;
  }
}

/** A writable in-memory copy of the main file, as a rollback-journal database (a copy has no WAL). */
function inMemoryCopy(path: string, options: ConnectionOptions): SqliteDatabase {
  const bytes = readFileSync(path);
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new BetterSqlite3(bytes, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

/** Checks `file`, runs `work` on a read-only view of it and closes the view, whatever happens. */
export async function readingWorkspace<T>(file: string, work: (db: Kysely<Database>, path: string) => Promise<T>, options: ConnectionOptions = {}): Promise<T> {
  const path = resolve(file);
  inspectWorkspaceFile(path, options);
  let sqlite = existsSync(`${path}-wal`) ? openReadOnly(path, options) : null;
  let migrate = false;
  if (sqlite && readMigrationState(sqlite).pending.length > 0) {
    sqlite.close();
    sqlite = null;
  }
  if (!sqlite) {
    sqlite = inMemoryCopy(path, options);
    migrate = readMigrationState(sqlite).pending.length > 0;
  }
  const db = createKysely(sqlite);
  try {
    if (migrate) await runMigrations(db);
    return await work(db, path);
  } finally {
    await db.destroy();
  }
}
