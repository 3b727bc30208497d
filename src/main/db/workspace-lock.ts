/**
 * One writer per workspace file, decided by the operating system rather than by a pid file.
 *
 * The lock is SQLite's write lock (`BEGIN IMMEDIATE`, never committed) on an empty companion
 * database `.<name>.andel-lock` beside the file's REAL path, so it follows the file whatever path
 * it is opened by (a symlinked folder, `..`, another spelling). The operating system releases it
 * when the holder's process ends, however it ends: a crashed holder leaves nothing to take over,
 * and two processes starting together cannot both win (the file system's lock decides). The
 * companion is never written (it stays 0 bytes) and never deleted: deleting a lock file another
 * process is about to open would let two processes lock two different files.
 *
 * `<file>.lock` holds who has the file (pid, host, since), for the message a second opener reads;
 * it is information only and never decides anything, so an empty or stale one (a full disk, a
 * crash) blocks nobody.
 */
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AndelError, ref } from '../../shared/errors';
import { canonicalPath } from '../files/same-file';
import type { ConnectionOptions } from './sqlite-connection';

export interface WorkspaceLock {
  readonly lockPath: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

export interface LockOptions extends ConnectionOptions {
  now?: () => Date;
}

/** Who holds the file, for people (information only). */
export const lockPathFor = (workspacePath: string): string => `${canonicalPath(workspacePath)}.lock`;

/** The file whose operating-system lock is the workspace's lock. */
export const lockFilePathFor = (workspacePath: string): string => {
  const real = canonicalPath(workspacePath);
  return join(dirname(real), `.${basename(real)}.andel-lock`);
};

function readHolder(path: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? ''), since: String(parsed.since ?? '') } : null;
  } catch {
    return null;
  }
}

/** Best effort: a full disk or a read-only note must not stop a lock that is held. */
function writeHolder(path: string, holder: Holder): void {
  const temp = `${path}.${holder.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(holder));
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function acquireWorkspaceLock(workspacePath: string, options: LockOptions = {}): WorkspaceLock {
  const now = options.now ?? (() => new Date());
  const lockFile = lockFilePathFor(workspacePath);
  const infoPath = lockPathFor(workspacePath);
  let connection: BetterSqlite3.Database;
  try {
    connection = new BetterSqlite3(lockFile, { timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    throw new AndelError('FILE_ERROR', ref('error.workspace.lockFailed', { lockPath: lockFile, detail: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  try {
    connection.pragma('busy_timeout = 0');
    // The RESERVED lock: one connection at a time may hold it, and it is held until the connection
    // closes (nothing is ever written, so the file stays empty). Not EXCLUSIVE: reaching that
    // needs every other SHARED lock gone, so two openers starting together could both give up.
    connection.exec('BEGIN IMMEDIATE');
  } catch (error) {
    connection.close();
    if (!isBusy(error)) throw new AndelError('FILE_ERROR', ref('error.workspace.lockFailed', { lockPath: lockFile, detail: (error as { code?: string }).code ?? 'error' }));
    const holder = readHolder(infoPath);
    const here = hostname();
    const who = holder && holder.pid !== process.pid ? `process ${holder.pid}${holder.host !== here ? ` on ${holder.host}` : ''}, since ${holder.since}` : holder ? `this process, since ${holder.since}` : 'another process';
    throw new AndelError('FILE_ERROR', ref('error.workspace.heldElsewhere', { path: workspacePath, who }));
  }
  const mine: Holder = { pid: process.pid, host: hostname(), since: now().toISOString() };
  writeHolder(infoPath, mine);
  let released = false;
  return {
    lockPath: infoPath,
    release: () => {
      if (released) return;
      released = true;
      const current = readHolder(infoPath);
      if (current?.pid === mine.pid && current.since === mine.since) rmSync(infoPath, { force: true });
      connection.close();
    },
  };
}
