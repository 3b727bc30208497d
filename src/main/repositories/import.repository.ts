import type { Db } from '../db/db-handle';
import type { NewOrganisation } from '../db/database.types';

export async function listMetricValuesByKey(db: Db, metric: string): Promise<{ organisationId: number; year: number; value: number; referenceDate: string }[]> {
  return db.selectFrom('metricValues').select(['organisationId', 'year', 'value', 'referenceDate']).where('metric', '=', metric).execute();
}

export async function insertOrganisation(db: Db, organisation: NewOrganisation): Promise<number> {
  const row = await db.insertInto('organisations').values(organisation).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
