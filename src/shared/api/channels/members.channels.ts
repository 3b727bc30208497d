/**
 * Editing members: metric values (population and any other metric) per organisation and year,
 * and participations in cooperations. Each command returns what was there before, so the
 * renderer's undo can put it back with the same channels.
 */
import { z } from 'zod';
import { participationRoles, type MetricValueRecord } from '../../document/workspace-document.schema';
import { isoDate } from '../../iso-date';
import { command, query } from '../define';

const entityId = z.number().int().positive();
const metricName = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'expected a lower-case metric name such as population or branches');
const year = z.number().int().min(1900, 'must be 1900 or later').max(2200, 'must be 2200 or earlier');

const metricUpsertInput = z
  .object({
    organisationId: entityId,
    metric: metricName,
    year,
    value: z.number().int('must be a whole number').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER),
    referenceDate: isoDate,
    source: z.string().trim().max(500).nullable().optional(),
  })
  .strict();
const metricDeleteInput = z.object({ organisationId: entityId, metric: metricName, year }).strict();
const participationsForOrganisationInput = z.object({ organisationId: entityId }).strict();
const participationUpdateInput = z
  .object({
    id: entityId,
    role: z.enum(participationRoles).optional(),
    joinedOn: isoDate.nullable().optional(),
    leftOn: isoDate.nullable().optional(),
  })
  .strict();

export interface MetricChange {
  /** The value as stored now. */
  value: MetricValueRecord;
  /** What was stored for the same organisation, metric and year before, or null when it was new. */
  previous: MetricValueRecord | null;
}

export interface ParticipationView {
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

export const membersChannels = {
  'metrics:upsert': command<typeof metricUpsertInput, MetricChange>(metricUpsertInput),
  'metrics:delete': command<typeof metricDeleteInput, MetricValueRecord>(metricDeleteInput),
  'participations:listForOrganisation': query<typeof participationsForOrganisationInput, ParticipationView[]>(participationsForOrganisationInput),
  'participations:update': command<typeof participationUpdateInput, ParticipationChange>(participationUpdateInput),
} as const;
