/**
 * Writes a workspace from a document over an existing file (`andel demo --force`). The new file is
 * built completely under a temporary name first; the old one is replaced only then, and only when
 * no other Andel process has it open (its lock).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireWorkspaceLock } from '../db/workspace-lock';
import { importDocument } from '../document/import-document';
import type { ConnectionOptions } from '../db/sqlite-connection';

export async function writeWorkspaceReplacing(pathGiven: string, document: unknown, options: ConnectionOptions & { now?: () => Date } = {}): Promise<string> {
  const path = resolve(pathGiven);
  if (!existsSync(path)) return importDocument(path, document, options);
  const lock = acquireWorkspaceLock(path, { ...(options.now ? { now: options.now } : {}), nativeBinding: options.nativeBinding });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.replacing`);
  try {
    rmSync(temp, { force: true });
    await importDocument(temp, document, options);
    // A WAL or shared-memory file of the old workspace would be replayed into the new one.
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    renameSync(temp, path);
    return path;
  } finally {
    rmSync(temp, { force: true });
    lock.release();
  }
}
