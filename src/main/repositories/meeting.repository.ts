import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { MeetingTable } from '../db/database.types';

export type MeetingRow = Selectable<MeetingTable>;

const columns = ['id', 'bodyId', 'title', 'startsAt', 'place', 'link', 'status'] as const;

export async function listMeetings(db: Db, filter: { bodyIds?: readonly number[] } = {}): Promise<MeetingRow[]> {
  let query = db.selectFrom('meetings').select(columns);
  if (filter.bodyIds !== undefined) {
    if (filter.bodyIds.length === 0) return [];
    query = query.where('bodyId', 'in', [...filter.bodyIds]);
  }
  return query.orderBy('startsAt').orderBy('id').execute();
}

export async function findMeeting(db: Db, id: number): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertMeeting(db: Db, values: Insertable<MeetingTable>): Promise<number> {
  const row = await db.insertInto('meetings').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMeeting(db: Db, id: number, changes: Updateable<MeetingTable>): Promise<void> {
  await db.updateTable('meetings').set(changes).where('id', '=', id).execute();
}
