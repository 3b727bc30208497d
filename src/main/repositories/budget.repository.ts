/** Budget lines, staff allocations with their periods, and funding sources with their amounts, of one cooperation. */
import type { Insertable, Selectable } from 'kysely';
import type { FundingSourceView, StaffAllocationView } from '../../shared/api/channels/budgets.channels';
import type { RowVersioned } from '../../shared/api/row-version';
import type { Db } from '../db/db-handle';
import type { BudgetLineTable } from '../db/database.types';
import type { StaffPeriodRow } from './document.repository';
import { rowVersionColumn, versionedUpdate } from './row-version';

/** A stored budget line as the table holds it (`direct` 0/1), with its row version. */
export type BudgetLineRecordRow = Selectable<BudgetLineTable> & RowVersioned;

const lineColumns = ['id', 'cooperationId', 'year', 'kind', 'category', 'label', 'amount', 'position', 'direct', rowVersionColumn()] as const;

/** The cooperation's lines by year, position and id; only those of `year` when one is given. */
export async function listAllBudgetLines(db: Db, cooperationId: number, year?: number): Promise<BudgetLineRecordRow[]> {
  let query = db.selectFrom('budgetLines').select(lineColumns).where('cooperationId', '=', cooperationId);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year').orderBy('position').orderBy('id').execute();
}

export async function findBudgetLine(db: Db, id: number): Promise<BudgetLineRecordRow | undefined> {
  return db.selectFrom('budgetLines').select(lineColumns).where('id', '=', id).executeTakeFirst();
}

export async function nextBudgetLinePosition(db: Db, cooperationId: number): Promise<number> {
  const row = await db
    .selectFrom('budgetLines')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('cooperationId', '=', cooperationId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertBudgetLine(db: Db, line: Insertable<BudgetLineTable>): Promise<number> {
  const row = await db.insertInto('budgetLines').values(line).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the line and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateBudgetLine(db: Db, id: number, line: Omit<Selectable<BudgetLineTable>, 'id'>, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'budget_lines', entity: 'budget_line', id }, expectedVersion, async (trx) => {
    await trx.updateTable('budgetLines').set(line).where('id', '=', id).execute();
  });
}

/** With `expectedVersion`: refused (CONFLICT, nothing deleted) when the row has changed since it was read. */
export async function deleteBudgetLine(db: Db, id: number, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'budget_lines', entity: 'budget_line', id }, expectedVersion, async (trx) => {
    await trx.deleteFrom('budgetLines').where('id', '=', id).execute();
  });
}

/** A staff allocation without its periods and costs (the contract's view adds those). */
export type StaffRow = Omit<StaffAllocationView, 'periods' | 'costByYear' | 'total'>;

function staffQuery(db: Db) {
  return db
    .selectFrom('staffAllocations as s')
    .leftJoin('persons as p', 'p.id', 's.personId')
    .select(['s.id', 's.cooperationId', 's.role', 's.personId', 'p.name as personName', 's.annualCost', rowVersionColumn('s')]);
}

export async function listStaff(db: Db, cooperationId: number): Promise<StaffRow[]> {
  return staffQuery(db).where('s.cooperationId', '=', cooperationId).orderBy('s.id').execute();
}

export async function findStaff(db: Db, id: number): Promise<StaffRow | undefined> {
  return staffQuery(db).where('s.id', '=', id).executeTakeFirst();
}

export async function listStaffPeriods(db: Db, staffIds: readonly number[]): Promise<StaffPeriodRow[]> {
  if (staffIds.length === 0) return [];
  return db
    .selectFrom('staffAllocationPeriods')
    .select(['staffAllocationId', 'position', 'fromDate', 'toDate', 'percent'])
    .where('staffAllocationId', 'in', staffIds)
    .orderBy('staffAllocationId')
    .orderBy('position')
    .execute();
}

export async function insertStaff(db: Db, row: { cooperationId: number; role: string; personId: number | null; annualCost: number }): Promise<number> {
  const inserted = await db.insertInto('staffAllocations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Updates the allocation and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateStaff(db: Db, id: number, row: { role: string; personId: number | null; annualCost: number }, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'staff_allocations', entity: 'staff_allocation', id }, expectedVersion, async (trx) => {
    await trx.updateTable('staffAllocations').set(row).where('id', '=', id).execute();
  });
}

export async function replaceStaffPeriods(db: Db, staffAllocationId: number, periods: readonly { from: string; to: string; percent: number }[]): Promise<void> {
  await db.deleteFrom('staffAllocationPeriods').where('staffAllocationId', '=', staffAllocationId).execute();
  if (periods.length === 0) return;
  await db
    .insertInto('staffAllocationPeriods')
    .values(periods.map((p, position) => ({ staffAllocationId, position, fromDate: p.from, toDate: p.to, percent: p.percent })))
    .execute();
}

/** With `expectedVersion`: refused (CONFLICT, nothing deleted) when the row has changed since it was read. */
export async function deleteStaff(db: Db, id: number, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'staff_allocations', entity: 'staff_allocation', id }, expectedVersion, async (trx) => {
    await trx.deleteFrom('staffAllocations').where('id', '=', id).execute();
  });
}

/** A funding source as the contract shows it, before its amounts are added. */
export type FundingSourceRow = Omit<FundingSourceView, 'amounts'>;

export interface FundingAmountRow {
  fundingSourceId: number;
  year: number;
  amount: number;
  status: string;
}

function fundingQuery(db: Db) {
  return db
    .selectFrom('fundingSources as f')
    .leftJoin('organisations as o', 'o.id', 'f.funderOrganisationId')
    .select(['f.id', 'f.cooperationId', 'f.name', 'f.funderOrganisationId', 'o.name as funderName', 'f.purpose', rowVersionColumn('f')]);
}

export async function listFundingSources(db: Db, cooperationId: number): Promise<FundingSourceRow[]> {
  return fundingQuery(db).where('f.cooperationId', '=', cooperationId).orderBy('f.id').execute();
}

export async function findFundingSource(db: Db, id: number): Promise<FundingSourceRow | undefined> {
  return fundingQuery(db).where('f.id', '=', id).executeTakeFirst();
}

export async function listFundingAmountsOf(db: Db, sourceIds: readonly number[]): Promise<FundingAmountRow[]> {
  if (sourceIds.length === 0) return [];
  return db
    .selectFrom('fundingAmounts')
    .select(['fundingSourceId', 'year', 'amount', 'status'])
    .where('fundingSourceId', 'in', sourceIds)
    .orderBy('fundingSourceId')
    .orderBy('year')
    .orderBy('id')
    .execute();
}

export async function insertFundingSource(
  db: Db,
  row: { cooperationId: number; name: string; funderOrganisationId: number | null; purpose: string | null },
): Promise<number> {
  const inserted = await db.insertInto('fundingSources').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Updates the source and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateFundingSource(
  db: Db,
  id: number,
  row: { name: string; funderOrganisationId: number | null; purpose: string | null },
  expectedVersion?: number,
): Promise<void> {
  await versionedUpdate(db, { table: 'funding_sources', entity: 'funding_source', id }, expectedVersion, async (trx) => {
    await trx.updateTable('fundingSources').set(row).where('id', '=', id).execute();
  });
}

export async function replaceFundingAmounts(db: Db, fundingSourceId: number, amounts: readonly { year: number; amount: number; status: string }[]): Promise<void> {
  await db.deleteFrom('fundingAmounts').where('fundingSourceId', '=', fundingSourceId).execute();
  if (amounts.length === 0) return;
  await db
    .insertInto('fundingAmounts')
    .values(amounts.map((a) => ({ fundingSourceId, year: a.year, amount: a.amount, status: a.status })))
    .execute();
}

/** With `expectedVersion`: refused (CONFLICT, nothing deleted) when the row has changed since it was read. */
export async function deleteFundingSource(db: Db, id: number, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'funding_sources', entity: 'funding_source', id }, expectedVersion, async (trx) => {
    await trx.deleteFrom('fundingSources').where('id', '=', id).execute();
  });
}

export async function personExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('persons').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

