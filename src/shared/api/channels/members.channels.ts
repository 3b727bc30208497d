/**
 * Members: the list of organisations with their population and cooperations, and editing them:
 * metric values (population and any other metric) per organisation and year,
 * and participations in cooperations. Each command returns what was there before, so the
 * renderer's undo can put it back with the same channels.
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import { participationRoles, type MetricValueRecord } from '../../document/workspace-document.schema';
import { isoDate } from '../../iso-date';
import { command, query } from '../define';
import { expectedVersion, type RowVersioned } from '../row-version';
import { CALENDAR_YEAR, LOWER_NAME } from '../../domain/field-patterns';
import { keyedCheck } from '../../i18n/zod-issues';

const metricName = z.string().regex(LOWER_NAME, 'expected a lower-case metric name such as population or branches');
const year = CALENDAR_YEAR;

const metricUpsertInput = z
  .object({
    organisationId: entityId,
    metric: metricName,
    year,
    value: z.number().int('must be a whole number').min(0, keyedCheck('error.field.notNegative')).max(Number.MAX_SAFE_INTEGER),
    referenceDate: isoDate,
    source: z.string().trim().max(500).nullable().optional(),
    expectedVersion,
  })
  .strict();
const metricDeleteInput = z.object({ organisationId: entityId, metric: metricName, year, expectedVersion }).strict();
const participationsForOrganisationInput = z.object({ organisationId: entityId }).strict();
const participationUpdateInput = z
  .object({
    id: entityId,
    role: z.enum(participationRoles).optional(),
    joinedOn: isoDate.nullable().optional(),
    leftOn: isoDate.nullable().optional(),
    expectedVersion,
  })
  .strict();

/** A stored figure as its screen edits it, with its row version. */
export type MetricValueView = MetricValueRecord & RowVersioned;

export interface MetricChange {
  /** The value as stored now. */
  value: MetricValueView;
  /** What was stored for the same organisation, metric and year before, or null when it was new. */
  previous: MetricValueRecord | null;
}

export interface ParticipationView extends RowVersioned {
  id: number;
  cooperationId: number;
  cooperationName: string;
  role: (typeof participationRoles)[number];
  joinedOn: string | null;
  leftOn: string | null;
  viaOrganisationId: number | null;
  viaOrganisationName: string | null;
}

export interface ParticipationChange {
  value: ParticipationView;
  previous: ParticipationView;
}

export interface MemberListRow {
  organisationId: number;
  name: string;
  kind: string;
  orgNumber: string | null;
  countryCode: string;
  /** Most recent population value, its year and reference date (ISO), or null when none is known. */
  population: number | null;
  populationYear: number | null;
  populationReferenceDate: string | null;
  /** Names of the cooperations the organisation takes part in, with its role in each. */
  participations: { cooperationId: number; cooperationName: string; role: string }[];
}

const metricsForOrganisationInput = z
  .object({
    organisationId: entityId,
    metric: z.string().regex(LOWER_NAME, 'expected a lower-case metric name such as population').optional(),
  })
  .strict();

export const membersChannels = {
  'members:list': query<z.ZodType<{ cooperationId?: number | undefined; search?: string | undefined }>, MemberListRow[]>(
    z
      .object({
        cooperationId: z.number().int().positive().optional(),
        search: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'members:setPopulation': command<
    z.ZodType<{ organisationId: number; year: number; value: number; referenceDate: string; source?: string | undefined; expectedVersion?: number | undefined }>,
    { organisationId: number; year: number; value: number }
  >(
    z
      .object({
        organisationId: z.number().int().positive(),
        year: z.number().int().min(1900).max(2200),
        value: z.number().int().min(0),
        referenceDate: z.iso.date(),
        source: z.string().max(500).optional(),
        /** The version of the figure the caller read: refused when it has changed or been deleted since. */
        expectedVersion,
      })
      .strict(),
  ),
  'metrics:listForOrganisation': query<typeof metricsForOrganisationInput, MetricValueView[]>(metricsForOrganisationInput),
  'metrics:upsert': command<typeof metricUpsertInput, MetricChange>(metricUpsertInput),
  'metrics:delete': command<typeof metricDeleteInput, MetricValueRecord>(metricDeleteInput),
  'participations:listForOrganisation': query<typeof participationsForOrganisationInput, ParticipationView[]>(participationsForOrganisationInput),
  'participations:update': command<typeof participationUpdateInput, ParticipationChange>(participationUpdateInput),
} as const;
