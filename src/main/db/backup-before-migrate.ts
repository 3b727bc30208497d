import { constants, copyFileSync, existsSync } from 'node:fs';
import { AndelError } from '../../shared/errors';

/** `2026-11-21T22:15:03.123Z` → `20261121T221503Z`: sortable, and valid in every file system. */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Copies the workspace file before its schema is changed: `<file>.backup-<UTC>-v<level>.andel`
 * next to it. Called only while this process holds the lock and has no connection open, so the
 * main file is complete (closing the last connection checkpoints the WAL).
 */
export function backupBeforeMigrate(path: string, schemaLevel: number, now: Date): string {
  const base = `${path}.backup-${compactUtc(now)}-v${schemaLevel}`;
  let target = `${base}.andel`;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}.andel`;
  try {
    copyFileSync(path, target, constants.COPYFILE_EXCL);
  } catch (error) {
    throw new AndelError(
      'FILE_ERROR',
      `Cannot make a backup copy of ${path} before updating it (${(error as NodeJS.ErrnoException).code ?? 'error'}); the file was not changed.`,
    );
  }
  return target;
}
