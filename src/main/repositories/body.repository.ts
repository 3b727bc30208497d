import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { BodyTable } from '../db/database.types';

export type BodyRow = Selectable<BodyTable>;

const columns = [
  'id',
  'cooperationId',
  'name',
  'kind',
  'mandate',
  'parentBodyId',
  'permanent',
  'startDate',
  'endDate',
  'replacedByBodyId',
  'decisionNumberPattern',
] as const;

export async function listBodies(db: Db, cooperationId?: number): Promise<BodyRow[]> {
  let query = db.selectFrom('bodies').select(columns);
  if (cooperationId !== undefined) query = query.where('cooperationId', '=', cooperationId);
  return query.orderBy('id').execute();
}

export async function findBody(db: Db, id: number): Promise<BodyRow | undefined> {
  return db.selectFrom('bodies').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertBody(db: Db, values: Insertable<BodyTable>): Promise<number> {
  const row = await db.insertInto('bodies').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBody(db: Db, id: number, changes: Updateable<BodyTable>): Promise<void> {
  await db.updateTable('bodies').set(changes).where('id', '=', id).execute();
}

export async function findCooperationName(db: Db, id: number): Promise<{ id: number; name: string; currency: string } | undefined> {
  return db.selectFrom('cooperations').select(['id', 'name', 'currency']).where('id', '=', id).executeTakeFirst();
}

export async function listCooperationNames(db: Db): Promise<{ id: number; name: string; currency: string }[]> {
  return db.selectFrom('cooperations').select(['id', 'name', 'currency']).orderBy('id').execute();
}
