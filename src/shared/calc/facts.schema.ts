/**
 * The facts a workspace supplies to a scenario: who takes part, in what role, since when, and
 * their metric series. Built by the workspace from its database; never stored in a scenario.
 */
import { z } from 'zod';
import { idText, isoDateText } from './key.schema';
import { keyedCheck } from '../i18n/zod-issues';
import { YEAR_TEXT } from '../domain/field-patterns';

export const metricPointSchema = z
  .object({
    value: z.number().int('a metric value must be a whole number').min(0, keyedCheck('error.field.notNegative')),
    referenceDate: isoDateText.optional(),
    source: z.string().optional(),
  })
  .strict();

/** metric name → year ("2016") → value. */
export const metricSeriesSchema = z.record(idText, z.record(z.string().regex(YEAR_TEXT, 'expected a year such as "2016"'), metricPointSchema));

export const memberFactsSchema = z
  .object({
    id: idText,
    name: z.string().min(1),
    /** Organisation category, e.g. "municipality", "region", "other". */
    category: idText,
    role: z.enum(['member', 'observer', 'administrative-party']).default('member'),
    /** First day of participation (inclusive); null or absent = before any charge year. */
    joined: isoDateText.nullable().optional(),
    /** Last day of participation (inclusive); null or absent = still taking part. */
    left: isoDateText.nullable().optional(),
    /** The administrative party that is invoiced for this member (group membership). */
    invoicedVia: idText.optional(),
    /** The workspace organisation this member is (its organisation number, on the annex); absent for a member only of a scenario or a file. */
    organisationId: z.number().int().positive().optional(),
    metrics: metricSeriesSchema.default({}),
  })
  .strict();

export const factsSchema = z
  .object({
    members: z.array(memberFactsSchema),
    source: z.string().optional(),
  })
  .strict();

export type MemberFacts = z.output<typeof memberFactsSchema>;
export type MemberFactsInput = z.input<typeof memberFactsSchema>;
export type ScenarioFacts = z.output<typeof factsSchema>;
export type ScenarioFactsInput = z.input<typeof factsSchema>;
