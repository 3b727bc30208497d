import type { Kysely } from 'kysely';
import type { MetricValueRecord } from '../../shared/document/workspace-document.schema';
import { AndelError } from '../../shared/errors';
import type { Database } from '../db/database.types';
import { listMetricValuesForOrganisation } from '../repositories/metric.repository';
import { findOrganisation } from '../repositories/organisation.repository';
import type { ParsedInputOf } from './service-types';

/** Every value of one organisation (optionally of one metric), by metric then year. */
export async function listMetricsForOrganisation(
  db: Kysely<Database>,
  input: ParsedInputOf<'metrics:listForOrganisation'>,
): Promise<MetricValueRecord[]> {
  return db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, input.organisationId))) {
      throw new AndelError('NOT_FOUND', `There is no organisation with id ${input.organisationId}.`);
    }
    return listMetricValuesForOrganisation(trx, input.organisationId, input.metric);
  });
}
