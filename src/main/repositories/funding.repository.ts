import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

export interface FundingAmountWithSource {
  fundingSourceId: number;
  sourceName: string;
  funderOrganisationId: number | null;
  year: number;
  amount: number;
  status: string;
}

export async function listFundingAmounts(db: Db, cooperationId: number): Promise<FundingAmountWithSource[]> {
  return db
    .selectFrom('fundingAmounts as a')
    .innerJoin('fundingSources as s', 's.id', 'a.fundingSourceId')
    .select(['a.fundingSourceId', 's.name as sourceName', 's.funderOrganisationId', 'a.year', 'a.amount', 'a.status'])
    .where('s.cooperationId', '=', cooperationId)
    .orderBy('s.id')
    .orderBy('a.year')
    .orderBy('a.id')
    .execute();
}

export interface BudgetLineRow {
  id: number;
  year: number;
  kind: string;
  category: string;
  label: string;
  amount: number;
  position: number;
}

export async function listBudgetLines(db: Db, cooperationId: number, year: number): Promise<BudgetLineRow[]> {
  return db
    .selectFrom('budgetLines')
    .select(['id', 'year', 'kind', 'category', 'label', 'amount', 'position'])
    .where('cooperationId', '=', cooperationId)
    .where('year', '=', year)
    .orderBy('position')
    .orderBy('id')
    .execute();
}
