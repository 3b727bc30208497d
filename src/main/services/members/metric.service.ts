import type { Kysely } from 'kysely';
import type { MetricValueRecord } from '../../../shared/document/workspace-document.schema';
import { AndelError, enumParam, notFoundError, ref } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import type { MetricChange, MetricValueView } from '../../../shared/api/channels/members.channels';
import { deleteMetricValue, findMetricValue, listMetricValuesForOrganisation, upsertMetricValue } from '../../repositories/metric.repository';
import { findOrganisation } from '../../repositories/organisation.repository';
import { deletedRowError, rowVersionOf } from '../../repositories/row-version';
import { audit } from '../audit/audit-entry';
import type { Clock } from '../clock';
import type { ParsedInputOf } from '../service-types';

/** Every value of one organisation (optionally of one metric), by metric then year. */
export async function listMetricsForOrganisation(
  db: Kysely<Database>,
  input: ParsedInputOf<'metrics:listForOrganisation'>,
): Promise<MetricValueView[]> {
  return db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, input.organisationId))) {
      throw notFoundError('organisation', input.organisationId);
    }
    return listMetricValuesForOrganisation(trx, input.organisationId, input.metric);
  });
}

const toMetricRecord = (row: MetricValueRecord): MetricValueRecord => ({
  id: row.id,
  organisationId: row.organisationId,
  metric: row.metric,
  year: row.year,
  value: row.value,
  referenceDate: row.referenceDate,
  source: row.source,
});

/** What writeMetricValue stores, except the source, which may depend on the value it replaces. */
export interface MetricWrite {
  readonly organisationId: number;
  readonly metric: string;
  readonly year: number;
  readonly value: number;
  readonly referenceDate: string;
  /** The version of the value the writer read (row-version.ts); absent: the last writer wins. */
  readonly expectedVersion?: number | undefined;
}

/**
 * Inserts or replaces one metric value of an existing organisation, with its audit entry, inside
 * the caller's transaction. `sourceOf` gets the value being replaced (null when there is none).
 */
export async function writeMetricValue(
  trx: Kysely<Database>,
  write: MetricWrite,
  sourceOf: (before: MetricValueRecord | null) => string | null,
  clock: Clock,
): Promise<MetricChange> {
  const organisation = await findOrganisation(trx, write.organisationId);
  if (!organisation) throw notFoundError('organisation', write.organisationId);
  const before = (await findMetricValue(trx, write.organisationId, write.metric, write.year)) ?? null;
  const { expectedVersion, ...figure } = write;
  // The writer read a figure that someone has deleted since: not silently created anew.
  if (before === null && expectedVersion !== undefined) throw deletedRowError('metric_value', organisation.name, expectedVersion);
  const values = { ...figure, source: sourceOf(before) };
  const id = await upsertMetricValue(trx, values, expectedVersion);
  const value = toMetricRecord({ id, ...values });
  await audit(trx, clock, 'metric_value', id, before ? 'update' : 'create', before, value);
  const rowVersion = (await rowVersionOf(trx, 'metric_values', id)) ?? 1;
  return { value: { ...value, rowVersion }, previous: before ? toMetricRecord(before) : null };
}

/** Sets one metric value (inserting or replacing), with an audit entry; returns it and what it replaced. */
export async function upsertMetric(db: Kysely<Database>, input: ParsedInputOf<'metrics:upsert'>, clock: Clock): Promise<MetricChange> {
  const { source, ...write } = input;
  // No source given keeps the one there is; an empty one clears it.
  return db.transaction().execute((trx) => writeMetricValue(trx, write, (before) => (source === undefined ? (before?.source ?? null) : source?.trim() || null), clock));
}

/** Removes one metric value; returns what was removed so it can be put back. */
export async function deleteMetric(db: Kysely<Database>, input: ParsedInputOf<'metrics:delete'>, clock: Clock): Promise<MetricValueRecord> {
  return db.transaction().execute(async (trx) => {
    const before = await findMetricValue(trx, input.organisationId, input.metric, input.year);
    if (!before) throw new AndelError('NOT_FOUND', ref('error.metric.noFigure', { metric: enumParam('metric', input.metric), year: input.year, id: input.organisationId }));
    await deleteMetricValue(trx, before.id, input.expectedVersion);
    await audit(trx, clock, 'metric_value', before.id, 'delete', before, null);
    return toMetricRecord(before);
  });
}
