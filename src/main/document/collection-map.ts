/**
 * How each collection of the workspace document maps onto its table. Field order comes from the
 * document schema itself, so exported records are always built in schema order (deterministic JSON
 * without sorting). Column names are the camelCase field names (the connection maps them to snake_case).
 */
import type { z } from 'zod';
import {
  agendaItemSchema, agreementPartySchema, bodyVotingRuleSchema, collectionKeyFields, meetingMinutesSchema, minutesAdjusterSchema, voteSchema, agreementSchema, attendanceSchema, auditEntrySchema, bodySchema,
  budgetLineSchema, cooperationSchema, decisionLinkSchema, decisionSchema, distributionKeySchema, exportLogSchema,
  fundingAmountSchema, fundingSourceSchema, meetingSchema, metricValueSchema, organisationSchema,
  participationSchema, personSchema, scenarioSchema, seatSchema, snapshotSchema, staffAllocationSchema,
  type DocumentCollection,
} from '../../shared/document/workspace-document.schema';
import type { Database } from '../db/database.types';

export interface CollectionMapping {
  table: keyof Database;
  /** Fields stored as columns, in schema order. */
  fields: readonly string[];
  /** The field that identifies a record (`id`, or the body or meeting it belongs to); exports are ordered by it. */
  key: string;
  /** Fields stored as canonical JSON text. */
  json: readonly string[];
  /** JSON fields whose column is NULL while there is no value (a JSON null in the document). */
  nullableJson: readonly string[];
  /** Fields stored as INTEGER 0/1. */
  booleans: readonly string[];
  /** Optional fields left out of an exported record when their column is NULL. */
  omitWhenNull: readonly string[];
}

const fieldsOf = (schema: z.ZodObject, except: readonly string[] = []): string[] =>
  Object.keys(schema.shape).filter((field) => !except.includes(field));

const map = (table: keyof Database & DocumentCollection, schema: z.ZodObject, extra: Partial<Omit<CollectionMapping, 'table' | 'fields' | 'key'>> & { except?: string[] } = {}): CollectionMapping => ({
  table,
  fields: fieldsOf(schema, extra.except),
  key: collectionKeyFields[table],
  json: extra.json ?? [],
  nullableJson: extra.nullableJson ?? [],
  booleans: extra.booleans ?? [],
  omitWhenNull: extra.omitWhenNull ?? [],
});

export const collectionMappings: Record<DocumentCollection, CollectionMapping> = {
  organisations: map('organisations', organisationSchema),
  metricValues: map('metricValues', metricValueSchema),
  cooperations: map('cooperations', cooperationSchema, { omitWhenNull: ['countryCode', 'archivedOn'] }),
  participations: map('participations', participationSchema),
  persons: map('persons', personSchema),
  bodies: map('bodies', bodySchema, { booleans: ['permanent'] }),
  seats: map('seats', seatSchema),
  meetings: map('meetings', meetingSchema),
  agendaItems: map('agendaItems', agendaItemSchema, { omitWhenNull: ['proposalScenarioId'] }),
  attendance: map('attendance', attendanceSchema),
  bodyVotingRules: map('bodyVotingRules', bodyVotingRuleSchema, { json: ['rule'] }),
  votes: map('votes', voteSchema),
  meetingMinutes: map('meetingMinutes', meetingMinutesSchema, { json: ['content'], nullableJson: ['content'] }),
  minutesAdjusters: map('minutesAdjusters', minutesAdjusterSchema),
  decisions: map('decisions', decisionSchema, { json: ['tags'] }),
  decisionLinks: map('decisionLinks', decisionLinkSchema),
  agreements: map('agreements', agreementSchema),
  agreementParties: map('agreementParties', agreementPartySchema),
  budgetLines: map('budgetLines', budgetLineSchema, { booleans: ['direct'] }),
  // Periods live in their own table (staff_allocation_periods), see staff-periods in the repository.
  staffAllocations: map('staffAllocations', staffAllocationSchema, { except: ['periods'] }),
  fundingSources: map('fundingSources', fundingSourceSchema),
  fundingAmounts: map('fundingAmounts', fundingAmountSchema),
  distributionKeys: map('distributionKeys', distributionKeySchema, { json: ['definition'] }),
  scenarios: map('scenarios', scenarioSchema, { json: ['definition'] }),
  snapshots: map('snapshots', snapshotSchema, { json: ['content'] }),
  exportLog: map('exportLog', exportLogSchema),
  auditLog: map('auditLog', auditEntrySchema, { json: ['before', 'after'], omitWhenNull: ['actor'] }),
};
