/**
 * Opening a workspace file for work: refuse what is not ours or is too new (without touching it),
 * take the lock, back up before a schema change, migrate, and hand out a typed Kysely instance.
 */
import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { AndelError, ref } from '../../shared/errors';
import type { MessageRef } from '../../shared/i18n/translate';
import { backupBeforeMigrate } from './backup-before-migrate';
import { damagedWorkspaceError, isDamageError, quickCheckProblems } from './damaged-workspace';
import type { Database } from './database.types';
import { inspectWorkspaceFile, newerVersionError } from './inspect-workspace-file';
import { createKysely } from './kysely-instance';
import { readMigrationState } from './migration-state';
import { networkFileSystemOf } from './network-file-system';
import { reportWorkspaceWarning } from './workspace-warnings';
import { openReadWrite, type ConnectionOptions, type SqliteDatabase } from './sqlite-connection';
import { acquireWorkspaceLock } from './workspace-lock';

export interface OpenOptions extends ConnectionOptions {
  now?: () => Date;
  /** Which network file system a path lies on, or null (default: networkFileSystemOf; tests stand in for a share). */
  networkFileSystemOf?: (path: string) => string | null;
  /** Tests only: migrate to this migration instead of the latest. */
  migrateTo?: string;
}

export interface WorkspaceHandle {
  readonly path: string;
  readonly sqlite: SqliteDatabase;
  readonly db: Kysely<Database>;
  /** The copy made before migrating, or null when the schema was already current. */
  readonly backupPath: string | null;
  /** What the user should know about where the file lies (a network file system), or null. */
  readonly warning: MessageRef | null;
  close(): Promise<void>;
}

function assertWritable(path: string): void {
  for (const [target, what] of [[path, 'file'], [dirname(path), 'folder']] as const) {
    try {
      accessSync(target, constants.R_OK | constants.W_OK);
    } catch {
      throw new AndelError('FILE_ERROR', ref('error.workspace.readOnly', { path, what: ref(`error.workspace.what.${what}`), target }));
    }
  }
}

/** Opens the connection and decides whether a backup and migration are needed, before any write. */
function openChecked(path: string, options: OpenOptions, now: () => Date): { sqlite: SqliteDatabase; backupPath: string | null; pending: boolean } {
  let sqlite = openReadWrite(path, options);
  // Read again through the real connection: unlike the immutable probe it sees a WAL left by a crash.
  const state = readMigrationState(sqlite);
  if (state.unknown.length > 0) {
    sqlite.close();
    throw newerVersionError(path, `unknown schema changes ${state.unknown.join(', ')}`);
  }
  let backupPath: string | null = null;
  if (state.pending.length > 0) {
    sqlite.close(); // the last connection's close checkpoints the WAL into the main file
    backupPath = backupBeforeMigrate(path, state.applied.length, now());
    sqlite = openReadWrite(path, options);
  }
  return { sqlite, backupPath, pending: state.pending.length > 0 };
}

/** SQLite's WAL is unsafe on a network file system: say so (the file still opens). */
function networkWarning(path: string, options: OpenOptions): MessageRef | null {
  const fileSystem = (options.networkFileSystemOf ?? networkFileSystemOf)(path);
  if (!fileSystem) return null;
  const warning = ref('warning.workspace.networkFileSystem', { path, fileSystem });
  reportWorkspaceWarning(warning);
  return warning;
}

export async function openWorkspace(pathGiven: string, options: OpenOptions = {}): Promise<WorkspaceHandle> {
  const path = resolve(pathGiven);
  const now = options.now ?? (() => new Date());
  inspectWorkspaceFile(path, options);
  assertWritable(path);
  const lock = acquireWorkspaceLock(path, { now, nativeBinding: options.nativeBinding });
  let sqlite: SqliteDatabase | null = null;
  try {
    const opened = openChecked(path, options, now);
    sqlite = opened.sqlite;
    // A damaged page must not take edits (and then spread into every backup): refuse the file as it is.
    const problems = quickCheckProblems(sqlite);
    if (problems) throw damagedWorkspaceError(path, { check: problems }, options);
    sqlite.pragma('journal_mode = WAL');
    const db = createKysely(sqlite);
    // Nothing is written to a current workspace by opening it: the migrator (which takes its lock
    // row even when it has nothing to do) runs only when there is a schema change to apply, and only
    // then are the migrations and kysely's schema builder loaded (a fifth of a command's start-up).
    if (opened.pending || options.migrateTo) await (await import('./run-migrations')).runMigrations(db, options.migrateTo);
    let closed = false;
    return {
      path,
      sqlite,
      db,
      backupPath: opened.backupPath,
      warning: networkWarning(path, options),
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await db.destroy();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    if (sqlite?.open) sqlite.close();
    lock.release();
    if (error instanceof AndelError) throw error;
    if (isDamageError(error)) throw damagedWorkspaceError(path, { check: (error as Error).message }, options);
    throw new AndelError('FILE_ERROR', ref('error.workspace.cannotOpen', { path, detail: (error as Error).message }));
  }
}
