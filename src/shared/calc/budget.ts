/**
 * Budget arithmetic: lines in minor units, revenue positive and costs negative; totals, gross
 * result (revenue plus direct costs), result, and each line's share of revenue (exact ratio and
 * a whole-percent figure rounded half-up, as the source documents show them).
 */
import { invalidInput } from '../errors';
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

export function computeBudget(lines: readonly BudgetLine[]): BudgetResult {
  let revenue = 0;
  let directCosts = 0;
  let otherCosts = 0;
  lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.amount)) throw invalidInput(`lines[${i}].amount`, 'must be a whole number of minor units');
    if (l.kind === 'revenue' && l.amount < 0) throw invalidInput(`lines[${i}].amount`, 'revenue is written as a positive amount');
    if (l.kind !== 'revenue' && l.amount > 0) throw invalidInput(`lines[${i}].amount`, 'a cost is written as a negative amount');
    if (l.kind === 'revenue') revenue += l.amount;
    else if (l.kind === 'direct-cost') directCosts += l.amount;
    else otherCosts += l.amount;
  });
  const out = lines.map((l) => ({
    ...l,
    shareOfRevenue: revenue === 0 ? ratio(0, 1) : ratio(Math.abs(l.amount), revenue),
    percentOfRevenue: revenue === 0 ? 0 : roundProduct(Math.abs(l.amount), 100, 1, revenue, 1, { unit: 1, mode: 'half-up' }),
  }));
  return { lines: out, revenue, directCosts, otherCosts, grossResult: revenue + directCosts, costs: directCosts + otherCosts, result: revenue + directCosts + otherCosts };
}
