/**
 * The distribution key as stored JSON (see docs/key-format.md). Schemas check shape only; the
 * rules that span fields (bands without gaps, shares adding to 100 %, references) are checked
 * in normalize-key.ts, which also names the offending field.
 */
import { z } from 'zod';
import { DECIMAL_PATTERN } from './decimal';
import { keyedPattern } from '../i18n/zod-issues';

export const KEY_SCHEMA_VERSION = 1;

export const decimalText = z.string().regex(keyedPattern(DECIMAL_PATTERN, 'error.field.pattern.decimal'), 'expected a decimal number as text, e.g. "0.70" or "15"');
export const idText = z.string().regex(keyedPattern(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'error.field.pattern.id'), 'expected an id of letters, digits, "-", "_", "." or ":"');
export const isoDateText = z.string().regex(keyedPattern(/^\d{4}-\d{2}-\d{2}$/, 'error.field.pattern.date'), 'expected a date YYYY-MM-DD');
export const yearNumber = z.number().int().min(1900).max(2200);

export const paramRefSchema = z.object({ param: idText }).strict();
export const shareSchema = z.union([decimalText, paramRefSchema, z.literal('rest')]);
export const rateSchema = z.union([decimalText, paramRefSchema]);

export const metricRefSchema = z.union([
  idText,
  z
    .object({
      name: idText,
      /** Which year's value to use, relative to the charge year: -1 = the year before. */
      yearOffset: z.number().int().min(-10).max(10).default(0),
      /** Month and day the value must refer to, e.g. "11-01" for 1 November. */
      asOf: z.string().regex(keyedPattern(/^\d{2}-\d{2}$/, 'error.field.pattern.monthDay'), 'expected MM-DD').optional(),
    })
    .strict(),
]);

export const roundingModeSchema = z.enum(['half-up', 'half-even', 'down', 'up']);
export const roundingSchema = z
  .object({ unit: decimalText.default('0.01'), mode: roundingModeSchema.default('half-up') })
  .strict();

export const proRataModeSchema = z.enum(['none', 'month', 'day']);
export const proRataSchema = z
  .object({ join: proRataModeSchema.default('none'), leave: proRataModeSchema.default('none') })
  .strict();

export const edgeSchema = z.enum(['lower-inclusive', 'upper-inclusive']);

export const appliesToSchema = z
  .object({
    categories: z.array(idText).min(1).optional(),
    members: z.array(idText).min(1).optional(),
    /** `group`: only members invoiced through an administrative party (group membership); `individual`: only the others. */
    membership: z.enum(['group', 'individual']).optional(),
  })
  .strict();

export const bandSchema = z
  .object({
    from: z.number().int().min(0),
    to: z.number().int().min(0).nullable().optional(),
    amount: decimalText.optional(),
    rate: rateSchema.optional(),
    label: z.string().optional(),
  })
  .strict();

const feeCommon = {
  id: idText,
  label: z.string().optional(),
  recurrence: z.enum(['annual', 'on-join']).default('annual'),
  appliesTo: appliesToSchema.optional(),
  proRata: proRataSchema.optional(),
  rounding: roundingSchema.optional(),
  min: decimalText.optional(),
  max: decimalText.optional(),
};

export const equalComponentSchema = z
  .object({ type: z.literal('equal'), id: idText, label: z.string().optional(), share: shareSchema })
  .strict();

export const proportionalComponentSchema = z
  .object({ type: z.literal('proportional'), id: idText, label: z.string().optional(), share: shareSchema, metric: metricRefSchema })
  .strict();

export const bandedComponentSchema = z
  .object({ type: z.literal('banded'), ...feeCommon, metric: metricRefSchema, edge: edgeSchema.default('lower-inclusive'), bands: z.array(bandSchema).min(1) })
  .strict();

export const rateStepSchema = z.object({ fromYear: yearNumber, rate: rateSchema }).strict();

export const perUnitComponentSchema = z
  .object({
    type: z.literal('per-unit'),
    ...feeCommon,
    metric: metricRefSchema,
    /** Flat rate in major units per unit of the metric. */
    rate: rateSchema.optional(),
    /** Later rates: from the given calendar year on. */
    rateFrom: z.array(rateStepSchema).optional(),
    /** Rate by band: the whole metric value is charged at the matched band's rate (or its flat amount). */
    bands: z.array(bandSchema).min(1).optional(),
    edge: edgeSchema.default('lower-inclusive'),
    /**
     * How bands charge: `whole` (default) = the band the value falls in decides the rate for the
     * whole value; `marginal` = each band's rate applies only to the part of the value inside that
     * band (like income-tax brackets: 25 per inhabitant up to 150 000, 12.50 for each one above).
     * Marginal bands each need a rate (no flat amount); the edge rule does not matter for them.
     */
    bandMode: z.enum(['whole', 'marginal']).optional(),
  })
  .strict();

export const categoryComponentSchema = z
  .object({ type: z.literal('category'), ...feeCommon, amounts: z.record(idText, decimalText) })
  .strict();

export const fixedComponentSchema = z.object({ type: z.literal('fixed'), ...feeCommon, amount: decimalText }).strict();

const feeComponentSchema = z.discriminatedUnion('type', [bandedComponentSchema, perUnitComponentSchema, categoryComponentSchema, fixedComponentSchema]);

export const overrideComponentSchema = z
  .object({
    type: z.literal('override'),
    id: idText,
    label: z.string().optional(),
    when: z
      .object({
        metric: metricRefSchema.optional(),
        /** Strictly greater than. */
        above: z.number().int().min(0).optional(),
        /** Greater than or equal. */
        atLeast: z.number().int().min(0).optional(),
        categories: z.array(idText).min(1).optional(),
      })
      .strict(),
    /** The components this override replaces for the members it matches. */
    replaces: z.array(idText).min(1),
    /** What the matched members pay instead (any fee component; its id is ignored). */
    with: feeComponentSchema,
  })
  .strict();

export const componentSchema = z.discriminatedUnion('type', [
  equalComponentSchema,
  proportionalComponentSchema,
  bandedComponentSchema,
  perUnitComponentSchema,
  categoryComponentSchema,
  fixedComponentSchema,
  overrideComponentSchema,
]);

export const subsidySchema = z
  .object({
    id: idText,
    /** Who pays, e.g. "VGR Förvaltningen för kulturutveckling". */
    funder: z.string().min(1),
    /** The component whose charge the funder takes over in part or whole. */
    component: idText,
    /** A percentage of the component's charge … */
    share: rateSchema.optional(),
    /** … or an amount per unit of a metric (capped at the component's charge). */
    perUnit: z.object({ rate: rateSchema, metric: metricRefSchema }).strict().optional(),
    /** Whether a per-unit subsidy follows the component's pro-rata factor in a part year. */
    proRata: z.boolean().default(true),
    eligibility: z
      .object({
        /** The member's join date must fall inside this window (the offer). */
        joinedFrom: isoDateText.optional(),
        joinedTo: isoDateText.optional(),
        categories: z.array(idText).min(1).optional(),
      })
      .strict()
      .optional(),
    years: z
      .object({
        calendar: z.array(yearNumber).min(1).optional(),
        /** Contract year 1 is the calendar year of joining, 2 the next, and so on. */
        contract: z.array(z.number().int().min(1)).min(1).optional(),
      })
      .strict()
      .optional(),
    rounding: roundingSchema.optional(),
  })
  .strict();

export const keySchema = z
  .object({
    schemaVersion: z.literal(KEY_SCHEMA_VERSION),
    id: idText,
    version: z.number().int().min(1),
    name: z.string().min(1),
    family: z.enum(['allocation', 'fee-schedule']),
    description: z.string().optional(),
    source: z.string().optional(),
    parameters: z.record(idText, decimalText).default({}),
    rounding: roundingSchema.default({ unit: '0.01', mode: 'half-up' }),
    proRata: proRataSchema.default({ join: 'none', leave: 'none' }),
    components: z.array(componentSchema).min(1),
    subsidies: z.array(subsidySchema).default([]),
  })
  .strict();

export type KeyDefinition = z.output<typeof keySchema>;
export type KeyDefinitionInput = z.input<typeof keySchema>;
export type ComponentDefinition = z.output<typeof componentSchema>;
export type FeeComponentDefinition = z.output<typeof feeComponentSchema>;
export type SubsidyDefinition = z.output<typeof subsidySchema>;
export type MetricRefDefinition = z.output<typeof metricRefSchema>;
export type BandDefinition = z.output<typeof bandSchema>;
export type RoundingDefinition = z.output<typeof roundingSchema>;
