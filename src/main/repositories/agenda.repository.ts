import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { AgendaItemTable } from '../db/database.types';

export type AgendaItemRow = Selectable<AgendaItemTable>;

const columns = ['id', 'meetingId', 'position', 'title', 'kind', 'presenterPersonId', 'estimatedMinutes', 'proposal', 'minutes', 'proposalScenarioId'] as const;

/** A meeting's items in agenda order (position, then id for equal positions). */
export async function listAgendaItems(db: Db, meetingIds: readonly number[]): Promise<AgendaItemRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('agendaItems')
    .select(columns)
    .where('meetingId', 'in', [...meetingIds])
    .orderBy('meetingId')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function findAgendaItem(db: Db, id: number): Promise<AgendaItemRow | undefined> {
  return db.selectFrom('agendaItems').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertAgendaItem(db: Db, values: Insertable<AgendaItemTable>): Promise<number> {
  const row = await db.insertInto('agendaItems').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgendaItem(db: Db, id: number, changes: Updateable<AgendaItemTable>): Promise<void> {
  await db.updateTable('agendaItems').set(changes).where('id', '=', id).execute();
}

export async function deleteAgendaItem(db: Db, id: number): Promise<void> {
  await db.deleteFrom('agendaItems').where('id', '=', id).execute();
}
