/**
 * Creating a new workspace file. The file is built under a temporary name in the same folder and
 * linked into place only when complete, so a failure (an invalid document, a full disk) leaves
 * nothing behind and an existing file is never overwritten, even by a race.
 */
import { existsSync, linkSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../shared/domain/languages';
import { AndelError, ref } from '../../shared/errors';
import type { Database } from './database.types';
import { insertMeta } from '../repositories/meta.repository';
import { createKysely } from './kysely-instance';
import { openReadWrite, type ConnectionOptions } from './sqlite-connection';
import { ANDEL_APPLICATION_ID } from './workspace-format';

export interface WorkspaceInit {
  name: string;
  defaultCurrency: string;
  locale: Language;
}

export interface CreateOptions extends ConnectionOptions {
  now?: () => Date;
  /** Fills the new workspace; runs inside the same transaction as the meta row. */
  fill?: (trx: Transaction<Database>) => Promise<void>;
  /** Tests only: migrate to this migration instead of the latest. */
  migrateTo?: string;
}

function removeQuietly(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    try {
      unlinkSync(file);
    } catch {
      // not there: nothing to clean
    }
  }
}

/** Links (never overwrites); falls back to rename on file systems without hard links (FAT, some shares). */
function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AndelError('FILE_ERROR', ref('error.workspace.alreadyExists', { path }));
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') {
      throw new AndelError('FILE_ERROR', ref('error.workspace.cannotCreate', { path, detail: code ?? 'error' }));
    }
  }
  assertNewFile(path);
  renameSync(temp, path);
}

export function assertNewFile(path: string): void {
  if (existsSync(path)) throw new AndelError('FILE_ERROR', ref('error.workspace.alreadyExists', { path }));
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AndelError('FILE_ERROR', ref('error.workspace.folderMissing', { folder }));
}

export async function createWorkspaceFile(pathGiven: string, init: WorkspaceInit, options: CreateOptions = {}): Promise<string> {
  const path = resolve(pathGiven);
  const now = options.now ?? (() => new Date());
  assertNewFile(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${now().getTime()}.creating`);
  let db: Kysely<Database> | null = null;
  try {
    let sqlite;
    try {
      sqlite = openReadWrite(temp, options, { create: true });
    } catch (error) {
      throw new AndelError('FILE_ERROR', ref('error.workspace.cannotCreate', { path, detail: (error as Error).message }));
    }
    sqlite.pragma(`application_id = ${ANDEL_APPLICATION_ID}`);
    sqlite.pragma('journal_mode = WAL');
    db = createKysely(sqlite);
    // Loaded here, as where a workspace is opened (open-workspace.ts): the migrations are a chunk of their own.
    await (await import('./run-migrations')).runMigrations(db, options.migrateTo);
    await db.transaction().execute(async (trx) => {
      await insertMeta(trx, init, now());
      if (options.fill) await options.fill(trx);
    });
    const closing = db;
    db = null;
    await closing.destroy(); // checkpoints the WAL: the temporary file is now complete on its own
    moveIntoPlace(temp, path);
    return path;
  } finally {
    if (db) await db.destroy().catch(() => undefined);
    removeQuietly(temp);
  }
}
