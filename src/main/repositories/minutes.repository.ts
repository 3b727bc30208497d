/** The minutes' workflow rows (migration 0702): the draft and approval of a meeting's minutes, its adjusters. */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { MeetingMinutesTable, MinutesAdjusterTable } from '../db/database.types';

export type MeetingMinutesRow = Selectable<MeetingMinutesTable>;
export type MinutesAdjusterRow = Selectable<MinutesAdjusterTable>;

export async function findMeetingMinutes(db: Db, meetingId: number): Promise<MeetingMinutesRow | undefined> {
  return db.selectFrom('meetingMinutes').selectAll().where('meetingId', '=', meetingId).executeTakeFirst();
}

export async function insertMeetingMinutes(db: Db, values: Insertable<MeetingMinutesTable>): Promise<void> {
  await db.insertInto('meetingMinutes').values(values).execute();
}

export async function updateMeetingMinutes(db: Db, meetingId: number, changes: Updateable<MeetingMinutesTable>): Promise<void> {
  await db.updateTable('meetingMinutes').set(changes).where('meetingId', '=', meetingId).execute();
}

export async function listAdjusters(db: Db, meetingId: number): Promise<MinutesAdjusterRow[]> {
  return db.selectFrom('minutesAdjusters').selectAll().where('meetingId', '=', meetingId).orderBy('id').execute();
}

export async function replaceAdjusters(db: Db, meetingId: number, seatIds: readonly number[]): Promise<void> {
  await db.deleteFrom('minutesAdjusters').where('meetingId', '=', meetingId).execute();
  for (const seatId of seatIds) await db.insertInto('minutesAdjusters').values({ meetingId, seatId, checkedBy: null, checkedAt: null }).execute();
}

export async function markAdjusterChecked(db: Db, id: number, checkedBy: string, checkedAt: string): Promise<void> {
  await db.updateTable('minutesAdjusters').set({ checkedBy, checkedAt }).where('id', '=', id).execute();
}

/** A meeting's minutes draft and its adjusters removed (before any check). */
export async function deleteMeetingMinutes(db: Db, meetingId: number): Promise<void> {
  await db.deleteFrom('minutesAdjusters').where('meetingId', '=', meetingId).execute();
  await db.deleteFrom('meetingMinutes').where('meetingId', '=', meetingId).execute();
}

export async function unmarkAdjusterChecked(db: Db, id: number): Promise<void> {
  await db.updateTable('minutesAdjusters').set({ checkedBy: null, checkedAt: null }).where('id', '=', id).execute();
}

/** Every adjuster's check of the meeting's minutes undone (the minutes changed after the check). */
export async function clearAdjusterChecks(db: Db, meetingId: number): Promise<void> {
  await db.updateTable('minutesAdjusters').set({ checkedBy: null, checkedAt: null }).where('meetingId', '=', meetingId).where('checkedAt', 'is not', null).execute();
}
