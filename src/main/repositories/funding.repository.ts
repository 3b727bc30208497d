import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

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
