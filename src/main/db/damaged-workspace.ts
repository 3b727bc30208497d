/**
 * What a user reads when a workspace file is damaged: what is wrong, that the file was not
 * changed, and which backup to restore — the newest one that passes SQLite's integrity check.
 */
import { basename } from 'node:path';
import { AndelError, ref, type MessageRef } from '../../shared/errors';
import { listBackups, type BackupEntry } from '../backup/backup-files';
import { openImmutable, type ConnectionOptions, type SqliteDatabase } from './sqlite-connection';

/** SQLite's quick check of the open database: null when it is whole, else what it found (a few lines). */
export function quickCheckProblems(sqlite: SqliteDatabase): string | null {
  try {
    const rows = (sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[]).map((row) => row.quick_check);
    return rows.length === 1 && rows[0] === 'ok' ? null : rows.slice(0, 3).join('; ');
  } catch (error) {
    // A page damaged badly enough stops the check itself (SQLITE_CORRUPT): that is its finding.
    if (isDamageError(error)) return (error as Error).message;
    throw error;
  }
}

/** SQLite's own word that the file is damaged. */
export function isDamageError(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

function isWhole(path: string, options: ConnectionOptions): boolean {
  try {
    const copy = openImmutable(path, options);
    try {
      const rows = (copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((row) => row.integrity_check);
      return rows.length === 1 && rows[0] === 'ok';
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}

/** The newest backup of the workspace that is whole, or null. */
export function newestGoodBackup(workspacePath: string, options: ConnectionOptions = {}): BackupEntry | null {
  return listBackups(workspacePath).find((entry) => isWhole(entry.path, options)) ?? null;
}

function restoreAdvice(path: string, options: ConnectionOptions): { advice: MessageRef; backup: BackupEntry | null } {
  const backup = newestGoodBackup(path, options);
  return {
    backup,
    advice: backup ? ref('error.workspace.restoreAdvice', { backup: backup.path, takenAt: backup.takenAt, path }) : ref('error.workspace.noGoodBackup'),
  };
}

/** FILE_ERROR for a damaged workspace; its issue `backup` names the file to restore, when there is one. */
export function damagedWorkspaceError(path: string, damage: { truncated: { size: number; pageSize: number } } | { check: string }, options: ConnectionOptions = {}): AndelError {
  const { advice, backup } = restoreAdvice(path, options);
  const name = basename(path);
  const message = 'truncated' in damage
    ? ref('error.workspace.truncated', { name, size: damage.truncated.size, pageSize: damage.truncated.pageSize, advice })
    : ref('error.workspace.damaged', { name, detail: damage.check, advice });
  return new AndelError('FILE_ERROR', message, backup ? [{ path: 'backup', message: backup.path }] : undefined);
}
