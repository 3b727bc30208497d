/**
 * A consistent copy of an open workspace through SQLite's online backup API, written under a
 * temporary name and renamed into place only when complete, so a crash or a full disk never leaves
 * a half-written file that looks like a backup.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SqliteDatabase } from '../db/sqlite-connection';
import { AndelError, ref } from '../../shared/errors';
import { quickCheckProblems } from '../db/damaged-workspace';
import { faultPoint } from '../files/fault-point';
import { removeDeadLeftovers } from '../files/leftovers';
import { storageError } from '../db/sqlite-errors';
import { backupFolderFor, newBackupPath, pruneBackups } from './backup-files';

export interface TakenBackup {
  path: string;
  /** Older backups of the same kind deleted by the age rule. */
  pruned: string[];
}

/** Copies the database behind `sqlite` to `target` (which must not exist) through a temporary file. */
export async function onlineBackup(sqlite: SqliteDatabase, target: string): Promise<void> {
  removeDeadLeftovers(dirname(target), 'partial');
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    await sqlite.backup(temp);
    faultPoint('backup:copied');
    renameSync(temp, target);
  } catch (error) {
    throw storageError(error, ref('error.storage.what.writeBackup', { name: basename(target) })) ?? error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * A backup of the open workspace into its backup folder (`scheduled` by the app, `manual` by
 * `andel backup`), then pruning that kind by age (./retention.ts). A workspace that fails SQLite's
 * check is not copied: a damaged copy would replace good ones as they age out.
 */
export async function takeBackup(sqlite: SqliteDatabase, workspacePath: string, now: Date, kind: 'scheduled' | 'manual' = 'scheduled'): Promise<TakenBackup> {
  const problems = quickCheckProblems(sqlite);
  if (problems) throw new AndelError('FILE_ERROR', ref('error.backup.sourceDamaged', { path: workspacePath, detail: problems }));
  mkdirSync(backupFolderFor(workspacePath), { recursive: true });
  const path = newBackupPath(workspacePath, kind, now);
  await onlineBackup(sqlite, path);
  return { path, pruned: pruneBackups(workspacePath, kind, now) };
}
