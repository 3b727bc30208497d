import type { RowVersioned } from '../../shared/api/row-version';
import type { Db } from '../db/db-handle';
import type { MetricValueRow } from '../db/database.types';
import type { OrganisationFilter } from './organisation.repository';
import { filters, matchingIds } from './organisation.repository';
import { rowVersionColumn, versionedUpdate } from './row-version';

const columns = ['id', 'organisationId', 'metric', 'year', 'value', 'referenceDate', 'source'] as const;

export async function findMetricValue(db: Db, organisationId: number, metric: string, year: number): Promise<MetricValueRow | undefined> {
  return db
    .selectFrom('metricValues')
    .select(columns)
    .where('organisationId', '=', organisationId)
    .where('metric', '=', metric)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** With each row's version: the member's figures as its screen edits them. */
export async function listMetricValuesForOrganisation(db: Db, organisationId: number, metric?: string): Promise<(MetricValueRow & RowVersioned)[]> {
  let query = db.selectFrom('metricValues').select([...columns, rowVersionColumn()]).where('organisationId', '=', organisationId);
  if (metric !== undefined) query = query.where('metric', '=', metric);
  return query.orderBy('metric').orderBy('year').execute();
}

/** Each organisation's value of `metric` for its most recent year; with a filter, only the organisations it matches (members:list). */
export async function listLatestMetricValues(db: Db, metric: string, filter?: OrganisationFilter): Promise<MetricValueRow[]> {
  let q = db.selectFrom('metricValues as mv');
  if (filter !== undefined && filters(filter)) q = q.where('mv.organisationId', 'in', matchingIds(db, filter));
  return q
    .select(columns.map((column) => `mv.${column}` as const))
    .where('mv.metric', '=', metric)
    .where((eb) =>
      eb(
        'mv.year',
        '=',
        eb
          .selectFrom('metricValues as latest')
          .select((inner) => inner.fn.max('latest.year').as('year'))
          .whereRef('latest.organisationId', '=', 'mv.organisationId')
          .where('latest.metric', '=', metric),
      ),
    )
    .orderBy('mv.organisationId')
    .execute();
}

/**
 * Inserts the value for (organisation, metric, year), or replaces the one there is and adds 1 to its
 * row version (with `expectedVersion`, refusing a stale write: row-version.ts); returns its id.
 */
export async function upsertMetricValue(db: Db, value: Omit<MetricValueRow, 'id'>, expectedVersion?: number): Promise<number> {
  const inserted = await db
    .insertInto('metricValues')
    .values(value)
    .onConflict((conflict) => conflict.columns(['organisationId', 'metric', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await findMetricValue(db, value.organisationId, value.metric, value.year);
  if (!existing) throw new Error(`metric value ${value.organisationId}/${value.metric}/${value.year} neither inserted nor found`);
  await versionedUpdate(db, { table: 'metric_values', entity: 'metric_value', id: existing.id }, expectedVersion, async (trx) => {
    await trx.updateTable('metricValues').set({ value: value.value, referenceDate: value.referenceDate, source: value.source }).where('id', '=', existing.id).execute();
  });
  return existing.id;
}

/** With `expectedVersion`: refused (CONFLICT, nothing deleted) when the figure has changed since it was read. */
export async function deleteMetricValue(db: Db, id: number, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'metric_values', entity: 'metric_value', id }, expectedVersion, async (trx) => {
    await trx.deleteFrom('metricValues').where('id', '=', id).execute();
  });
}
