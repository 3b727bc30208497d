import type { Db } from '../db/db-handle';
import type { CooperationRow, CooperationUpdate, NewCooperation } from '../db/database.types';
import type { OrganisationFilter } from './organisation.repository';
import { filters, matchingIds } from './organisation.repository';

const columns = ['id', 'name', 'kind', 'currency', 'description', 'startDate', 'endDate', 'hostOrganisationId', 'countryCode', 'archivedOn'] as const;

export type CooperationWithHost = CooperationRow & { hostOrganisationName: string | null };

function withHost(db: Db) {
  return db
    .selectFrom('cooperations as c')
    .leftJoin('organisations as host', 'host.id', 'c.hostOrganisationId')
    .select(columns.map((column) => `c.${column}` as const))
    .select('host.name as hostOrganisationName');
}

export async function listCooperations(db: Db): Promise<CooperationWithHost[]> {
  return withHost(db).orderBy('c.id').execute();
}

export async function findCooperation(db: Db, id: number): Promise<CooperationWithHost | undefined> {
  return withHost(db).where('c.id', '=', id).executeTakeFirst();
}

export async function insertCooperation(db: Db, row: NewCooperation): Promise<number> {
  const inserted = await db.insertInto('cooperations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateCooperationRow(db: Db, id: number, changes: CooperationUpdate): Promise<void> {
  await db.updateTable('cooperations').set(changes).where('id', '=', id).execute();
}

export async function deleteCooperationRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('cooperations').where('id', '=', id).execute();
}

/** How many records other than participations belong to a cooperation (a delete would take them along). */
export async function countCooperationContents(db: Db, id: number): Promise<number> {
  const tables = ['bodies', 'agreements', 'budgetLines', 'staffAllocations', 'fundingSources', 'distributionKeys', 'scenarios'] as const;
  let total = 0;
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('cooperationId', '=', id).executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
}

export interface ParticipationWithCooperation {
  organisationId: number;
  cooperationId: number;
  cooperationName: string;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
}

/** Every participation with its cooperation's name; with a filter, only those of the organisations it matches (members:list). */
export async function listParticipationsWithCooperation(db: Db, filter?: OrganisationFilter): Promise<ParticipationWithCooperation[]> {
  let q = db
    .selectFrom('participations as p')
    .innerJoin('cooperations as c', 'c.id', 'p.cooperationId')
    .select(['p.organisationId', 'p.cooperationId', 'c.name as cooperationName', 'p.role', 'p.joinedOn', 'p.leftOn']);
  if (filter !== undefined && filters(filter)) q = q.where('p.organisationId', 'in', matchingIds(db, filter));
  return q
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
