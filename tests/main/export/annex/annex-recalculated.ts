/**
 * Checks a recalculated annex against the engine: every member's components, subsidies, rounding
 * adjustment, per-member adjustments, gross and net, and every total, must be the very double nearest to the engine's
 * öre / 100 (not a neighbour); an allocation's recalculated total must be the pool itself. Shared
 * by the large-amount annex tests, with the national consortium.
 */
import type { AnnexInput } from '../../../../src/main/export/annex/annex-input';
import type { AnnexPlan } from '../../../../src/main/export/annex/annex-plan';
import { columnOf } from '../../../../src/main/export/annex/annex-plan';
import { minorToMajor } from '../../../../src/main/export/xlsx/formula-cell';
import { chargedRows } from './annex-fixtures';

/** Every member cell and total of the recalculated annex (`values` by sheet and address) that differs from the engine. */
export function engineMismatches(input: AnnexInput, plan: AnnexPlan, values: Record<string, Record<string, unknown>>): string[] {
  const wrong: string[] = [];
  const check = (sheet: string, address: string, expected: number, what: string): void => {
    // exceljs reads a formula's <v>0</v> as no result (null); a missing cell stays undefined and fails.
    const read = values[sheet]?.[address];
    const value = read === null ? 0 : read;
    if (value !== minorToMajor(expected, 2)) wrong.push(`${sheet}!${address} ${what}: LibreOffice ${String(value)}, engine ${minorToMajor(expected, 2)}`);
  };
  for (const year of plan.years) {
    const at = (k: string, row: number): string => `${columnOf(plan, k).letter}${row}`;
    for (const { row, member, charge } of chargedRows(input, year)) {
      for (const part of charge.components) {
        check(year.sheetName, at(`comp:${part.componentId}`, row), part.amount, `${member.id} ${part.componentId}`);
        for (const sub of part.subsidies) check(year.sheetName, at(`sub:${sub.subsidyId}`, row), sub.amount, `${member.id} ${sub.subsidyId}`);
      }
      if (plan.allocation) check(year.sheetName, at('adjustment', row), charge.roundingAdjustment, `${member.id} adjustment`);
      for (const adjusted of charge.adjustments) check(year.sheetName, at(`adj:${adjusted.adjustmentId}`, row), adjusted.amount, `${member.id} ${adjusted.adjustmentId}`);
      check(year.sheetName, at('gross', row), charge.gross, `${member.id} gross`);
      check(year.sheetName, at('net', row), charge.net, `${member.id} net`);
    }
    const totals = input.result.totals[year.t];
    for (const component of plan.components) check(year.sheetName, at(`comp:${component.id}`, year.totalRow), totals?.byComponent[component.id] ?? NaN, `total ${component.id}`);
    check(year.sheetName, at('gross', year.totalRow), totals?.gross ?? NaN, 'total gross');
    check(year.sheetName, at('net', year.totalRow), totals?.net ?? NaN, 'total net');
    // An allocation's members pay exactly the pool: the recalculated total is the pool itself.
    if (plan.allocation) check(year.sheetName, at('net', year.totalRow), input.resolved.pools?.[year.t] ?? NaN, 'total net = pool');
  }
  return wrong;
}

/**
 * The consortium: 290 municipalities, 10 732 913 inhabitants in all — a Zipf-like spread
 * (985 000 / rank^0.81, the shape of Sweden's municipalities) plus a pseudo-random 0–996 so about
 * half are odd. With a pool of exactly 1.30 kr per inhabitant, an odd municipality's 85 % share is
 * 1.30 × 0.85 × population = 110.5 öre × population: an exact tie, which only an exact formula
 * rounds up every time.
 */
export function nationalPopulations(): number[] {
  const populations: number[] = [];
  let seed = 1626;
  for (let i = 0; i < 290; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    populations.push(Math.floor(985_000 / (i + 1) ** 0.81) + (seed % 997));
  }
  return populations;
}
