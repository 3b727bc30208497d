/**
 * Members: organisations with their most recent population and the cooperations they take part in.
 */
import type { Kysely } from 'kysely';
import type { MemberListRow, ParsedInputOf } from '../service-types';
import { invalidField } from '../../../shared/errors';
import { isIsoDate } from '../../../shared/iso-date';
import type { Database } from '../../db/database.types';
import { listParticipationsWithCooperation } from '../../repositories/cooperation.repository';
import { getMeta } from '../../repositories/meta.repository';
import { listLatestMetricValues } from '../../repositories/metric.repository';
import { listOrganisationsMatching } from '../../repositories/organisation.repository';
import { writeMetricValue } from './metric.service';
import type { Clock } from '../clock';

export const POPULATION = 'population';

export async function listMembers(db: Kysely<Database>, input: ParsedInputOf<'members:list'>): Promise<MemberListRow[]> {
  // Filtered in SQL: organisations in the cooperation whose name, number or code has words starting with each search word.
  const filter = { cooperationId: input.cooperationId, search: input.search };
  return db.transaction().execute(async (trx) => {
    const [meta, organisations, populations, participations] = await Promise.all([
      getMeta(trx),
      listOrganisationsMatching(trx, filter),
      listLatestMetricValues(trx, POPULATION, filter),
      listParticipationsWithCooperation(trx, filter),
    ]);
    const populationByOrg = new Map(populations.map((row) => [row.organisationId, row]));
    const participationsByOrg = new Map<number, MemberListRow['participations']>();
    for (const p of participations) {
      const list = participationsByOrg.get(p.organisationId) ?? [];
      list.push({ cooperationId: p.cooperationId, cooperationName: p.cooperationName, role: p.role });
      participationsByOrg.set(p.organisationId, list);
    }
    const collator = new Intl.Collator(meta.locale, { sensitivity: 'base', numeric: true });
    return organisations
      .map((org): MemberListRow => {
        const population = populationByOrg.get(org.id);
        return {
          organisationId: org.id,
          name: org.name,
          kind: org.kind,
          orgNumber: org.orgNumber,
          countryCode: org.countryCode,
          population: population?.value ?? null,
          populationYear: population?.year ?? null,
          populationReferenceDate: population?.referenceDate ?? null,
          participations: participationsByOrg.get(org.id) ?? [],
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name) || a.organisationId - b.organisationId);
  });
}

/** Sets (inserts or replaces) an organisation's population for a year, with an audit entry, in one transaction. */
export async function setPopulation(
  db: Kysely<Database>,
  input: ParsedInputOf<'members:setPopulation'>,
  clock: Clock,
): Promise<{ organisationId: number; year: number; value: number }> {
  if (!isIsoDate(input.referenceDate)) throw invalidField('referenceDate', 'error.field.notDate', { value: input.referenceDate });
  const { source, ...rest } = input;
  await db.transaction().execute((trx) => writeMetricValue(trx, { ...rest, metric: POPULATION }, (before) => source ?? before?.source ?? null, clock));
  return { organisationId: input.organisationId, year: input.year, value: input.value };
}
