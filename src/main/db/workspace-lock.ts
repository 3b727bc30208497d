/**
 * One writer per workspace file. SQLite's own locking would let two Andel processes interleave
 * edits silently; an exclusive `<file>.lock` holding the owner's pid lets the second one say who
 * has the file. A lock left by a crashed process (its pid no longer runs) is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { AndelError, ref } from '../../shared/errors';

export interface WorkspaceLock {
  readonly lockPath: string;
  release(): void;
}

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

export const lockPathFor = (workspacePath: string): string => `${workspacePath}.lock`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? ''), since: String(parsed.since ?? '') } : null;
  } catch {
    return null;
  }
}

function tryCreate(lockPath: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new AndelError('FILE_ERROR', ref('error.workspace.lockFailed', { lockPath, detail: code ?? 'error' }));
  }
  try {
    writeSync(fd, JSON.stringify(content));
  } finally {
    closeSync(fd);
  }
  return true;
}

export function acquireWorkspaceLock(workspacePath: string, now: () => Date = () => new Date()): WorkspaceLock {
  const lockPath = lockPathFor(workspacePath);
  const mine: LockContent = { pid: process.pid, host: hostname(), since: now().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockPath, mine)) {
      return {
        lockPath,
        release: () => {
          const current = readLock(lockPath);
          if (current?.pid === mine.pid && current.since === mine.since) unlinkSync(lockPath);
        },
      };
    }
    const holder = readLock(lockPath);
    // A lock from another machine (a shared folder) cannot be checked, so it is respected.
    const stale = holder !== null && holder.host === mine.host && holder.pid !== process.pid && !isRunning(holder.pid);
    if (!stale) {
      const who = holder ? `process ${holder.pid}${holder.host !== mine.host ? ` on ${holder.host}` : ''}, since ${holder.since}` : 'another process';
      throw new AndelError('FILE_ERROR', ref('error.workspace.openElsewhere', { path: workspacePath, who, lockPath }));
    }
    try {
      unlinkSync(lockPath);
    } catch {
      // Another process took it over at the same moment; the next attempt decides.
    }
  }
  throw new AndelError('FILE_ERROR', ref('error.workspace.openingElsewhere', { path: workspacePath }));
}
