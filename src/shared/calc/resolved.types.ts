/**
 * A fully resolved scenario: the key normalised, every member's presence and metric values
 * laid out per horizon year. computeScenario reads only this, so it does no parsing,
 * no date arithmetic and no validation.
 */
import type { KeyDefinition, SubsidyDefinition } from './key.schema';
import type { NormalizedKey } from './key.types';
import type { AdjustmentDefinition, FundingStatus } from './scenario.schema';
import type { PlainDate } from './dates';

export type MemberRole = 'member' | 'observer' | 'administrative-party';

/** Values of one (metric, reference rule) for one member, index = horizon year index. */
export interface ResolvedMetric {
  /** NaN where the member is not charged that year (not needed, not resolved). */
  readonly values: number[];
  /** The year the value refers to (charge year + offset). */
  readonly sourceYears: number[];
  readonly referenceDates: (string | null)[];
  /** True where the value was projected by a growth rate rather than read from the series. */
  readonly projected: boolean[];
}

export interface ResolvedMember {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly role: MemberRole;
  readonly invoicedVia: string | null;
  /** The workspace organisation this member is (facts' `organisationId`); null for a member only of a scenario or a file. */
  readonly organisationId: number | null;
  readonly joined: string | null;
  readonly left: string | null;
  readonly joinedDate: PlainDate | null;
  readonly joinYear: number | null;
  /** Per horizon year: first and last day of year present (1-based day of year), 0 when absent. */
  readonly startDay: number[];
  readonly endDay: number[];
  readonly startMonth: number[];
  readonly endMonth: number[];
  /** Per metric key (see NormalizedKey.metrics). */
  readonly metrics: Readonly<Record<string, ResolvedMetric>>;
}

export interface ResolvedFundingSource {
  readonly source: string;
  readonly kind: 'external' | 'members';
  /** Per horizon year index: amount in minor units (0 when absent) and status (null when absent). */
  readonly amounts: number[];
  readonly statuses: (FundingStatus | null)[];
}

/** Metric values the resolve step projected by a growth rate rather than read from the facts (as data; views put it in words). */
export interface MetricProjection {
  readonly metric: string;
  /** The year the value stands for (a charge year plus the key's year offset). */
  readonly year: number;
  /** The last year with a known value, which the projection grew from. */
  readonly fromYear: number;
  /** The yearly growth in percent, as the scenario writes it ("0.5"). */
  readonly rate: string;
  /** The horizon years whose charges read the value. */
  readonly chargeYears: readonly number[];
  /** The members whose value is projected (ids, sorted). */
  readonly members: readonly string[];
}

export interface ResolvedScenario {
  readonly id: string;
  readonly name: string;
  readonly currency: string;
  readonly exponent: number;
  readonly years: readonly number[];
  readonly daysInYear: readonly number[];
  readonly key: NormalizedKey;
  /** Kept so a sweep can renormalise the key with other parameters. */
  readonly keyDefinition: KeyDefinition;
  readonly parameters: Readonly<Record<string, string>>;
  readonly extraSubsidies: readonly SubsidyDefinition[];
  /** The scenario's per-member adjustments as written (a sweep renormalises them with the key). */
  readonly adjustments: readonly AdjustmentDefinition[];
  /** Sorted by id, so nothing depends on the order the facts came in. */
  readonly members: readonly ResolvedMember[];
  /** Per year, minor units; null when the scenario gives no costs. */
  readonly costs: readonly number[] | null;
  /** Per year, what an allocation key shares out; null for fee schedules. */
  readonly pools: readonly number[] | null;
  readonly funding: readonly ResolvedFundingSource[];
  /** Where a metric value is projected rather than known, by metric, year and known year (sorted). */
  readonly projections: readonly MetricProjection[];
}
