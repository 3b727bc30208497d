import type { Kysely, Transaction } from 'kysely';
import type { CooperationRow, Database } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

const columns = ['id', 'name', 'kind', 'currency', 'description', 'startDate', 'endDate', 'hostOrganisationId'] as const;

export async function listCooperations(db: Db): Promise<CooperationRow[]> {
  return db.selectFrom('cooperations').select(columns).orderBy('id').execute();
}

export interface ParticipationWithCooperation {
  organisationId: number;
  cooperationId: number;
  cooperationName: string;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
}

export async function listParticipationsWithCooperation(db: Db): Promise<ParticipationWithCooperation[]> {
  return db
    .selectFrom('participations as p')
    .innerJoin('cooperations as c', 'c.id', 'p.cooperationId')
    .select(['p.organisationId', 'p.cooperationId', 'c.name as cooperationName', 'p.role', 'p.joinedOn', 'p.leftOn'])
    .orderBy('p.organisationId')
    .orderBy('c.name')
    .orderBy('p.id')
    .execute();
}

export interface ParticipantCount {
  cooperationId: number;
  role: string;
  count: number;
}

export async function countParticipantsByRole(db: Db): Promise<ParticipantCount[]> {
  const rows = await db
    .selectFrom('participations')
    .select((eb) => ['cooperationId', 'role', eb.fn.countAll<number>().as('count')])
    .groupBy(['cooperationId', 'role'])
    .execute();
  return rows.map((row) => ({ cooperationId: row.cooperationId, role: row.role, count: Number(row.count) }));
}
