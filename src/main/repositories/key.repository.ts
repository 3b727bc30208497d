import type { Selectable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { DistributionKeyTable } from '../db/database.types';

export type DistributionKeyRow = Selectable<DistributionKeyTable>;

const columns = ['id', 'cooperationId', 'name', 'version', 'definition', 'note'] as const;

export async function listKeyRows(db: Db, cooperationId?: number): Promise<DistributionKeyRow[]> {
  let query = db.selectFrom('distributionKeys').select(columns);
  if (cooperationId !== undefined) query = query.where('cooperationId', '=', cooperationId);
  return query.orderBy('cooperationId').orderBy('name').orderBy('version').orderBy('id').execute();
}

export async function findKeyRow(db: Db, id: number): Promise<DistributionKeyRow | undefined> {
  return db.selectFrom('distributionKeys').select(columns).where('id', '=', id).executeTakeFirst();
}

/** How many scenarios refer to each key row (a key that is used cannot change, only get a new version). */
export async function countScenariosByKey(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('scenarios')
    .select((eb) => ['keyId', eb.fn.countAll<number>().as('count')])
    .groupBy('keyId')
    .execute();
  return new Map(rows.map((row) => [row.keyId, Number(row.count)]));
}

export async function insertKeyRow(db: Db, row: Omit<DistributionKeyRow, 'id'>): Promise<number> {
  const inserted = await db.insertInto('distributionKeys').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}
