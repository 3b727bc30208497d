import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

export interface ParticipationDetailRow {
  id: number;
  cooperationId: number;
  cooperationName: string;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
  viaOrganisationId: number | null;
  viaOrganisationName: string | null;
}

function detailQuery(db: Db) {
  return db
    .selectFrom('participations as p')
    .innerJoin('cooperations as c', 'c.id', 'p.cooperationId')
    .leftJoin('organisations as via', 'via.id', 'p.viaOrganisationId')
    .select(['p.id', 'p.cooperationId', 'c.name as cooperationName', 'p.role', 'p.joinedOn', 'p.leftOn', 'p.viaOrganisationId', 'via.name as viaOrganisationName']);
}

export async function listParticipationDetails(db: Db, organisationId: number): Promise<ParticipationDetailRow[]> {
  return detailQuery(db).where('p.organisationId', '=', organisationId).orderBy('c.name').orderBy('p.id').execute();
}

export async function findParticipationDetail(db: Db, id: number): Promise<ParticipationDetailRow | undefined> {
  return detailQuery(db).where('p.id', '=', id).executeTakeFirst();
}

export async function updateParticipationRow(
  db: Db,
  id: number,
  changes: { role: string; joinedOn: string | null; leftOn: string | null },
): Promise<void> {
  await db.updateTable('participations').set(changes).where('id', '=', id).execute();
}
