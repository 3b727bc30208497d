/**
 * What computeScenario returns. Amounts are integer minor units of `currency`.
 */
import type { RoundingMode } from './exact';
import type { ComponentKind, Edge, ProRataMode } from './key.types';
import type { FundingStatus } from './scenario.schema';

/** Why a charge is what it is: enough to recompute it by hand or with a spreadsheet formula. */
export interface ChargeTrail {
  readonly metric?: { readonly name: string; readonly year: number; readonly value: number; readonly referenceDate: string | null; readonly projected: boolean };
  readonly band?: { readonly index: number; readonly from: number; readonly to: number | null; readonly edge: Edge };
  /**
   * Marginal bands: the part of the value inside each band it reaches and that band's rate (major
   * units per unit, as written); the annual amount is the exact sum of units × rate.
   */
  readonly marginal?: readonly { readonly index: number; readonly from: number; readonly to: number | null; readonly units: number; readonly rate: string }[];
  /** Rate in major units per unit of the metric, as written in the key. */
  readonly rate?: string;
  /** Flat annual amount (band amount, category fee, fixed fee) before pro rata. */
  readonly flatAmount?: number;
  readonly pool?: { readonly amount: number; readonly sharePercent: string; readonly weight: number; readonly totalWeight: number };
  readonly proRata?: { readonly mode: ProRataMode; readonly numerator: number; readonly denominator: number };
  readonly clamp?: { readonly kind: 'min' | 'max'; readonly amount: number };
  readonly override?: { readonly replaces: readonly string[] };
  readonly oneTime?: boolean;
  readonly rounding: { readonly unit: number; readonly mode: RoundingMode };
}

export interface SubsidyCharge {
  readonly subsidyId: string;
  readonly funder: string;
  readonly amount: number;
  /** Share text ("50") or rate text ("0.32") and the units it applied to. */
  readonly basis: { readonly sharePercent?: string; readonly rate?: string; readonly units?: number; readonly capped: boolean; readonly contractYear: number | null };
}

export interface ComponentCharge {
  readonly componentId: string;
  readonly kind: ComponentKind;
  readonly label: string;
  /** The gross charge for the component, rounded by the component's rule. */
  readonly amount: number;
  readonly subsidies: readonly SubsidyCharge[];
  readonly trail: ChargeTrail | null;
}

/**
 * A per-member adjustment applied to one member-year: after the key's charge, before subsidies
 * are deducted; it changes what the member pays and the balance, nobody else's charge.
 */
export interface AdjustmentCharge {
  readonly adjustmentId: string;
  readonly kind: 'surcharge' | 'discount';
  readonly label: string;
  readonly reason: string;
  /** Signed minor units: positive for a surcharge, negative for a discount. */
  readonly amount: number;
  readonly basis: {
    /** Percent as written (or the parameter's value) and the parameter it comes from. */
    readonly percent?: string;
    readonly param?: string;
    /** The key charge the percent applies to (sum of the components, before subsidies). */
    readonly base: number;
    /** A fixed amount per year (minor units, unsigned). */
    readonly fixedAmount?: number;
    /** A discount cut down so the member does not pay less than nothing after subsidies. */
    readonly capped: boolean;
    readonly rounding: { readonly unit: number; readonly mode: RoundingMode };
  };
}

export interface MemberYearCharge {
  readonly year: number;
  /** Whether the member pays anything this year (a member, present on some day). */
  readonly charged: boolean;
  readonly components: readonly ComponentCharge[];
  /** Allocation keys: the member's part of the pool after largest remainder (0 for fee schedules). */
  readonly poolTotal: number;
  /** poolTotal minus the sum of the rounded pool components, shown so the breakdown adds up. */
  readonly roundingAdjustment: number;
  /** Per-member adjustments (scenario `adjustments`), in the order they apply; empty when none. */
  readonly adjustments: readonly AdjustmentCharge[];
  /** Their sum (signed). */
  readonly adjustment: number;
  /** Everything charged: sum of component amounts plus roundingAdjustment plus adjustment. */
  readonly gross: number;
  /** Paid by funders on the member's behalf. */
  readonly subsidies: number;
  /** What the member pays: gross - subsidies. */
  readonly net: number;
}

export interface MemberResult {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly role: string;
  readonly invoicedVia: string | null;
  readonly years: readonly MemberYearCharge[];
  readonly totalGross: number;
  readonly totalNet: number;
}

export interface YearTotals {
  readonly year: number;
  readonly costs: number | null;
  readonly pool: number | null;
  readonly gross: number;
  readonly subsidies: number;
  readonly net: number;
  /** Sum of the members' adjustments (included in gross, not in byComponent). */
  readonly adjustments: number;
  readonly byComponent: Readonly<Record<string, number>>;
  readonly chargedMembers: number;
}

export interface FunderResult {
  readonly funder: string;
  readonly byYear: readonly number[];
  readonly total: number;
}

export interface FundingYear {
  readonly year: number;
  readonly secured: number;
  readonly expected: number;
  readonly uncertain: number;
  readonly total: number;
}

export interface FundingSummary {
  readonly sources: readonly { readonly source: string; readonly kind: 'external' | 'members'; readonly byYear: readonly { readonly year: number; readonly amount: number; readonly status: FundingStatus | null }[]; readonly total: number }[];
  readonly byYear: readonly FundingYear[];
  readonly secured: number;
  readonly expected: number;
  readonly uncertain: number;
  readonly total: number;
  /** expected + uncertain */
  readonly notSecured: number;
}

export interface BalanceYear {
  readonly year: number;
  readonly costs: number | null;
  /** What the members pay (net of subsidies). */
  readonly memberCharges: number;
  /** What funders pay on members' behalf. */
  readonly subsidies: number;
  readonly externalFunding: number;
  /** Planned member contributions from funding lines of kind "members" (for comparison only). */
  readonly plannedMemberFunding: number;
  /** memberCharges + subsidies + externalFunding - costs (null without costs). */
  readonly balance: number | null;
}

/** What every result of a computation carries besides the members' charges. */
export interface ScenarioSummary {
  readonly scenarioId: string;
  readonly keyId: string;
  readonly keyVersion: number;
  readonly currency: string;
  readonly years: readonly number[];
  readonly parameters: Readonly<Record<string, string>>;
  readonly totals: readonly YearTotals[];
  readonly funders: readonly FunderResult[];
  readonly funding: FundingSummary;
  readonly balance: readonly BalanceYear[];
}

/** The detailed result (computeScenario): one object per member-year and charge, with subsidies and optional trails. */
export interface ScenarioResult extends ScenarioSummary {
  readonly members: readonly MemberResult[];
}

export interface FiguresMember {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly role: string;
  readonly invoicedVia: string | null;
}

export interface FiguresComponent {
  readonly id: string;
  readonly kind: ComponentKind;
  readonly label: string;
}

/**
 * The same numbers as ScenarioResult, in columns (computeFigures): what a screen that recomputes
 * on every slider step reads, without an object per charge. Member i (members order, by id) in
 * year index t (years order) is at [t * members.length + i] in every per-member-year array.
 */
export interface ScenarioFigures extends ScenarioSummary {
  readonly members: readonly FiguresMember[];
  /** In key order. */
  readonly components: readonly FiguresComponent[];
  /** 1 where the member pays in that year (MemberYearCharge.charged). */
  readonly charged: Uint8Array;
  /**
   * Per component (components order): the gross amount of each member-year, NaN where the
   * component is not charged (the member-year is not charged, or the fee does not apply).
   */
  readonly amounts: readonly Float64Array[];
  readonly poolTotal: Float64Array;
  readonly roundingAdjustment: Float64Array;
  /** Sum of the member-year's adjustments (MemberYearCharge.adjustment), 0 where none. */
  readonly adjustment: Float64Array;
  readonly gross: Float64Array;
  readonly subsidies: Float64Array;
  readonly net: Float64Array;
  /** Per member: over all years. */
  readonly totalGross: Float64Array;
  readonly totalNet: Float64Array;
}
