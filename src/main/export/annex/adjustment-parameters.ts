/**
 * The per-member adjustments' named cells on the parameters sheet, in a table of their own below
 * the key's parameters: the percent (or the fixed amount) of each adjustment, with the members it
 * names and the reason in words. Member tables refer to these names (adjustment-formulas.ts).
 */
import type { SheetLike, WorkbookLike } from '../xlsx/sheet-like';
import type { ResolvedScenario } from '../../../shared/calc';
import type { ExportLanguage } from '../export-language';
import { minorToMajor } from '../xlsx/formula-cell';
import { amountFormat } from '../xlsx/number-formats';
import type { ParameterRow, ParameterTableHeaders } from '../xlsx/parameter-table';
import { writeParameterTable } from '../xlsx/parameter-table';
import { fitRowHeight } from '../xlsx/sheet-setup';
import type { AdjustmentCell } from './adjustment-formulas';
import { percentDigits } from './adjustment-formulas';
import { ADJUSTMENT_LABELS } from './adjustment-labels';
import { joinList } from './annex-labels';
import type { AnnexPlan } from './annex-plan';
import type { NamePool } from './defined-name-pool';

export interface AdjustmentParametersContext {
  readonly workbook: Pick<WorkbookLike, 'definedNames'>;
  readonly sheet: SheetLike;
  readonly resolved: ResolvedScenario;
  readonly plan: AnnexPlan;
  readonly language: ExportLanguage;
  readonly headers: ParameterTableHeaders;
  readonly names: NamePool;
}

/** Writes the table two rows below the sheet's last row; returns each adjustment's cell rule by id. */
export function writeAdjustmentParameters(ctx: AdjustmentParametersContext): Map<string, AdjustmentCell> {
  const { resolved, plan, language } = ctx;
  const out = new Map<string, AdjustmentCell>();
  if (plan.adjustments.length === 0) return out;
  const words = ADJUSTMENT_LABELS[language];
  const memberName = new Map(resolved.members.map((m) => [m.id, m.name]));
  const rows: ParameterRow[] = [];
  for (const a of plan.adjustments) {
    const members = joinList[language](a.members.map((id) => memberName.get(id) ?? id));
    const years = a.years === null ? '' : ` (${words.years(a.years.join(', '))})`;
    if (a.percent !== null) {
      const digits = percentDigits(a.percent) ?? 12;
      const name = ctx.names.name('Adj', a.id);
      rows.push({ name, label: `${words.percent(a.label, a.kind, members, a.reason)}${years}`, value: (a.percent.n * 100) / a.percent.d, numFmt: `${amountFormat(language, digits)}" %"` });
      out.set(a.id, { kind: a.kind, percentName: name, percentDigits: digits, percent: a.percent, amountName: null, rounding: a.rounding });
    } else {
      const name = ctx.names.name('Adj', a.id);
      rows.push({ name, label: `${words.amount(a.label, a.kind, members, a.reason)}${years}`, value: minorToMajor(a.amount ?? 0, resolved.exponent), numFmt: amountFormat(language, resolved.exponent) });
      out.set(a.id, { kind: a.kind, percentName: null, percentDigits: 0, amountName: name, rounding: a.rounding });
    }
  }
  const headerRow = (ctx.sheet.lastRow?.number ?? 0) + 2;
  writeParameterTable(ctx.workbook, ctx.sheet, headerRow, ctx.headers, rows);
  rows.forEach((_, index) => {
    const row = headerRow + 1 + index;
    ctx.sheet.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
    fitRowHeight(ctx.sheet, row, [1]);
  });
  return out;
}
