/**
 * Budgets of a cooperation: lines per year (revenue positive, costs negative, minor units),
 * staff as a share of a position over dated periods, and funding sources with amounts per year
 * and status. Each save is one transaction and returns what was stored before, for undo.
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import type { BudgetResult } from '../../calc';
import { budgetLineKinds, fundingStatuses } from '../../document/workspace-document.schema';
import { isoDate } from '../../iso-date';
import { command, query } from '../define';
import { expectedVersion, type RowVersioned } from '../row-version';
import { keyedCheck, keyedRefine } from '../../i18n/zod-issues';
import { CALENDAR_YEAR, LOWER_NAME } from '../../domain/field-patterns';

const year = CALENDAR_YEAR;
const minorUnits = z.number().int(keyedCheck('error.field.wholeMinorUnits')).refine(Number.isSafeInteger, keyedRefine('error.field.amountTooLarge'));
const label = z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200, keyedCheck('error.field.atMostCharacters', { maximum: 200 }));

const budgetsGetInput = z.object({ cooperationId: entityId }).strict();
const budgetsComputeInput = z.object({ cooperationId: entityId, year }).strict();

const budgetLineSaveInput = z
  .object({
    /** Absent: a new line. */
    id: entityId.optional(),
    cooperationId: entityId,
    year,
    kind: z.enum(budgetLineKinds),
    category: z.string().regex(LOWER_NAME, 'expected a category such as membership_fees or staff'),
    label,
    /** Signed: revenue positive, cost negative. */
    amount: minorUnits,
    position: z.number().int().min(0).optional(),
    /** A direct cost (bought in for resale or passed straight through): counted in the gross result. Absent: unchanged (new line: not direct). */
    direct: z.boolean().optional(),
    expectedVersion,
  })
  .strict()
  .refine((line) => (line.kind === 'revenue' ? line.amount >= 0 : line.amount <= 0), {
    ...keyedRefine('error.field.revenuePositiveCostNegative'),
    path: ['amount'],
  })
  .refine((line) => !(line.kind === 'revenue' && line.direct === true), { ...keyedRefine('error.field.onlyCostDirect'), path: ['direct'] });

/** A delete of a versioned row: with `expectedVersion`, refused when the row has changed since it was read. */
const deleteInput = z.object({ id: entityId, expectedVersion }).strict();

const staffSaveInput = z
  .object({
    id: entityId.optional(),
    cooperationId: entityId,
    role: label,
    personId: entityId.nullable().optional(),
    /** The full-time annual cost of the position, minor units. */
    annualCost: minorUnits.refine((v) => v >= 0, keyedRefine('error.field.notNegative')),
    periods: z
      .array(
        z
          .object({
            from: isoDate,
            to: isoDate,
            percent: z.number().min(0, keyedCheck('error.field.percentRange')).max(100, keyedCheck('error.field.percentRange')),
          })
          .strict(),
      )
      .min(1, keyedCheck('error.field.atLeastOnePeriod'))
      .max(100),
    expectedVersion,
  })
  .strict();

const fundingSaveInput = z
  .object({
    id: entityId.optional(),
    cooperationId: entityId,
    name: label,
    funderOrganisationId: entityId.nullable().optional(),
    purpose: z.string().max(500).nullable().optional(),
    amounts: z
      .array(
        z
          .object({
            year,
            amount: minorUnits.refine((v) => v >= 0, keyedRefine('error.field.notNegative')),
            status: z.enum(fundingStatuses),
          })
          .strict(),
      )
      .max(200),
    expectedVersion,
  })
  .strict();

export type FundingStatusName = (typeof fundingStatuses)[number];

export interface BudgetLineView extends RowVersioned {
  id: number;
  cooperationId: number;
  year: number;
  kind: 'revenue' | 'cost';
  category: string;
  label: string;
  amount: number;
  position: number;
  /** The line's own flag: a direct cost (bought in for resale or passed straight through); gross result = revenue less direct costs. */
  direct: boolean;
  /** |amount| / revenue of the year in whole percent (half-up), null when the year has no revenue. */
  percentOfRevenue: number | null;
}

export interface BudgetYearTotals {
  year: number;
  revenue: number;
  directCosts: number;
  otherCosts: number;
  grossResult: number;
  costs: number;
  result: number;
}

export interface StaffPeriodView {
  from: string;
  to: string;
  percent: number;
}

export interface StaffAllocationView extends RowVersioned {
  id: number;
  cooperationId: number;
  role: string;
  personId: number | null;
  personName: string | null;
  annualCost: number;
  periods: StaffPeriodView[];
  /** Cost per calendar year from computeStaffCost (pro rata by day), minor units. */
  costByYear: Record<string, number>;
  total: number;
}

export interface FundingAmountView {
  year: number;
  amount: number;
  status: FundingStatusName;
}

export interface FundingSourceView extends RowVersioned {
  id: number;
  cooperationId: number;
  name: string;
  funderOrganisationId: number | null;
  funderName: string | null;
  purpose: string | null;
  amounts: FundingAmountView[];
  /** The scenarios whose funding lines take their amounts from this source (budgets:get only). */
  usedByScenarios?: { id: number; name: string }[];
}

export interface BalanceYear {
  year: number;
  /** Costs of the budget lines, as a positive amount. */
  costs: number;
  /** Revenue of the budget lines. */
  revenue: number;
  secured: number;
  expected: number;
  uncertain: number;
  /** revenue + all funding − costs. */
  balance: number;
}

export interface BudgetOverview {
  cooperation: { id: number; name: string; currency: string };
  years: number[];
  lines: BudgetLineView[];
  totals: BudgetYearTotals[];
  staff: StaffAllocationView[];
  /** Staff cost per year over all allocations. */
  staffCostByYear: Record<string, number>;
  funding: FundingSourceView[];
  balance: BalanceYear[];
}

export interface BudgetLineChange {
  value: BudgetLineView;
  previous: BudgetLineView | null;
}

export interface StaffChange {
  value: StaffAllocationView;
  previous: StaffAllocationView | null;
}

export interface FundingChange {
  value: FundingSourceView;
  previous: FundingSourceView | null;
}

export interface BudgetComputation {
  cooperationId: number;
  year: number;
  currency: string;
  result: BudgetResult;
}

export const budgetsChannels = {
  /** The cooperation's budget result for a year, computed by the engine (shared/calc) from the stored lines. */
  'budgets:compute': query<typeof budgetsComputeInput, BudgetComputation>(budgetsComputeInput),
  'budgets:get': query<typeof budgetsGetInput, BudgetOverview>(budgetsGetInput),
  'budgetLines:save': command<typeof budgetLineSaveInput, BudgetLineChange>(budgetLineSaveInput),
  'budgetLines:delete': command<typeof deleteInput, BudgetLineView>(deleteInput),
  'staff:save': command<typeof staffSaveInput, StaffChange>(staffSaveInput),
  'staff:delete': command<typeof deleteInput, StaffAllocationView>(deleteInput),
  'funding:save': command<typeof fundingSaveInput, FundingChange>(fundingSaveInput),
  'funding:delete': command<typeof deleteInput, FundingSourceView>(deleteInput),
} as const;
