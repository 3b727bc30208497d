/**
 * The normalised key: every text parsed into exact integers and ratios, every reference
 * resolved, bands checked. The engine's hot path reads only this shape.
 */
import type { z } from 'zod';
import type { Ratio, RoundingRule } from './exact';
import type { PlainDate } from './dates';
import type { edgeSchema, proRataModeSchema } from './key.schema';

export type ProRataMode = z.output<typeof proRataModeSchema>;
export type Edge = z.output<typeof edgeSchema>;

export interface MetricRef {
  readonly name: string;
  readonly yearOffset: number;
  readonly asOf: string | null;
  /** Unique identity of this (metric, reference rule) pair in a resolved scenario. */
  readonly key: string;
}

export interface Band {
  readonly index: number;
  readonly from: number;
  readonly to: number | null;
  /** Flat amount in minor units, or null when the band carries a rate. */
  readonly amount: number | null;
  /** Minor units per unit of the metric. */
  readonly rate: Ratio | null;
  readonly rateText: string | null;
}

export interface ProRata {
  readonly join: ProRataMode;
  readonly leave: ProRataMode;
}

interface ComponentBase {
  readonly index: number;
  readonly id: string;
  readonly label: string;
}

export interface EqualComponent extends ComponentBase {
  readonly kind: 'equal';
  readonly share: Ratio;
  readonly shareText: string;
}

export interface ProportionalComponent extends ComponentBase {
  readonly kind: 'proportional';
  readonly share: Ratio;
  readonly shareText: string;
  readonly metric: MetricRef;
}

export type PoolComponent = EqualComponent | ProportionalComponent;

interface FeeBase extends ComponentBase {
  readonly recurrence: 'annual' | 'on-join';
  readonly categories: readonly string[] | null;
  readonly members: readonly string[] | null;
  /** Group or individual membership only (null: both). */
  readonly membership: 'group' | 'individual' | null;
  readonly proRata: ProRata;
  readonly rounding: RoundingRule;
  readonly min: number | null;
  readonly max: number | null;
}

export interface BandedComponent extends FeeBase {
  readonly kind: 'banded';
  readonly metric: MetricRef;
  readonly edge: Edge;
  readonly bands: readonly Band[];
}

export interface RateStep {
  readonly fromYear: number;
  readonly rate: Ratio;
  readonly text: string;
}

export interface PerUnitComponent extends FeeBase {
  readonly kind: 'per-unit';
  readonly metric: MetricRef;
  /** Ascending by fromYear; the first applies to every earlier year. */
  readonly rates: readonly RateStep[];
  readonly bands: readonly Band[] | null;
  readonly edge: Edge;
  /** `marginal`: each band's rate applies to the part of the value inside the band (bands all carry rates). */
  readonly bandMode: 'whole' | 'marginal';
  /** Marginal bands: a common denominator of the band rates (0 when it does not fit in 2^53; the exact path then uses BigInt). */
  readonly marginalDen: number;
  /** Marginal bands: each band's rate over marginalDen (rate.n * marginalDen / rate.d). */
  readonly marginalNum: readonly number[];
}

export interface CategoryComponent extends FeeBase {
  readonly kind: 'category';
  readonly amounts: Readonly<Record<string, number>>;
}

export interface FixedComponent extends FeeBase {
  readonly kind: 'fixed';
  readonly amount: number;
}

export type FeeComponent = BandedComponent | PerUnitComponent | CategoryComponent | FixedComponent;

export interface OverrideComponent extends ComponentBase {
  readonly kind: 'override';
  readonly metric: MetricRef | null;
  readonly above: number | null;
  readonly atLeast: number | null;
  readonly categories: readonly string[] | null;
  readonly replaces: readonly string[];
  readonly with: FeeComponent;
}

export type Component = PoolComponent | FeeComponent | OverrideComponent;
export type ComponentKind = Component['kind'];

export interface Subsidy {
  readonly index: number;
  readonly id: string;
  readonly funder: string;
  readonly componentId: string;
  readonly share: Ratio | null;
  readonly shareText: string | null;
  readonly perUnit: { readonly rate: Ratio; readonly rateText: string; readonly metric: MetricRef } | null;
  readonly proRata: boolean;
  readonly joinedFrom: PlainDate | null;
  readonly joinedTo: PlainDate | null;
  readonly categories: readonly string[] | null;
  readonly calendarYears: readonly number[] | null;
  readonly contractYears: readonly number[] | null;
  readonly rounding: RoundingRule;
  /** Where it was declared, for error messages: "key.subsidies[0]" or "subsidies[0]". */
  readonly path: string;
}

/** A per-member surcharge or discount of a scenario (scenario.schema adjustmentSchema). */
export interface Adjustment {
  readonly index: number;
  readonly id: string;
  readonly kind: 'surcharge' | 'discount';
  readonly members: readonly string[];
  /** Fraction of the member's key charge (percent / 100), or null for a fixed amount. */
  readonly percent: Ratio | null;
  readonly percentText: string | null;
  /** The key parameter the percent comes from, if any. */
  readonly param: string | null;
  /** Fixed amount in minor units per charged year, or null for a percent. */
  readonly amount: number | null;
  readonly reason: string;
  readonly label: string;
  readonly years: readonly number[] | null;
  readonly rounding: RoundingRule;
  /** "adjustments[0]" */
  readonly path: string;
}

export interface NormalizedKey {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly family: 'allocation' | 'fee-schedule';
  readonly currency: string;
  readonly exponent: number;
  readonly parameters: Readonly<Record<string, string>>;
  readonly rounding: RoundingRule;
  readonly proRata: ProRata;
  readonly components: readonly Component[];
  readonly pool: readonly PoolComponent[];
  readonly fees: readonly FeeComponent[];
  readonly overrides: readonly OverrideComponent[];
  readonly subsidies: readonly Subsidy[];
  /** The scenario's per-member adjustments, in the order they apply. */
  readonly adjustments: readonly Adjustment[];
  /** Every (metric, reference rule) the key and its subsidies read. */
  readonly metrics: readonly MetricRef[];
}
