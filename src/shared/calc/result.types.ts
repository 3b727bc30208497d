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

export interface MemberYearCharge {
  readonly year: number;
  /** Whether the member pays anything this year (a member, present on some day). */
  readonly charged: boolean;
  readonly components: readonly ComponentCharge[];
  /** Allocation keys: the member's part of the pool after largest remainder (0 for fee schedules). */
  readonly poolTotal: number;
  /** poolTotal minus the sum of the rounded pool components, shown so the breakdown adds up. */
  readonly roundingAdjustment: number;
  /** Everything charged: sum of component amounts plus roundingAdjustment. */
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
  readonly gross: Float64Array;
  readonly subsidies: Float64Array;
  readonly net: Float64Array;
  /** Per member: over all years. */
  readonly totalGross: Float64Array;
  readonly totalNet: Float64Array;
}
