import { sql, type Selectable } from 'kysely';
import type { SnapshotSummary } from '../../shared/api/channels/scenarios.channels';
import type { Db } from '../db/db-handle';
import type { SnapshotTable } from '../db/database.types';
import { isPostgres } from '../db/dialect';

export type SnapshotRow = Selectable<SnapshotTable>;

/** A snapshot with its scenario, without the decisions that adopted it (the service adds those). */
export type SnapshotSummaryRow = Omit<SnapshotSummary, 'decisions'>;

export async function insertSnapshotRow(db: Db, row: Omit<SnapshotRow, 'id'>): Promise<number> {
  const inserted = await db.insertInto('snapshots').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** The bigint advisory locks' share for adoptions ('andel' in the high bytes), clear of Kysely's migration lock. */
const ADOPTION_LOCKS = 0x616e64656c000000n;

/**
 * Inside a transaction: on PostgreSQL, waits until no other transaction is adopting this scenario,
 * and holds the scenario until this one ends. Two adoptions of the same content at once would
 * otherwise both miss the other's snapshot and store it twice. SQLite writes one at a time already.
 */
export async function lockScenarioAdoption(trx: Db, scenarioId: number): Promise<void> {
  if (isPostgres(trx)) await sql`SELECT pg_advisory_xact_lock(${(ADOPTION_LOCKS + BigInt(scenarioId)).toString()}::bigint)`.execute(trx);
}

/** The snapshot of a scenario with this content hash, if one was made (the oldest). */
export async function findSnapshotByHash(db: Db, scenarioId: number, contentHash: string): Promise<{ id: number; createdAt: string } | undefined> {
  return db
    .selectFrom('snapshots')
    .select(['id', 'createdAt'])
    .where('scenarioId', '=', scenarioId)
    .where('contentHash', '=', contentHash)
    .orderBy('id')
    .executeTakeFirst();
}

/** Whether the decision already adopts the snapshot. */
export async function adoptsSnapshot(db: Db, decisionId: number, snapshotId: number): Promise<boolean> {
  const row = await db
    .selectFrom('decisionLinks')
    .select('id')
    .where('decisionId', '=', decisionId)
    .where('kind', '=', 'adopts_snapshot')
    .where('snapshotId', '=', snapshotId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findSnapshotRow(db: Db, id: number): Promise<SnapshotRow | undefined> {
  return db.selectFrom('snapshots').select(['id', 'scenarioId', 'createdAt', 'contentHash', 'content']).where('id', '=', id).executeTakeFirst();
}

export async function listSnapshotSummaries(db: Db, filter: { scenarioId?: number | undefined; cooperationId?: number | undefined }): Promise<SnapshotSummaryRow[]> {
  let query = db
    .selectFrom('snapshots as s')
    .innerJoin('scenarios as sc', 'sc.id', 's.scenarioId')
    .select(['s.id', 's.scenarioId', 'sc.name as scenarioName', 'sc.cooperationId', 's.createdAt', 's.contentHash']);
  if (filter.scenarioId !== undefined) query = query.where('s.scenarioId', '=', filter.scenarioId);
  if (filter.cooperationId !== undefined) query = query.where('sc.cooperationId', '=', filter.cooperationId);
  return query.orderBy('s.id').execute();
}

export interface DecisionForAdoption {
  id: number;
  number: string;
  title: string;
  status: string;
  decidedOn: string | null;
  bodyId: number;
  bodyName: string;
  cooperationId: number;
}

export async function findDecisionForAdoption(db: Db, decisionId: number): Promise<DecisionForAdoption | undefined> {
  return db
    .selectFrom('decisions as d')
    .innerJoin('bodies as b', 'b.id', 'd.bodyId')
    .select(['d.id', 'd.number', 'd.title', 'd.status', 'd.decidedOn', 'd.bodyId', 'b.name as bodyName', 'b.cooperationId'])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
}

/** The decisions of a cooperation's bodies (numbers are unique per body and year, not per cooperation). */
export async function listCooperationDecisions(db: Db, cooperationId: number): Promise<DecisionForAdoption[]> {
  return db
    .selectFrom('decisions as d')
    .innerJoin('bodies as b', 'b.id', 'd.bodyId')
    .select(['d.id', 'd.number', 'd.title', 'd.status', 'd.decidedOn', 'd.bodyId', 'b.name as bodyName', 'b.cooperationId'])
    .where('b.cooperationId', '=', cooperationId)
    .orderBy('d.id')
    .execute();
}

export interface SnapshotDecisionRow {
  snapshotId: number;
  decisionId: number;
  number: string;
  title: string;
  status: string;
}

export async function listAdoptingDecisions(db: Db, snapshotIds: readonly number[]): Promise<SnapshotDecisionRow[]> {
  if (snapshotIds.length === 0) return [];
  const rows = await db
    .selectFrom('decisionLinks as l')
    .innerJoin('decisions as d', 'd.id', 'l.decisionId')
    .select(['l.snapshotId', 'd.id as decisionId', 'd.number', 'd.title', 'd.status'])
    .where('l.kind', '=', 'adopts_snapshot')
    .where('l.snapshotId', 'in', [...snapshotIds])
    .orderBy('l.id')
    .execute();
  return rows.map((row) => ({ ...row, snapshotId: row.snapshotId as number }));
}
