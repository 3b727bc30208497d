/**
 * Where backups of a workspace live and what they are called. Scheduled backups and the copies kept
 * before a restore go into `<file>-backups/` beside the workspace (for `budget.andel`:
 * `budget.andel-backups/`); the copies made before a schema update stay where they always were,
 * beside the file (`<file>.backup-<UTC>-v<level>.andel`, see src/main/db/backup-before-migrate.ts).
 */
import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { backupsToPrune } from './retention';

/** `manual`: taken by `andel backup` (e.g. a nightly job); kept by the same rule as scheduled ones, but on its own. */
export type BackupKind = 'scheduled' | 'manual' | 'before-restore' | 'before-migration';

export interface BackupEntry {
  path: string;
  fileName: string;
  kind: BackupKind;
  /** When it was taken, from its name (UTC, ISO 8601). */
  takenAt: string;
  sizeBytes: number;
}

export const backupFolderFor = (workspacePath: string): string => `${workspacePath}-backups`;

/** `budget.andel` → `budget`. */
const stemOf = (workspacePath: string): string => basename(workspacePath, extname(workspacePath));

/** `2026-11-21T22:15:03.123Z` → `20261121T221503123Z`: sortable, and valid in every file system. */
export function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseCompactUtc(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(text);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z`;
}

const TIME = '(\\d{8}T\\d{6}(?:\\d{3})?Z)(?:-\\d+)?';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patterns(workspacePath: string): { kind: BackupKind; folder: string; re: RegExp }[] {
  const stem = escape(stemOf(workspacePath));
  const name = escape(basename(workspacePath));
  return [
    { kind: 'scheduled', folder: backupFolderFor(workspacePath), re: new RegExp(`^${stem}-${TIME}\\.andel$`) },
    { kind: 'manual', folder: backupFolderFor(workspacePath), re: new RegExp(`^${stem}-manual-${TIME}\\.andel$`) },
    { kind: 'before-restore', folder: backupFolderFor(workspacePath), re: new RegExp(`^${stem}-before-restore-${TIME}\\.andel$`) },
    { kind: 'before-migration', folder: dirname(workspacePath), re: new RegExp(`^${name}\\.backup-${TIME}-v\\d+(?:-\\d+)?\\.andel$`) },
  ];
}

/** A new, unused file name in the backup folder for a backup of `kind` taken at `now`. */
export function newBackupPath(workspacePath: string, kind: Exclude<BackupKind, 'before-migration'>, now: Date): string {
  const stem = stemOf(workspacePath);
  const base = join(backupFolderFor(workspacePath), `${stem}-${kind === 'scheduled' ? '' : `${kind}-`}${compactUtc(now)}`);
  let target = `${base}.andel`;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}.andel`;
  return target;
}

/** Every backup of the workspace that Andel made, newest first. */
export function listBackups(workspacePath: string): BackupEntry[] {
  const entries: BackupEntry[] = [];
  for (const { kind, folder, re } of patterns(workspacePath)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // no backups of this kind yet
    }
    for (const fileName of names) {
      const match = re.exec(fileName);
      const takenAt = match?.[1] ? parseCompactUtc(match[1]) : null;
      if (!takenAt) continue;
      const path = join(folder, fileName);
      let sizeBytes: number;
      try {
        const stat = statSync(path);
        if (!stat.isFile()) continue;
        sizeBytes = stat.size;
      } catch {
        continue;
      }
      entries.push({ path, fileName, kind, takenAt, sizeBytes });
    }
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.fileName.localeCompare(a.fileName));
}

/**
 * Deletes the backups of `kind` that the age rule lets go (./retention.ts); other kinds are never
 * pruned. Returns what was deleted.
 */
export function pruneBackups(workspacePath: string, kind: 'scheduled' | 'manual', now: Date): string[] {
  const removed: string[] = [];
  for (const entry of backupsToPrune(listBackups(workspacePath).filter((found) => found.kind === kind), now)) {
    try {
      unlinkSync(entry.path);
      removed.push(entry.path);
    } catch {
      // Already gone or not removable: pruning is best effort and is tried again next time.
    }
  }
  return removed;
}
