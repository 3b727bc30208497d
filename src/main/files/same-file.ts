/**
 * Whether two paths name the same file, whatever the path strings say: a symlinked folder, `..`,
 * a hard link or another letter case on a case-insensitive file system must not let an export or a
 * restore land on the open workspace.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AndelError, issue } from '../../shared/errors';
import { ref } from '../../shared/i18n/translate';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The real path of `path` when it exists, else the real path of its nearest existing folder joined with the rest. */
export function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(canonicalPath(parent), basename(absolute));
  }
}

/** True on a folder whose file system ignores letter case (macOS and Windows by default): the same folder is found under another case. */
function caseInsensitiveAt(folder: string): boolean {
  const flipped = folder.replace(/[a-zA-Z]/gu, (letter) => (letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase()));
  if (flipped === folder) return false;
  const a = statOrNull(folder);
  const b = statOrNull(flipped);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/**
 * True when `a` and `b` are the same file: by device and inode when both exist (this sees hard
 * links, symlinks and case), else by canonical path, ignoring case where the folder's file system does.
 */
export function isSameFile(a: string, b: string): boolean {
  const statA = statOrNull(a);
  const statB = statOrNull(b);
  if (statA && statB) return statA.dev === statB.dev && statA.ino === statB.ino;
  const pathA = canonicalPath(a);
  const pathB = canonicalPath(b);
  if (pathA === pathB) return true;
  return pathA.toLowerCase() === pathB.toLowerCase() && caseInsensitiveAt(dirname(pathA));
}

/** The workspace file and the companions SQLite and Andel keep beside it (the lock's: src/main/db/workspace-lock.ts). */
export function workspaceCompanions(workspacePath: string): string[] {
  const real = canonicalPath(workspacePath);
  return [real, `${real}-wal`, `${real}-shm`, `${real}-journal`, `${real}.lock`, join(dirname(real), `.${basename(real)}.andel-lock`)];
}

/** Refuses an output path that is the workspace (or one of its companions) under any name. */
export function refuseWorkspaceAsOutput(out: string, workspacePath: string, field = 'out'): void {
  for (const companion of workspaceCompanions(workspacePath)) {
    if (isSameFile(out, companion)) {
      throw new AndelError('INVALID_INPUT', ref('error.file.workspaceAsOutput', { path: out }), [issue(field, 'error.file.workspaceAsOutputIssue')]);
    }
  }
}
