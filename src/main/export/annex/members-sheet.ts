/**
 * One member table per year of the horizon: a row per paying member with organisation number,
 * the metric values the key reads and their reference dates, presence, each component, the
 * rounding adjustment, subsidies and the amount to pay — every amount a live formula whose cached
 * value is the engine's figure — and a totals row of SUM formulas.
 *
 * One sheet per year (not one wide sheet) so each prints on A4 landscape with its header
 * repeated, and a year's table can be read and signed on its own.
 */
import type { SheetLike } from '../xlsx/sheet-like';
import type { ResolvedScenario, ScenarioCharges } from '../../../shared/calc';
import type { ExportLanguage } from '../export-language';
import type { ExportLabels } from '../export-labels';
import { minorToMajor, moneySumFormula, roundFormula, setFormula, sumFormula } from '../xlsx/formula-cell';
import { amountFormat, integerFormat, percentFormat } from '../xlsx/number-formats';
import { setText } from '../xlsx/safe-cell';
import { FONT_NAME, fitRowHeight, setupSheetForPrint, styleHeaderRow, styleTotalRow, writeTitleBlock } from '../xlsx/sheet-setup';
import type { AnnexMetadata } from './annex-input';
import type { AnnexLabels } from './annex-labels';
import type { AnnexPlan, PlannedColumn, YearPlan } from './annex-plan';
import { HEADER_ROW, columnOf, presenceFactor, presenceUnit, ruleKey } from './annex-plan';
import { metricHeader } from './annex-text';
import { adjustmentFormula, type AdjustmentCell } from './adjustment-formulas';
import { ADJUSTMENT_LABELS } from './adjustment-labels';
import { componentFormula, subsidyFormula } from './member-formulas';
import type { ParameterNames } from './parameters-sheet';

export interface MemberSheetContext {
  readonly resolved: ResolvedScenario;
  /** Each row's charge is built from these as the row is written. */
  readonly charges: ScenarioCharges;
  readonly plan: AnnexPlan;
  readonly names: ParameterNames;
  readonly metadata: AnnexMetadata;
  readonly labels: AnnexLabels;
  readonly common: ExportLabels;
  readonly titleLines: readonly string[];
  /** Decimals shown for amounts: the currency's, or none when the key rounds to whole units. */
  readonly moneyDecimals: number;
  /** Per-member adjustments: each one's named cell and rule, by id (adjustment-parameters.ts). */
  readonly adjustmentCells?: ReadonlyMap<string, AdjustmentCell>;
}

const WIDTH: Readonly<Record<string, number>> = { name: 18, orgNo: 10, invoicedVia: 8, metric: 10, refdate: 11, presence: 8, factor: 8, money: 12 };

function widthOf(column: PlannedColumn): number {
  const prefix = column.key.split(':')[0] ?? column.key;
  if (prefix === 'comp' || prefix === 'sub' || column.kind === 'money') return WIDTH.money ?? 13;
  return WIDTH[prefix] ?? 12;
}

/** The longest text a text column holds this year (names, organisation numbers, administrative parties). */
function contentLengths(column: PlannedColumn, year: YearPlan, metadata: AnnexMetadata, names: ReadonlyMap<string, string>): number {
  if (column.key === 'name') return Math.max(0, ...year.rows.map((r) => r.member.name.length));
  if (column.key === 'orgNo') return Math.max(0, ...year.rows.map((r) => metadata.organisationNumbers?.[r.member.id]?.length ?? 0));
  if (column.key === 'invoicedVia') return Math.max(0, ...year.rows.map((r) => (r.member.invoicedVia ? (names.get(r.member.invoicedVia) ?? r.member.invoicedVia).length : 0)));
  return 0;
}

/**
 * Wide enough for the longest word of the header (a wrapped header must never break inside a
 * word, "Anslutningsav-gift") and for the longest text in the column, within sensible bounds.
 */
function fittedWidth(base: number, header: string, content: number): number {
  const longestWord = Math.max(...header.split(/\s+/).map((word) => word.length));
  return Math.min(30, Math.max(base, longestWord + 2, Math.ceil(content * 1.05) + 2));
}

function headerText(ctx: MemberSheetContext, column: PlannedColumn, year: YearPlan): string {
  const { labels, plan, resolved, metadata } = ctx;
  const words = labels.members;
  const language: ExportLanguage = metadata.language;
  const [prefix, id = ''] = [column.key.slice(0, column.key.indexOf(':')), column.key.slice(column.key.indexOf(':') + 1)];
  switch (column.key.includes(':') ? prefix : column.key) {
    case 'name':
      return words.member;
    case 'orgNo':
      return words.organisationNumber;
    case 'invoicedVia':
      return words.invoicedVia;
    case 'metric': {
      const metric = plan.metrics.find((m) => m.key === id);
      return metric ? metricHeader(metric.name, language) : id;
    }
    case 'refdate': {
      const metric = plan.metrics.find((m) => m.key === id);
      return words.referenceDate(metric ? metricHeader(metric.name, language) : id);
    }
    case 'presence': {
      const rule = plan.presenceRules.find((r) => ruleKey(r) === id);
      const unit = rule ? presenceUnit(rule) : 'month';
      return words.presence(unit, unit === 'day' ? year.daysInYear : 12);
    }
    case 'factor':
      return words.factor;
    case 'comp':
      return resolved.key.components.find((c) => c.id === id)?.label ?? id;
    case 'sub': {
      const subsidy = resolved.key.subsidies.find((s) => s.id === id);
      const component = resolved.key.components.find((c) => c.id === subsidy?.componentId)?.label ?? subsidy?.componentId ?? '';
      // The funder is named only when two funders pay towards the same component; the cover names them all.
      const shared = plan.subsidies.filter((s) => s.componentId === subsidy?.componentId).length > 1;
      return subsidy ? words.subsidy(shared ? subsidy.funder : null, component) : id;
    }
    case 'adjustment':
      return words.roundingAdjustment;
    case 'adj': {
      const adjustment = plan.adjustments.find((a) => a.id === id);
      return adjustment ? ADJUSTMENT_LABELS[language].column(adjustment.label, adjustment.kind) : id;
    }
    case 'gross':
      return words.gross;
    case 'subsidies':
      return words.subsidies;
    case 'net':
      return words.toPay;
    default:
      return column.key;
  }
}

export function writeMemberSheet(sheet: SheetLike, ctx: MemberSheetContext, year: YearPlan): void {
  const { plan, resolved, metadata, labels } = ctx;
  const language = metadata.language;
  const exponent = resolved.exponent;
  const money = amountFormat(language, ctx.moneyDecimals);
  const integer = integerFormat(language);
  const columns = plan.columns;
  const memberNames = new Map(resolved.members.map((m) => [m.id, m.name]));
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = fittedWidth(widthOf(column), headerText(ctx, column, year), contentLengths(column, year, metadata, memberNames));
  });

  const headerRow = writeTitleBlock(sheet, {
    title: labels.members.title(year.year),
    lines: ctx.titleLines,
    draftLabel: metadata.draft ? ctx.common.common.draft : null,
    lastColumn: columns.length,
  });
  if (headerRow !== HEADER_ROW) throw new Error(`member tables start in row ${HEADER_ROW}, not ${headerRow}`);
  columns.forEach((column, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    setText(cell, headerText(ctx, column, year));
    cell.alignment = { horizontal: column.key.startsWith('refdate:') ? 'center' : column.kind === 'text' ? 'left' : 'right' };
  });
  styleHeaderRow(sheet, headerRow, 1, columns.length);
  fitRowHeight(sheet, headerRow, columns.map((_, index) => index + 1));
  sheet.getRow(headerRow).height = Math.max(30, sheet.getRow(headerRow).height ?? 30);

  const names = memberNames;
  // One style object per kind of cell, shared by every cell of that kind: exceljs then resolves
  // each style once (it caches by object identity) instead of once per cell.
  const font = { name: FONT_NAME };
  const styles = {
    text: { font },
    integer: { font, numFmt: integer },
    date: { font, alignment: { horizontal: 'center' as const } },
    factor: { font, numFmt: percentFormat(language, 1) },
    money: { font, numFmt: money },
    net: { font: { name: FONT_NAME, bold: true }, numFmt: money },
  };
  const letter = (key: string): string => columnOf(plan, key).letter;
  // Every column a row writes, looked up once per sheet rather than by key for each cell.
  const col = (key: string): number => columnOf(plan, key).index;
  const nameCol = col('name');
  const orgNoCol = col('orgNo');
  const invoicedViaCol = col('invoicedVia');
  const metricCols = plan.metrics.map((metric) => ({ metric, value: col(`metric:${metric.key}`), refdate: col(`refdate:${metric.key}`) }));
  const presenceCols = plan.presenceRules.map((rule) => ({ rule, presence: col(`presence:${ruleKey(rule)}`), presenceLetter: letter(`presence:${ruleKey(rule)}`), factor: col(`factor:${ruleKey(rule)}`) }));
  const componentCols = new Map(plan.components.map((component) => [component.id, { component, index: col(`comp:${component.id}`) }]));
  const subsidyCols = new Map(plan.subsidies.map((subsidy) => [subsidy.id, { subsidy, index: col(`sub:${subsidy.id}`) }]));
  const adjCols = new Map(plan.adjustments.map((a) => [a.id, { index: col(`adj:${a.id}`), letter: letter(`adj:${a.id}`) }]));
  const compLetters = plan.components.map((c) => letter(`comp:${c.id}`));
  const subLetters = plan.subsidies.map((s) => letter(`sub:${s.id}`));
  const grossCol = col('gross');
  const grossLetter = letter('gross');
  const adjustmentCol = plan.allocation ? col('adjustment') : 0;
  const adjustmentLetter = plan.allocation ? letter('adjustment') : '';
  const subsidiesCol = subLetters.length > 0 ? col('subsidies') : 0;
  const subsidiesLetter = subLetters.length > 0 ? letter('subsidies') : '';
  const netCol = col('net');
  const adjLetters = [...adjCols.values()].map((c) => c.letter);
  const compRange = compLetters.length > 0 ? [compLetters[0], compLetters[compLetters.length - 1]] : null;
  const subRange = subLetters.length > 0 ? [subLetters[0], subLetters[subLetters.length - 1]] : null;
  const adjRange = adjLetters.length > 0 ? [adjLetters[0], adjLetters[adjLetters.length - 1]] : null;

  // The totals row's cached sums, added up as each row is written: the rows are let go as the
  // table grows (commitRows), so they cannot be read back at the end.
  const summed = summedColumns(plan);
  const sums = new Array<number>(summed.length).fill(0);
  let sinceCommit = 0;
  for (const planned of year.rows) {
    const { row, member } = planned;
    const charge = ctx.charges.charge(planned.index, year.t);
    // Row objects address cells by number; worksheet.getCell(r, c) parses an A1 address each time.
    const rowCells = sheet.getRow(row);
    for (let column = 1; column <= columns.length; column += 1) rowCells.getCell(column).style = styles.text;
    setText(rowCells.getCell(nameCol), member.name);
    setText(rowCells.getCell(orgNoCol), metadata.organisationNumbers?.[member.id] ?? null);
    setText(rowCells.getCell(invoicedViaCol), member.invoicedVia === null ? null : (names.get(member.invoicedVia) ?? member.invoicedVia));
    for (const { metric, value: valueCol, refdate: refdateCol } of metricCols) {
      const series = member.metrics[metric.key];
      const value = series?.values[year.t];
      if (series && value !== undefined && !Number.isNaN(value)) {
        const cell = rowCells.getCell(valueCol);
        cell.value = value;
        cell.style = styles.integer;
        const date = series.referenceDates[year.t] ?? String(series.sourceYears[year.t] ?? '');
        const refdate = rowCells.getCell(refdateCol);
        setText(refdate, series.projected[year.t] ? `${date} (${labels.members.projected})` : date);
        refdate.style = styles.date;
      }
    }
    for (const { rule, presence: presenceCol, presenceLetter, factor: factorCol } of presenceCols) {
      const f = presenceFactor(member, year.t, rule, year.daysInYear);
      const presence = rowCells.getCell(presenceCol);
      presence.value = f.n;
      presence.style = styles.integer;
      const factor = rowCells.getCell(factorCol);
      setFormula(factor, `${presenceLetter}${row}/${f.d}`, f.n / f.d);
      factor.style = styles.factor;
    }
    const rowCtx = { resolved, plan, names: ctx.names, year, row: { ...planned, charge } };
    for (const charged of charge.components) {
      const column = componentCols.get(charged.componentId);
      if (!column) continue;
      const { component } = column;
      const cell = rowCells.getCell(column.index);
      setFormula(cell, componentFormula(rowCtx, component), minorToMajor(charged.amount, exponent));
      cell.style = styles.money;
      for (const applied of charged.subsidies) {
        const subsidyColumn = subsidyCols.get(applied.subsidyId);
        if (!subsidyColumn) continue;
        const subCell = rowCells.getCell(subsidyColumn.index);
        setFormula(subCell, subsidyFormula(rowCtx, subsidyColumn.subsidy, component, charged, applied), minorToMajor(applied.amount, exponent));
        subCell.style = styles.money;
      }
    }
    const compSum = compRange ? sumFormula(`${compRange[0]}${row}:${compRange[1]}${row}`) : '0';
    if (plan.allocation) {
      const cell = rowCells.getCell(adjustmentCol);
      cell.value = minorToMajor(charge.roundingAdjustment, exponent);
      cell.style = styles.money;
    }
    // Per-member adjustments: on the key's charge (components + rounding adjustment), before subsidies.
    const keyCharge = `${compSum}${plan.allocation ? `+${adjustmentLetter}${row}` : ''}`;
    const applied: string[] = [];
    for (const adjustment of charge.adjustments) {
      const rule = ctx.adjustmentCells?.get(adjustment.adjustmentId);
      const column = adjCols.get(adjustment.adjustmentId);
      if (!rule || !column) continue;
      const cellRef = `${column.letter}${row}`;
      const paid = subLetters.length > 0 ? `-${subsidiesLetter}${row}` : '';
      const left = roundFormula(`${keyCharge}${applied.map((a) => `+${a}`).join('')}${paid}`, exponent);
      const cell = rowCells.getCell(column.index);
      setFormula(cell, adjustmentFormula(rule, keyCharge, left, exponent, charge.gross - charge.adjustment), minorToMajor(adjustment.amount, exponent));
      cell.style = styles.money;
      applied.push(cellRef);
    }
    const adjustmentCells = adjRange ? `+${sumFormula(`${adjRange[0]}${row}:${adjRange[1]}${row}`)}` : '';
    const grossCell = rowCells.getCell(grossCol);
    setFormula(grossCell, roundFormula(`${keyCharge}${adjustmentCells}`, exponent), minorToMajor(charge.gross, exponent));
    grossCell.style = styles.money;
    const netCell = rowCells.getCell(netCol);
    if (subRange) {
      const subsidiesCell = rowCells.getCell(subsidiesCol);
      setFormula(subsidiesCell, roundFormula(sumFormula(`${subRange[0]}${row}:${subRange[1]}${row}`), exponent), minorToMajor(charge.subsidies, exponent));
      subsidiesCell.style = styles.money;
      setFormula(netCell, roundFormula(`${grossLetter}${row}-${subsidiesLetter}${row}`, exponent), minorToMajor(charge.net, exponent));
    } else {
      setFormula(netCell, `${grossLetter}${row}`, minorToMajor(charge.net, exponent));
    }
    netCell.style = styles.net;
    summed.forEach((column, k) => (sums[k] = (sums[k] as number) + cachedAmount(rowCells.getCell(column.index).value, column.kind === 'money' ? exponent : null)));
    if (++sinceCommit === ROWS_PER_COMMIT) {
      sheet.commitRows?.(row);
      sinceCommit = 0;
    }
  }

  writeTotals(sheet, ctx, year, { summed, sums }, money, integer);
  setupSheetForPrint(sheet, {
    title: labels.members.title(year.year),
    consortium: metadata.consortium,
    exportedOn: metadata.exportedAt.toISOString().slice(0, 10),
    tableHeaderRow: HEADER_ROW,
    frozenColumns: 1,
    draft: metadata.draft,
    labels: ctx.common,
  });
}

/** How many member rows are written out at a time (commitRows): enough to write in few pieces, few enough to die young. */
const ROWS_PER_COMMIT = 256;

/** The columns the totals row sums: every amount and every metric, with their 1-based index. */
function summedColumns(plan: AnnexPlan): (PlannedColumn & { readonly index: number })[] {
  return plan.columns.flatMap((column, index) => (column.kind === 'money' || column.key.startsWith('metric:') ? [{ ...column, index: index + 1 }] : []));
}

/** A cell's cached number: whole minor units of an amount (`exponent` given), else the number itself; 0 when empty. */
function cachedAmount(value: unknown, exponent: number | null): number {
  const n = typeof value === 'number' ? value : value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number' ? value.result : 0;
  return exponent === null ? n : Math.round(n * 10 ** exponent);
}

/** The totals row: SUM of every amount and metric column, rounded to the minor unit; `sums` are the rows' cached values added up. */
function writeTotals(sheet: SheetLike, ctx: MemberSheetContext, year: YearPlan, totals: { summed: readonly (PlannedColumn & { readonly index: number })[]; sums: readonly number[] }, money: string, integer: string): void {
  const { plan, resolved, labels } = ctx;
  const exponent = resolved.exponent;
  const row = year.totalRow;
  setText(sheet.getCell(row, 1), labels.members.total);
  totals.summed.forEach((column, k) => {
    const cell = sheet.getCell(row, column.index);
    const range = `${column.letter}${year.firstRow}:${column.letter}${Math.max(year.firstRow, year.lastRow)}`;
    const cached = totals.sums[k] as number;
    if (column.kind === 'money') {
      // Past 2^43 minor units each amount is summed as whole minor units (exact in any spreadsheet).
      setFormula(cell, moneySumFormula(range, cached, exponent), minorToMajor(cached, exponent));
      cell.numFmt = money;
    } else {
      setFormula(cell, sumFormula(range), cached);
      cell.numFmt = integer;
    }
  });
  styleTotalRow(sheet, row, 1, plan.columns.length);
  const note = sheet.getCell(row + 2, 1);
  setText(note, labels.members.note);
  note.font = { name: FONT_NAME, italic: true, size: 9, color: { argb: 'FF595959' } };
}
