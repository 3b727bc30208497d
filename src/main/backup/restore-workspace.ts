/**
 * Restoring a workspace from a backup: the backup is verified first, the workspace's lock is taken
 * (so a file open in another Andel window or process is refused), the current file is copied into
 * the backup folder, and only then is the backup put in its place, through a temporary file and a
 * rename, so an interrupted restore leaves either the old file or the restored one.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AndelError, ref } from '../../shared/errors';
import type { ConnectionOptions } from '../db/sqlite-connection';
import { storageError } from '../db/sqlite-errors';
import { acquireWorkspaceLock } from '../db/workspace-lock';
import { faultPoint } from '../files/fault-point';
import { removeDeadLeftovers } from '../files/leftovers';
import { canonicalPath, isSameFile } from '../files/same-file';
import { backupFolderFor, newBackupPath } from './backup-files';
import { onlineBackup } from './take-backup';
import { verifyBackup, type VerifiedBackup } from './verify-backup';

export interface RestoreOptions extends ConnectionOptions {
  now?: () => Date;
  /** Restore even when the backup belongs to another workspace (another creation time: names may change). */
  force?: boolean;
}

export interface RestoreResult {
  path: string;
  restoredFrom: string;
  /** The copy of the file as it was before the restore, or null when there was no file. */
  previousCopy: string | null;
}

function readIdentity(path: string, options: ConnectionOptions): VerifiedBackup | null {
  try {
    return verifyBackup(path, options);
  } catch {
    return null; // a damaged current file is exactly what a restore is for
  }
}

/** Keeps the current file (with what its WAL holds) as a before-restore copy. */
async function keepCurrent(path: string, now: Date, options: ConnectionOptions): Promise<string> {
  mkdirSync(backupFolderFor(path), { recursive: true });
  const copy = newBackupPath(path, 'before-restore', now);
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new BetterSqlite3(path, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    await onlineBackup(sqlite, copy);
    return copy;
  } catch {
    // Not readable as SQLite (damaged): keep its bytes as they are, WAL included.
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    return copy;
  } finally {
    sqlite?.close();
  }
}

export async function restoreWorkspace(pathGiven: string, backupGiven: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  // The real file, not a symlink's own name: restoring through a link must restore the file it
  // points at (renaming over the link would replace the link and leave the real file old).
  const path = canonicalPath(pathGiven);
  const backupPath = resolve(backupGiven);
  const now = options.now ?? (() => new Date());
  if (isSameFile(backupPath, path)) throw new AndelError('INVALID_INPUT', ref('error.backup.fromItself'));
  const backup = verifyBackup(backupPath, options);
  if (!existsSync(dirname(path))) throw new AndelError('FILE_ERROR', ref('error.workspace.folderMissing', { folder: dirname(path) }));

  const lock = acquireWorkspaceLock(path, { now, nativeBinding: options.nativeBinding });
  removeDeadLeftovers(dirname(path), 'restoring');
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.restoring`);
  try {
    let previousCopy: string | null = null;
    if (existsSync(path)) {
      const current = readIdentity(path, options);
      if (current && !options.force && current.createdAt !== backup.createdAt) {
        const params = { name: basename(backupPath), backupWorkspace: backup.workspaceName, backupCreated: backup.createdAt, workspace: current.workspaceName, created: current.createdAt };
        throw new AndelError('CONFLICT', ref('error.backup.otherWorkspace', params));
      }
      previousCopy = await keepCurrent(path, now(), options);
      faultPoint('restore:kept');
    }
    rmSync(temp, { force: true });
    copyFileSync(backupPath, temp);
    faultPoint('restore:copied');
    // The old file's WAL and shared memory would be replayed into the restored file.
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    renameSync(temp, path);
    faultPoint('restore:placed');
    return { path, restoredFrom: backupPath, previousCopy };
  } catch (error) {
    throw storageError(error, ref('error.storage.what.restore', { name: basename(path) })) ?? error;
  } finally {
    rmSync(temp, { force: true });
    lock.release();
  }
}
