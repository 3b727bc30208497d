import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { SeatTable } from '../db/database.types';

export type SeatRow = Selectable<SeatTable>;

const columns = ['id', 'bodyId', 'personId', 'organisationId', 'role', 'fromDate', 'toDate'] as const;

export async function listSeats(db: Db, bodyIds?: readonly number[]): Promise<SeatRow[]> {
  let query = db.selectFrom('seats').select(columns);
  if (bodyIds !== undefined) {
    if (bodyIds.length === 0) return [];
    query = query.where('bodyId', 'in', [...bodyIds]);
  }
  return query.orderBy('bodyId').orderBy('id').execute();
}

export async function findSeat(db: Db, id: number): Promise<SeatRow | undefined> {
  return db.selectFrom('seats').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertSeat(db: Db, values: Insertable<SeatTable>): Promise<number> {
  const row = await db.insertInto('seats').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSeat(db: Db, id: number, changes: Updateable<SeatTable>): Promise<void> {
  await db.updateTable('seats').set(changes).where('id', '=', id).execute();
}
