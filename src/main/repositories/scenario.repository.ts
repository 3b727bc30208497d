import type { Selectable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { CooperationRow, MetricValueRow, ScenarioTable } from '../db/database.types';
import { versionedUpdate } from './row-version';

export type ScenarioRow = Selectable<ScenarioTable>;

const columns = ['id', 'cooperationId', 'name', 'description', 'keyId', 'baselineScenarioId', 'definition'] as const;

export async function listScenarioRows(db: Db, cooperationId?: number): Promise<ScenarioRow[]> {
  let query = db.selectFrom('scenarios').select(columns);
  if (cooperationId !== undefined) query = query.where('cooperationId', '=', cooperationId);
  return query.orderBy('cooperationId').orderBy('id').execute();
}

export async function findScenarioRow(db: Db, id: number): Promise<ScenarioRow | undefined> {
  return db.selectFrom('scenarios').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertScenarioRow(db: Db, row: Omit<ScenarioRow, 'id'>): Promise<number> {
  const inserted = await db.insertInto('scenarios').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Updates the scenario and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateScenarioRow(db: Db, id: number, row: Omit<ScenarioRow, 'id' | 'cooperationId'>, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'scenarios', entity: 'scenario', id }, expectedVersion, async (trx) => {
    await trx.updateTable('scenarios').set(row).where('id', '=', id).execute();
  });
}

export async function findCooperationRow(db: Db, id: number): Promise<CooperationRow | undefined> {
  return db
    .selectFrom('cooperations')
    .select(['id', 'name', 'kind', 'currency', 'description', 'startDate', 'endDate', 'hostOrganisationId', 'countryCode', 'archivedOn'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A participation with what the engine needs of its organisation. */
export interface ParticipantRow {
  participationId: number;
  organisationId: number;
  organisationName: string;
  organisationKind: string;
  orgNumber: string | null;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
  viaOrganisationId: number | null;
}

export async function listParticipants(db: Db, cooperationId: number): Promise<ParticipantRow[]> {
  return db
    .selectFrom('participations as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisationId')
    .select([
      'p.id as participationId',
      'p.organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
      'o.orgNumber',
      'p.role',
      'p.joinedOn',
      'p.leftOn',
      'p.viaOrganisationId',
    ])
    .where('p.cooperationId', '=', cooperationId)
    .orderBy('p.organisationId')
    .orderBy('p.id')
    .execute();
}

/** Every metric value of every organisation that takes part in the cooperation. */
export async function listParticipantMetricValues(db: Db, cooperationId: number): Promise<MetricValueRow[]> {
  return db
    .selectFrom('metricValues as mv')
    .select(['mv.id', 'mv.organisationId', 'mv.metric', 'mv.year', 'mv.value', 'mv.referenceDate', 'mv.source'])
    .where('mv.organisationId', 'in', (eb) => eb.selectFrom('participations').select('organisationId').where('cooperationId', '=', cooperationId))
    .orderBy('mv.organisationId')
    .orderBy('mv.metric')
    .orderBy('mv.year')
    .execute();
}
