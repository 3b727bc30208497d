/**
 * Funding and balance per year: each source's amount and status (secured / expected /
 * uncertain), what the members pay and what subsidies cover (formulas over the member sheets'
 * totals), and the balance against costs. Sources of kind "members" are planned member
 * contributions: shown for comparison, left out of the balance (as the engine does).
 */
import type { SheetLike } from '../xlsx/sheet-like';
import type { ResolvedScenario, ScenarioSummary } from '../../../shared/calc';
import type { ExportLabels } from '../export-labels';
import { minorToMajor, roundFormula, setFormula, sumFormula } from '../xlsx/formula-cell';
import { amountFormat } from '../xlsx/number-formats';
import { setText } from '../xlsx/safe-cell';
import { FONT_NAME, columnLetter, fitRowHeight, setupSheetForPrint, styleHeaderRow, styleTotalRow, writeTitleBlock } from '../xlsx/sheet-setup';
import type { AnnexMetadata } from './annex-input';
import type { AnnexLabels } from './annex-labels';
import type { AnnexPlan } from './annex-plan';
import { HEADER_ROW, columnOf } from './annex-plan';
import { localDate } from '../local-time';

export interface FundingContext {
  readonly resolved: ResolvedScenario;
  readonly result: ScenarioSummary;
  readonly plan: AnnexPlan;
  readonly metadata: AnnexMetadata;
  readonly labels: AnnexLabels;
  readonly common: ExportLabels;
  readonly titleLines: readonly string[];
  readonly moneyDecimals: number;
}

export function writeFundingSheet(sheet: SheetLike, ctx: FundingContext): void {
  const { resolved, result, plan, metadata, labels } = ctx;
  const words = labels.funding;
  const exponent = resolved.exponent;
  const money = amountFormat(metadata.language, ctx.moneyDecimals);
  const sources = resolved.funding;
  const hasCosts = resolved.costs !== null;

  // Year | Costs | per source: amount, status | members pay | subsidies | external | not secured | balance
  const heads: string[] = [words.year, words.costs];
  for (const source of sources) heads.push(source.kind === 'members' ? `${source.source} (${words.plannedByMembers})` : source.source, words.status);
  heads.push(words.memberCharges, words.subsidies, words.external, words.notSecured, words.balance);
  const col = (index: number): string => columnLetter(index + 1);
  const costsCol = 1;
  const sourceCol = (i: number): number => 2 + i * 2;
  const membersCol = 2 + sources.length * 2;
  const subsidiesCol = membersCol + 1;
  const externalCol = membersCol + 2;
  const notSecuredCol = membersCol + 3;
  const balanceCol = membersCol + 4;

  sheet.getColumn(1).width = 8;
  for (let index = 1; index < heads.length; index += 1) sheet.getColumn(index + 1).width = 15;
  sources.forEach((_, i) => {
    sheet.getColumn(sourceCol(i) + 2).width = 11;
  });
  const headerRow = writeTitleBlock(sheet, { title: words.title, lines: ctx.titleLines, draftLabel: metadata.draft ? ctx.common.common.draft : null, lastColumn: heads.length });
  heads.forEach((text, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    setText(cell, text);
    cell.alignment = { horizontal: index === 0 ? 'left' : 'right' };
  });
  styleHeaderRow(sheet, headerRow, 1, heads.length);
  fitRowHeight(sheet, headerRow, heads.map((_, index) => index + 1));

  const netLetter = columnOf(plan, 'net').letter;
  const subsidiesLetter = plan.subsidies.length > 0 ? columnOf(plan, 'subsidies').letter : null;
  plan.years.forEach((year, index) => {
    const row = headerRow + 1 + index;
    const balance = result.balance[index];
    const totals = result.totals[index];
    sheet.getCell(row, 1).value = year.year;
    sheet.getCell(row, 1).alignment = { horizontal: 'left' };
    const cell = (column: number) => sheet.getCell(row, column + 1);
    if (hasCosts) {
      cell(costsCol).value = minorToMajor(resolved.costs?.[year.t] ?? 0, exponent);
    }
    let notSecured = 0;
    const external: string[] = [];
    let externalSum = 0;
    sources.forEach((source, i) => {
      const amount = source.amounts[year.t] ?? 0;
      const status = source.statuses[year.t] ?? null;
      cell(sourceCol(i)).value = minorToMajor(amount, exponent);
      cell(sourceCol(i)).numFmt = money;
      setText(cell(sourceCol(i) + 1), status === null ? null : words.statuses[status]);
      cell(sourceCol(i) + 1).alignment = { horizontal: 'right' };
      if (status !== null && status !== 'secured') notSecured += amount;
      if (source.kind === 'external') {
        external.push(`${col(sourceCol(i))}${row}`);
        externalSum += amount;
      }
    });
    const memberRef = year.rows.length > 0 ? `'${year.sheetName}'!${netLetter}${year.totalRow}` : '0';
    setFormula(cell(membersCol), memberRef, minorToMajor(totals?.net ?? 0, exponent));
    const subsidyRef = subsidiesLetter && year.rows.length > 0 ? `'${year.sheetName}'!${subsidiesLetter}${year.totalRow}` : '0';
    setFormula(cell(subsidiesCol), subsidyRef, minorToMajor(totals?.subsidies ?? 0, exponent));
    setFormula(cell(externalCol), external.length > 0 ? roundFormula(external.join('+'), exponent) : '0', minorToMajor(externalSum, exponent));
    const statusRange = sources.map((_, i) => `${col(sourceCol(i) + 1)}${row}`);
    const amountsRange = sources.map((_, i) => `${col(sourceCol(i))}${row}`);
    // Not secured = every amount whose status is not "secured", as a formula over the row's own cells.
    const notSecuredFormula =
      sources.length > 0
        ? roundFormula(amountsRange.map((a, i) => `IF(${statusRange[i] ?? ''}="${words.statuses.secured}",0,${a})`).join('+'), exponent)
        : '0';
    setFormula(cell(notSecuredCol), notSecuredFormula, minorToMajor(notSecured, exponent));
    if (hasCosts && balance && balance.balance !== null) {
      const f = roundFormula(`${col(membersCol)}${row}+${col(subsidiesCol)}${row}+${col(externalCol)}${row}-${col(costsCol)}${row}`, exponent);
      setFormula(cell(balanceCol), f, minorToMajor(balance.balance, exponent));
    }
    for (let column = 1; column <= heads.length; column += 1) {
      const c = sheet.getCell(row, column);
      c.font = { name: FONT_NAME, bold: column === balanceCol + 1 };
      if (column > 1 && !c.numFmt) c.numFmt = money;
    }
    for (const column of [costsCol, membersCol, subsidiesCol, externalCol, notSecuredCol, balanceCol]) cell(column).numFmt = money;
  });

  const totalRow = headerRow + 1 + plan.years.length;
  setText(sheet.getCell(totalRow, 1), labels.members.total);
  const first = headerRow + 1;
  const last = totalRow - 1;
  const sumColumns = [costsCol, ...sources.map((_, i) => sourceCol(i)), membersCol, subsidiesCol, externalCol, notSecuredCol, balanceCol];
  for (const column of sumColumns) {
    if (column === costsCol && !hasCosts) continue;
    if (column === balanceCol && !hasCosts) continue;
    let cached = 0;
    for (let row = first; row <= last; row += 1) {
      const value = sheet.getCell(row, column + 1).value;
      const n = typeof value === 'number' ? value : value && typeof value === 'object' && 'result' in value && typeof value.result === 'number' ? value.result : 0;
      cached += Math.round(n * 10 ** exponent);
    }
    const letter = col(column);
    const cell = sheet.getCell(totalRow, column + 1);
    setFormula(cell, roundFormula(sumFormula(`${letter}${first}:${letter}${last}`), exponent), minorToMajor(cached, exponent));
    cell.numFmt = money;
  }
  styleTotalRow(sheet, totalRow, 1, heads.length);
  const notes = hasCosts ? [words.note] : [words.noCosts, words.note];
  notes.forEach((text, index) => {
    const cell = sheet.getCell(totalRow + 2 + index, 1);
    setText(cell, text);
    cell.font = { name: FONT_NAME, italic: true, size: 9, color: { argb: 'FF595959' } };
  });
  if (headerRow !== HEADER_ROW) throw new Error('the funding table must start where the member tables do');
  setupSheetForPrint(sheet, {
    title: words.title,
    consortium: metadata.consortium,
    exportedOn: localDate(metadata.exportedAt),
    tableHeaderRow: headerRow,
    frozenColumns: 1,
    draft: metadata.draft,
    labels: ctx.common,
  });
}
