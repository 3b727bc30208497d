import type { Kysely, Transaction } from 'kysely';
import type { Database, NewOrganisation } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

export async function listMetricValuesByKey(db: Db, metric: string): Promise<{ organisationId: number; year: number; value: number; referenceDate: string }[]> {
  return db.selectFrom('metricValues').select(['organisationId', 'year', 'value', 'referenceDate']).where('metric', '=', metric).execute();
}

export async function insertOrganisation(db: Db, organisation: NewOrganisation): Promise<number> {
  const row = await db.insertInto('organisations').values(organisation).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
