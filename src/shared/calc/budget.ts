/**
 * Budget arithmetic: lines in minor units, revenue positive and costs negative; totals, gross
 * result (revenue plus direct costs), result, and each line's share of revenue (exact ratio and
 * a whole-percent figure rounded half-up, as the source documents show them).
 */
import { AndelError, invalidField, ref } from '../errors';
import type { Ratio } from './exact';
import { ratio, roundProduct } from './exact';

export type BudgetLineKind = 'revenue' | 'direct-cost' | 'other-cost';

export interface BudgetLine {
  readonly id: string;
  readonly label: string;
  readonly kind: BudgetLineKind;
  /** Minor units: positive for revenue, negative for costs. */
  readonly amount: number;
}

export interface BudgetLineResult extends BudgetLine {
  /** |amount| / total revenue, exact. */
  readonly shareOfRevenue: Ratio;
  /** Whole percent, half-up. */
  readonly percentOfRevenue: number;
}

export interface BudgetResult {
  readonly lines: readonly BudgetLineResult[];
  readonly revenue: number;
  readonly directCosts: number;
  readonly otherCosts: number;
  /** revenue + direct costs (costs are negative). */
  readonly grossResult: number;
  readonly costs: number;
  readonly result: number;
}

/**
 * A sum of minor units, exactly (BigInt), refused when it leaves the range a number holds exactly
 * (±2^53 − 1): a budget of more than 90 000 billion kronor would otherwise be silently rounded.
 */
export function exactSum(values: readonly number[], year?: number): number {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return exactNumber(total, year);
}

export function exactNumber(total: bigint, year?: number): number {
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new AndelError('INVALID_INPUT', ref('error.budget.sumTooLarge', { year: year ?? '' }));
  }
  return Number(total);
}

export function computeBudget(lines: readonly BudgetLine[], year?: number): BudgetResult {
  let revenue = 0n;
  let directCosts = 0n;
  let otherCosts = 0n;
  lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.amount)) throw invalidField(`lines[${i}].amount`, 'error.engine.wholeMinorUnits');
    if (l.kind === 'revenue' && l.amount < 0) throw invalidField(`lines[${i}].amount`, 'error.engine.revenuePositive');
    if (l.kind !== 'revenue' && l.amount > 0) throw invalidField(`lines[${i}].amount`, 'error.engine.costNegative');
    if (l.kind === 'revenue') revenue += BigInt(l.amount);
    else if (l.kind === 'direct-cost') directCosts += BigInt(l.amount);
    else otherCosts += BigInt(l.amount);
  });
  const revenueTotal = exactNumber(revenue, year);
  const out = lines.map((l) => ({
    ...l,
    shareOfRevenue: revenueTotal === 0 ? ratio(0, 1) : ratio(Math.abs(l.amount), revenueTotal),
    percentOfRevenue: revenueTotal === 0 ? 0 : roundProduct(Math.abs(l.amount), 100, 1, revenueTotal, 1, { unit: 1, mode: 'half-up' }),
  }));
  return {
    lines: out,
    revenue: revenueTotal,
    directCosts: exactNumber(directCosts, year),
    otherCosts: exactNumber(otherCosts, year),
    grossResult: exactNumber(revenue + directCosts, year),
    costs: exactNumber(directCosts + otherCosts, year),
    result: exactNumber(revenue + directCosts + otherCosts, year),
  };
}
