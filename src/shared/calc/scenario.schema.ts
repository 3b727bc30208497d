/**
 * The stored scenario definition (JSON text in the workspace): horizon, key and parameter
 * overrides, costs, indexation, growth, joins and leaves, funding. Facts are supplied apart.
 */
import { z } from 'zod';
import { memberFactsSchema } from './facts.schema';
import { decimalText, idText, isoDateText, keySchema, rateSchema, roundingSchema, subsidySchema, yearNumber } from './key.schema';
import { CURRENCY_CODE, YEAR_TEXT } from '../domain/field-patterns';

export const SCENARIO_SCHEMA_VERSION = 1;

export const keyRefSchema = z.object({ ref: idText, version: z.number().int().min(1).optional() }).strict();

const yearKey = z.string().regex(YEAR_TEXT, 'expected a year such as "2025"');

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
    /**
     * In a workspace: the id of one of the budget's funding sources. Andel then takes the name, the
     * amounts and the statuses from that source (docs/workspace-document.md); the engine ignores it.
     */
    budgetSource: z.number().int().positive().optional(),
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

/**
 * A per-member adjustment: a surcharge or discount for chosen members, with the reason, e.g. "the six
 * largest municipalities pay 20 % more". It applies after the key's charge and before subsidies are
 * deducted: `percent` is a percentage of the member's key charge (all its components, before
 * subsidies), `amount` a fixed sum per year charged. Subsidies are not changed by it, and nothing is
 * redistributed to the other members (see docs/key-format.md, "Per-member adjustments").
 */
export const adjustmentSchema = z
  .object({
    id: idText,
    kind: z.enum(['surcharge', 'discount']),
    members: z.array(idText).min(1),
    /** Percent of the member's key charge, e.g. "20"; or a key parameter { "param": "largeSurcharge" }. */
    percent: rateSchema.optional(),
    /** … or a fixed amount in major units for each year the member is charged (not prorated). */
    amount: decimalText.optional(),
    /** Why, in the words of the decision (shown in the result, "Why this amount?" and the annex). */
    reason: z.string().min(1),
    label: z.string().optional(),
    /** Calendar years it applies in (default: every year of the horizon). */
    years: z.array(yearNumber).min(1).optional(),
    /** Rounding of a percent adjustment (default: the key's rounding). */
    rounding: roundingSchema.optional(),
  })
  .strict();

export const scenarioDefinitionSchema = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: idText,
    name: z.string().min(1),
    description: z.string().optional(),
    source: z.string().optional(),
    currency: z.string().regex(CURRENCY_CODE, 'expected an ISO 4217 code such as "SEK"'),
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
    /** Per-member surcharges and discounts, applied in this order. */
    adjustments: z.array(adjustmentSchema).default([]),
  })
  .strict();

export type AdjustmentDefinition = z.output<typeof adjustmentSchema>;
export type ScenarioDefinition = z.output<typeof scenarioDefinitionSchema>;
export type ScenarioDefinitionInput = z.input<typeof scenarioDefinitionSchema>;
export type FundingStatus = z.output<typeof fundingStatusSchema>;
