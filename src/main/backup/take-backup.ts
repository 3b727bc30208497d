/**
 * A consistent copy of an open workspace through SQLite's online backup API, written under a
 * temporary name and renamed into place only when complete, so a crash or a full disk never leaves
 * a half-written file that looks like a backup.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SqliteDatabase } from '../db/sqlite-connection';
import { ref } from '../../shared/errors';
import { storageError } from '../db/sqlite-errors';
import { backupFolderFor, newBackupPath, pruneScheduledBackups } from './backup-files';

export interface TakenBackup {
  path: string;
  /** Older scheduled backups deleted to keep only the newest ones. */
  pruned: string[];
}

/** Copies the database behind `sqlite` to `target` (which must not exist) through a temporary file. */
export async function onlineBackup(sqlite: SqliteDatabase, target: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    await sqlite.backup(temp);
    renameSync(temp, target);
  } catch (error) {
    throw storageError(error, ref('error.storage.what.writeBackup', { name: basename(target) })) ?? error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A scheduled backup of the open workspace into its backup folder, then pruning to the newest `keep`. */
export async function takeScheduledBackup(sqlite: SqliteDatabase, workspacePath: string, now: Date, keep: number): Promise<TakenBackup> {
  mkdirSync(backupFolderFor(workspacePath), { recursive: true });
  const path = newBackupPath(workspacePath, 'scheduled', now);
  await onlineBackup(sqlite, path);
  return { path, pruned: pruneScheduledBackups(workspacePath, keep) };
}
