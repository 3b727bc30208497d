/**
 * Row versions (migration 0801): every update of a versioned row adds 1 to its `row_version`; an
 * update that names the version it was based on is refused when the row has moved on since, with
 * a message naming what changed and who changed it (the audit trail's last entry for the row).
 * On PostgreSQL the version claim is an UPDATE … WHERE row_version = expected: a second writer
 * waits for the first's row lock, then finds the version gone, so no write is lost between
 * connections; SQLite has one writer at a time and behaves the same.
 *
 * The column is read and written here only (raw SQL on fixed table names), so the table types and
 * everything that selects whole rows are unchanged.
 */
import { sql } from 'kysely';
import type { RowVersioned } from '../../shared/api/row-version';
import { AndelError, entityWord, ref } from '../../shared/errors';
import type { Db } from '../db/db-handle';

export type VersionedTable =
  | 'organisations' | 'participations' | 'metric_values' | 'distribution_keys' | 'scenarios' | 'budget_lines' | 'decisions'
  // migration 1020
  | 'staff_allocations' | 'funding_sources';

export interface VersionedRow {
  readonly table: VersionedTable;
  /** The audit trail's entity name for the row (and the catalogue's word for it). */
  readonly entity: string;
  readonly id: number;
}

/** The row's version, or undefined when there is no such row. */
export async function rowVersionOf(db: Db, table: VersionedTable, id: number): Promise<number | undefined> {
  const found = await sql<{ version: number }>`SELECT row_version AS version FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return found.rows[0]?.version;
}

/**
 * The row's version as a selected column `rowVersion`, for the queries whose rows a screen edits
 * (it sends the version back as `expectedVersion`). `alias` is the table's alias in a join.
 */
export function rowVersionColumn(alias?: string) {
  return sql<number>`${sql.ref(alias === undefined ? 'row_version' : `${alias}.row_version`)}`.as('rowVersion');
}

/** The versions of the rows with these ids, by id. */
export async function rowVersionsOf(db: Db, table: VersionedTable, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const found = await sql<{ id: number; version: number }>`SELECT id, row_version AS version FROM ${sql.table(table)} WHERE id IN (${sql.join(ids)})`.execute(db);
  return new Map(found.rows.map((row) => [Number(row.id), Number(row.version)]));
}

/** The record with its row's version (1 when the row is gone: nothing to compare against). */
export async function withRowVersion<T extends { id: number }>(db: Db, table: VersionedTable, record: T): Promise<T & RowVersioned> {
  return { ...record, rowVersion: (await rowVersionOf(db, table, record.id)) ?? 1 };
}

/** Adds 1 to the row's version, when given only if it is still `expected`; whether it did. */
async function claimVersion(db: Db, row: VersionedRow, expected: number | undefined): Promise<boolean> {
  const result =
    expected === undefined
      ? await sql`UPDATE ${sql.table(row.table)} SET row_version = row_version + 1 WHERE id = ${row.id}`.execute(db)
      : await sql`UPDATE ${sql.table(row.table)} SET row_version = row_version + 1 WHERE id = ${row.id} AND row_version = ${expected}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/**
 * What a person calls the row: its name, label or decision number; a figure or participation by
 * its organisation's name. Read by raw SQL on the fixed table's own columns.
 */
const nameQuery: Readonly<Record<VersionedTable, (id: number) => ReturnType<typeof sql<{ name: string | null }>>>> = {
  organisations: (id) => sql`SELECT name FROM organisations WHERE id = ${id}`,
  participations: (id) => sql`SELECT o.name AS name FROM participations p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ${id}`,
  metric_values: (id) => sql`SELECT o.name AS name FROM metric_values m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = ${id}`,
  distribution_keys: (id) => sql`SELECT name FROM distribution_keys WHERE id = ${id}`,
  scenarios: (id) => sql`SELECT name FROM scenarios WHERE id = ${id}`,
  budget_lines: (id) => sql`SELECT label AS name FROM budget_lines WHERE id = ${id}`,
  decisions: (id) => sql`SELECT number AS name FROM decisions WHERE id = ${id}`,
  staff_allocations: (id) => sql`SELECT role AS name FROM staff_allocations WHERE id = ${id}`,
  funding_sources: (id) => sql`SELECT name FROM funding_sources WHERE id = ${id}`,
};

/** The row's name in quotation marks (”Hjo”), or its id when it has none. */
async function rowName(db: Db, row: VersionedRow): Promise<string> {
  const found = await nameQuery[row.table](row.id).execute(db);
  const name = found.rows[0]?.name;
  return name ? `”${name}”` : String(row.id);
}

/**
 * CONFLICT: the row is at another version than the write was based on; who changed it, and when.
 * `current` is the version the row is at now (read from the row when not given).
 */
export async function staleWriteError(db: Db, row: VersionedRow, expected: number, current?: number): Promise<AndelError> {
  current ??= await rowVersionOf(db, row.table, row.id);
  const last = await db
    .selectFrom('auditLog')
    .select(['at', 'actor', 'action'])
    .where('entity', '=', row.entity)
    .where('entityId', '=', row.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const what = entityWord(row.entity);
  const base = { what, id: row.id, name: await rowName(db, row), expected, current: current ?? 0 };
  if (!last) return new AndelError('CONFLICT', ref('error.rowVersion.stale', base));
  return new AndelError('CONFLICT', ref('error.rowVersion.staleBy', { ...base, who: last.actor ?? ref('error.rowVersion.someone'), at: last.at }));
}

/** CONFLICT: the row the write was based on (read at version `expected`) has been deleted since; `name` is what a person calls it. */
export function deletedRowError(entity: string, name: string, expected: number): AndelError {
  return new AndelError('CONFLICT', ref('error.rowVersion.deleted', { what: entityWord(entity), name: `”${name}”`, expected }));
}

/**
 * Runs `write` (the row's own update) and adds 1 to the row's version, in one transaction. With
 * `expected` (the version the caller read), a row that has moved on is refused with CONFLICT and
 * nothing is written. A missing row is left to `write` (which finds nothing to update, as before).
 */
export async function versionedUpdate(db: Db, row: VersionedRow, expected: number | undefined, write: (db: Db) => Promise<void>): Promise<void> {
  const run = async (trx: Db): Promise<void> => {
    const claimed = await claimVersion(trx, row, expected);
    if (!claimed && expected !== undefined && (await rowVersionOf(trx, row.table, row.id)) !== undefined) throw await staleWriteError(trx, row, expected);
    await write(trx);
  };
  if (db.isTransaction) return run(db);
  return db.transaction().execute(run);
}
