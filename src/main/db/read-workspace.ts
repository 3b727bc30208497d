/**
 * Reading a workspace without opening it for work: no lock, no migration written, not one byte of
 * the file changed. A read-only SQLite connection sees what a running app or a crashed process
 * committed to the WAL (a copy of the main file alone would miss it and show stale figures).
 *
 * Without a WAL beside the file (no writer has it open, none crashed) there is nothing to miss, and
 * the file is read as immutable (SQLite reads the pages it needs, takes no lock and creates no
 * -wal or -shm file); it is never copied into memory. A file with schema changes still to apply is
 * copied, with its WAL, into a temporary folder that is removed afterwards; the changes are applied
 * to the copy, so an older workspace reads like a current one and stays as it is. A folder where
 * SQLite cannot keep its shared-memory file (read-only) is read as immutable too.
 */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './database.types';
import { inspectWorkspaceFile } from './inspect-workspace-file';
import { createKysely } from './kysely-instance';
import { readMigrationState } from './migration-state';
import { BUSY_TIMEOUT_MS, openImmutable, openReadWrite, type ConnectionOptions, type SqliteDatabase } from './sqlite-connection';

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

/** A writable copy of the file and its WAL in a fresh temporary folder (copied by the OS, not through memory). */
function temporaryCopy(path: string, options: ConnectionOptions): { sqlite: SqliteDatabase; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'andel-read-'));
  try {
    const copy = join(folder, basename(path));
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    return { sqlite: openReadWrite(copy, options), folder };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Checks `file`, runs `work` on a read-only view of it and closes the view, whatever happens. */
export async function readingWorkspace<T>(file: string, work: (db: Kysely<Database>, path: string) => Promise<T>, options: ConnectionOptions = {}): Promise<T> {
  const path = resolve(file);
  inspectWorkspaceFile(path, options);
  let sqlite = existsSync(`${path}-wal`) ? openReadOnly(path, options) : null;
  sqlite ??= openImmutable(path, options);
  let folder: string | null = null;
  const migrate = readMigrationState(sqlite).pending.length > 0;
  if (migrate) {
    sqlite.close();
    ({ sqlite, folder } = temporaryCopy(path, options));
  }
  const db = createKysely(sqlite);
  try {
    // Loaded only for an older file: a current one needs no migration code (see open-workspace.ts).
    if (migrate) await (await import('./run-migrations')).runMigrations(db);
    return await work(db, path);
  } finally {
    try {
      await db.destroy();
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  }
}
