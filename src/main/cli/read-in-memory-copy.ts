/**
 * Read-only commands work on an in-memory copy of the workspace file: no lock and no write, so
 * they also work while the file is open in the app.
 */
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { inspectWorkspaceFile } from '../db/inspect-workspace-file';
import { createKysely } from '../db/kysely-instance';
import { openInMemoryCopy } from '../db/sqlite-connection';

/** Checks `file`, runs `work` on an in-memory copy of it and closes the copy, whatever happens. */
export async function readingInMemoryCopy<T>(file: string, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const path = resolve(file);
  inspectWorkspaceFile(path, {});
  const db = createKysely(openInMemoryCopy(path, {}));
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
