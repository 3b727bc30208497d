/**
 * Bulk reads and writes of whole collections, for the workspace document. Table and column names
 * come from the collection map (never from user input), which is why dynamic names are safe here.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../db/db-handle';
import { sql } from 'kysely';
import type { Database } from '../db/database.types';
import { isPostgres } from '../db/dialect';

type AnyRow = Record<string, unknown>;
/** The same connection seen without table types, for names taken from the collection map. */
type Untyped = Kysely<Record<string, AnyRow>>;

const untyped = (db: Db): Untyped => db as unknown as Untyped;

/** SQLite allows 32 766 bound parameters per statement (PostgreSQL 65 535); stay well below. */
const MAX_PARAMETERS = 30_000;

/** Every row of a table, ordered by `orderBy` (the record's id, or the key of a table without one). */
export async function selectAllRows(db: Db, table: keyof Database, columns: readonly string[], orderBy = 'id'): Promise<AnyRow[]> {
  return untyped(db).selectFrom(table).select(columns as string[]).orderBy(orderBy).execute() as Promise<AnyRow[]>;
}

export async function insertRows(db: Db, table: keyof Database, rows: readonly AnyRow[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += chunk) {
    await untyped(db).insertInto(table).values(rows.slice(start, start + chunk)).execute();
  }
}

/**
 * Within an import transaction: check foreign keys at commit rather than per row, because a
 * document may refer forward within a collection (a body replaced by a later body). PostgreSQL's
 * foreign keys are all DEFERRABLE for this (see the initial migration's PostgreSQL form).
 */
export async function deferForeignKeys(trx: Transaction<Database>): Promise<void> {
  if (isPostgres(trx)) await sql`SET CONSTRAINTS ALL DEFERRED`.execute(trx);
  else await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
}

export interface StaffPeriodRow {
  staffAllocationId: number;
  position: number;
  fromDate: string;
  toDate: string;
  percent: number;
}

export async function selectStaffPeriods(db: Db): Promise<StaffPeriodRow[]> {
  return db
    .selectFrom('staffAllocationPeriods')
    .select(['staffAllocationId', 'position', 'fromDate', 'toDate', 'percent'])
    .orderBy('staffAllocationId')
    .orderBy('position')
    .execute();
}

export async function insertStaffPeriods(db: Db, rows: readonly StaffPeriodRow[]): Promise<void> {
  await insertRows(db, 'staffAllocationPeriods', rows as unknown as AnyRow[]);
}
