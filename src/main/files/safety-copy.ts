/**
 * A safety copy of a workspace file that is about to be replaced as a whole (`andel demo --force`
 * over real work): kept in `<file>-backups/` under the name restore gives its before-restore
 * copy, so `andel backups` lists it and `andel restore` can bring it back.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupFolderFor, newBackupPath } from '../backup/backup-files';

/** Copies the file (and its WAL, which may hold the latest commits) when it exists; returns the copy's path. */
export function keepSafetyCopy(path: string, now: Date = new Date()): string | null {
  const target = resolve(path);
  if (!existsSync(target) || !statSync(target).isFile() || statSync(target).size === 0) return null;
  mkdirSync(backupFolderFor(target), { recursive: true });
  const copy = newBackupPath(target, 'before-restore', now);
  copyFileSync(target, copy);
  if (existsSync(`${target}-wal`)) copyFileSync(`${target}-wal`, `${copy}-wal`);
  return copy;
}
