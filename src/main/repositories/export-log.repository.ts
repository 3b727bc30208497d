import type { Selectable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { ExportLogTable } from '../db/database.types';

export type ExportLogRow = Selectable<ExportLogTable>;

export async function insertExportLogRow(db: Db, row: Omit<ExportLogRow, 'id'>): Promise<number> {
  const inserted = await db.insertInto('exportLog').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function listExportLogRows(db: Db): Promise<ExportLogRow[]> {
  return db.selectFrom('exportLog').select(['id', 'exportedAt', 'kind', 'snapshotId', 'scenarioId', 'fileName', 'sha256']).orderBy('exportedAt', 'desc').orderBy('id', 'desc').execute();
}

export async function findExportLogRow(db: Db, id: number): Promise<ExportLogRow | undefined> {
  return db.selectFrom('exportLog').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when the log holds an export of this file name with these bytes. */
export async function isExportLogged(db: Db, fileName: string, sha256: string): Promise<boolean> {
  const row = await db.selectFrom('exportLog').select('id').where('fileName', '=', fileName).where('sha256', '=', sha256).executeTakeFirst();
  return row !== undefined;
}
