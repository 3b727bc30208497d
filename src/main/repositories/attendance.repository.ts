import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { AttendanceTable } from '../db/database.types';

export type AttendanceRow = Selectable<AttendanceTable>;

const columns = ['id', 'meetingId', 'personId', 'status', 'proxyPersonId'] as const;

export async function listAttendance(db: Db, meetingId: number): Promise<AttendanceRow[]> {
  return db.selectFrom('attendance').select(columns).where('meetingId', '=', meetingId).orderBy('id').execute();
}

/** Sets one person's attendance at a meeting, replacing what was recorded before; returns the row id. */
export async function upsertAttendance(db: Db, values: Insertable<AttendanceTable>): Promise<number> {
  const existing = await db
    .selectFrom('attendance')
    .select('id')
    .where('meetingId', '=', values.meetingId)
    .where('personId', '=', values.personId)
    .orderBy('id')
    .execute();
  const first = existing[0];
  if (!first) return (await db.insertInto('attendance').values(values).returning('id').executeTakeFirstOrThrow()).id;
  await db.updateTable('attendance').set({ status: values.status, proxyPersonId: values.proxyPersonId ?? null }).where('id', '=', first.id).execute();
  // A person attends a meeting once: stray duplicates (from an import) go.
  const extra = existing.slice(1).map((row) => row.id);
  if (extra.length > 0) await db.deleteFrom('attendance').where('id', 'in', extra).execute();
  return first.id;
}

export async function deleteAttendance(db: Db, meetingId: number, personId: number): Promise<void> {
  await db.deleteFrom('attendance').where('meetingId', '=', meetingId).where('personId', '=', personId).execute();
}
