/**
 * The stored scenario definition (JSON text in the workspace): horizon, key and parameter
 * overrides, costs, indexation, growth, joins and leaves, funding. Facts are supplied apart.
 */
import { z } from 'zod';
import { memberFactsSchema } from './facts.schema';
import { decimalText, idText, isoDateText, keySchema, roundingSchema, subsidySchema, yearNumber } from './key.schema';

export const SCENARIO_SCHEMA_VERSION = 1;

export const keyRefSchema = z.object({ ref: idText, version: z.number().int().min(1).optional() }).strict();

const yearKey = z.string().regex(/^\d{4}$/, 'expected a year such as "2025"');

export const costsSchema = z.union([
  z.object({ byYear: z.record(yearKey, decimalText) }).strict(),
  z
    .object({
      base: z.object({ year: yearNumber, amount: decimalText }).strict(),
      /** Yearly indexation in percent; each year is the previous year's rounded cost times (1 + rate). */
      indexRate: decimalText,
      rounding: roundingSchema.default({ unit: '0.01', mode: 'half-up' }),
    })
    .strict(),
]);

export const fundingStatusSchema = z.enum(['secured', 'expected', 'uncertain']);

export const fundingSourceSchema = z
  .object({
    source: z.string().min(1),
    /** external: pays toward the costs; members: the planned member contributions (shown, not added to the balance). */
    kind: z.enum(['external', 'members']).default('external'),
    byYear: z.record(yearKey, z.object({ amount: decimalText, status: fundingStatusSchema }).strict()),
  })
  .strict();

export const memberChangeSchema = z
  .object({
    member: idText,
    joined: isoDateText.nullable().optional(),
    left: isoDateText.nullable().optional(),
    role: z.enum(['member', 'observer', 'administrative-party']).optional(),
  })
  .strict();

export const growthSchema = z
  .object({
    /** Yearly growth in percent applied to the last known value; rounded to whole units each year. */
    rate: decimalText,
    mode: z.enum(['half-up', 'half-even', 'down', 'up']).default('half-up'),
  })
  .strict();

export const scenarioDefinitionSchema = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: idText,
    name: z.string().min(1),
    description: z.string().optional(),
    source: z.string().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "SEK"'),
    horizon: z.object({ from: yearNumber, to: yearNumber }).strict(),
    key: z.union([keyRefSchema, keySchema]),
    parameters: z.record(idText, decimalText).default({}),
    costs: costsSchema.optional(),
    /** For allocation keys: what the members share each year. */
    poolBasis: z.enum(['costs', 'costs-less-external-funding']).default('costs'),
    growth: z.record(idText, growthSchema).default({}),
    memberChanges: z.array(memberChangeSchema).default([]),
    additionalMembers: z.array(memberFactsSchema).default([]),
    funding: z.array(fundingSourceSchema).default([]),
    subsidies: z.array(subsidySchema).default([]),
  })
  .strict();

export type ScenarioDefinition = z.output<typeof scenarioDefinitionSchema>;
export type ScenarioDefinitionInput = z.input<typeof scenarioDefinitionSchema>;
export type FundingStatus = z.output<typeof fundingStatusSchema>;
