import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DecisionLinkTable, DecisionTable } from '../db/database.types';
import type { Db } from '../db/db-handle';
import { isPostgres } from '../db/dialect';
import { versionedUpdate } from './row-version';

export type DecisionRow = Selectable<DecisionTable>;
export type DecisionLinkRow = Selectable<DecisionLinkTable>;

const columns = [
  'id',
  'bodyId',
  'year',
  'sequence',
  'number',
  'decidedOn',
  'meetingId',
  'agendaItemId',
  'title',
  'text',
  'status',
  'ownerPersonId',
  'reviewOn',
  'tags',
] as const;
const linkColumns = ['id', 'decisionId', 'kind', 'snapshotId', 'agreementId', 'keyId', 'targetDecisionId'] as const;

export interface DecisionFilter {
  readonly bodyIds?: readonly number[];
  readonly meetingId?: number;
}

export async function listDecisions(db: Db, filter: DecisionFilter = {}): Promise<DecisionRow[]> {
  let query = db.selectFrom('decisions').select(columns);
  if (filter.bodyIds !== undefined) {
    if (filter.bodyIds.length === 0) return [];
    query = query.where('bodyId', 'in', [...filter.bodyIds]);
  }
  if (filter.meetingId !== undefined) query = query.where('meetingId', '=', filter.meetingId);
  return query.orderBy('id').execute();
}

export async function findDecision(db: Db, id: number): Promise<DecisionRow | undefined> {
  return db.selectFrom('decisions').select(columns).where('id', '=', id).executeTakeFirst();
}

export type NewNumberedDecision = Omit<Insertable<DecisionTable>, 'id' | 'sequence' | 'number'>;

/**
 * Inserts a decision with the next sequence of its body and year, taken in the same statement
 * (`MAX(sequence) + 1`), so two inserts in one transaction can never read the same maximum, however
 * their awaits interleave. The displayed number is set right after from the returned sequence.
 *
 * Between connections (PostgreSQL behind a server): SQLite has one writer at a time, but two
 * PostgreSQL transactions would both read the same maximum and the second would hit the UNIQUE
 * constraint. So on PostgreSQL the insert first takes a lock on the body and year, held until its
 * transaction ends: the next one for that body and year reads the maximum after this one committed.
 */
export async function insertNextNumberedDecision(
  db: Db,
  values: NewNumberedDecision,
  formatNumber: (sequence: number) => string,
): Promise<{ id: number; sequence: number; number: string }> {
  if (isPostgres(db) && !db.isTransaction) return db.transaction().execute((trx) => insertNextNumberedDecision(trx, values, formatNumber));
  if (isPostgres(db)) await sql`SELECT pg_advisory_xact_lock(${values.bodyId}::integer, ${values.year}::integer)`.execute(db);
  const result = await sql<{ id: number; sequence: number }>`
    INSERT INTO decisions (body_id, year, sequence, number, decided_on, meeting_id, agenda_item_id, title, text, status, owner_person_id, review_on, tags)
    SELECT ${values.bodyId}, ${values.year}, COALESCE(MAX(sequence), 0) + 1, '', ${values.decidedOn ?? null}, ${values.meetingId ?? null},
      ${values.agendaItemId ?? null}, ${values.title}, ${values.text}, ${values.status}, ${values.ownerPersonId ?? null}, ${values.reviewOn ?? null}, ${values.tags}
    FROM decisions WHERE body_id = ${values.bodyId} AND year = ${values.year}
    RETURNING id, sequence`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the decision insert returned no row');
  const number = formatNumber(row.sequence);
  await db.updateTable('decisions').set({ number }).where('id', '=', row.id).execute();
  return { id: row.id, sequence: row.sequence, number };
}

/** Updates the decision and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateDecision(db: Db, id: number, changes: Updateable<DecisionTable>, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'decisions', entity: 'decision', id }, expectedVersion, async (trx) => {
    await trx.updateTable('decisions').set(changes).where('id', '=', id).execute();
  });
}

export async function listDecisionLinks(db: Db, decisionIds?: readonly number[]): Promise<DecisionLinkRow[]> {
  let query = db.selectFrom('decisionLinks').select(linkColumns);
  if (decisionIds !== undefined) {
    if (decisionIds.length === 0) return [];
    query = query.where('decisionId', 'in', [...decisionIds]);
  }
  return query.orderBy('id').execute();
}

/** Links that point at one of `decisionIds` (supersedes / relates_to from other decisions). */
export async function listLinksTargeting(db: Db, decisionIds: readonly number[]): Promise<DecisionLinkRow[]> {
  if (decisionIds.length === 0) return [];
  return db.selectFrom('decisionLinks').select(linkColumns).where('targetDecisionId', 'in', [...decisionIds]).orderBy('id').execute();
}

export async function findDecisionLink(db: Db, id: number): Promise<DecisionLinkRow | undefined> {
  return db.selectFrom('decisionLinks').select(linkColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertDecisionLink(db: Db, values: Omit<Insertable<DecisionLinkTable>, 'id'>): Promise<number> {
  const row = await db.insertInto('decisionLinks').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteDecisionLink(db: Db, id: number): Promise<void> {
  await db.deleteFrom('decisionLinks').where('id', '=', id).execute();
}

// What links can point at. Read-only lookups of other areas' tables, kept here so the register's
// services need no SQL of their own.

export async function listSnapshotHeads(db: Db, ids?: readonly number[]): Promise<{ id: number; scenarioId: number; contentHash: string; createdAt: string }[]> {
  let query = db.selectFrom('snapshots').select(['id', 'scenarioId', 'contentHash', 'createdAt']);
  if (ids !== undefined) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', [...ids]);
  }
  return query.orderBy('id').execute();
}

export async function listKeyHeads(db: Db, ids?: readonly number[]): Promise<{ id: number; cooperationId: number; name: string; version: number }[]> {
  let query = db.selectFrom('distributionKeys').select(['id', 'cooperationId', 'name', 'version']);
  if (ids !== undefined) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', [...ids]);
  }
  return query.orderBy('id').execute();
}

export async function listScenarioHeads(db: Db, ids?: readonly number[]): Promise<{ id: number; cooperationId: number; name: string }[]> {
  let query = db.selectFrom('scenarios').select(['id', 'cooperationId', 'name']);
  if (ids !== undefined) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', [...ids]);
  }
  return query.orderBy('id').execute();
}
