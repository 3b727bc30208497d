/**
 * The invoicing basis as a print-ready workbook: one row per invoice line (who is invoiced, for
 * which member, year, period, due date, component, amount, subsidy, amount to invoice), sorted by
 * recipient so an administrative party's invoices sit together; "to invoice" and the totals are
 * formulas. Returns bytes and SHA-256 for the export log, as every export does.
 */
import ExcelJS from 'exceljs';
import type { ResolvedScenario, ScenarioResult } from '../../../shared/calc';
import { exportLabels } from '../export-labels';
import { annexLabels } from '../annex/annex-labels';
import type { AnnexMetadata } from '../annex/annex-input';
import { setDate } from '../xlsx/date-cell';
import { setDocumentProperties } from '../xlsx/document-properties';
import { minorToMajor, moneySumFormula, roundFormula, setFormula } from '../xlsx/formula-cell';
import { amountFormat, dateFormat } from '../xlsx/number-formats';
import { setText } from '../xlsx/safe-cell';
import { FONT_NAME, safeSheetName, setColumnWidths, setupSheetForPrint, styleHeaderRow, styleTotalRow, writeTitleBlock } from '../xlsx/sheet-setup';
import type { WrittenWorkbook } from '../xlsx/workbook-output';
import { workbookToBuffer } from '../xlsx/workbook-output';
import type { InvoiceLine, InvoicingRules } from './invoice-lines';
import { ROUNDING_LINE, computeInvoiceLines } from './invoice-lines';
import { localDate } from '../local-time';

export interface InvoicingInput {
  readonly resolved: ResolvedScenario;
  readonly result: ScenarioResult;
  readonly rules: InvoicingRules;
  readonly metadata: AnnexMetadata;
}

const COLUMNS = ['invoiceTo', 'member', 'organisationNumber', 'year', 'period', 'due', 'component', 'amount', 'subsidy', 'toInvoice'] as const;
const WIDTHS = [26, 24, 13, 7, 11, 12, 26, 14, 14, 14];

export function buildInvoicingWorkbook(input: InvoicingInput): { workbook: ExcelJS.Workbook; lines: InvoiceLine[] } {
  const { resolved, result, metadata } = input;
  const language = metadata.language;
  const labels = annexLabels(language);
  const words = labels.invoicing;
  const common = exportLabels(language);
  const exponent = resolved.exponent;
  const lines = computeInvoiceLines(resolved, result, input.rules);

  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, {
    title: `${words.title}: ${metadata.cooperation}`,
    subject: words.subject,
    company: metadata.consortium,
    createdAt: metadata.exportedAt,
    language,
    draft: metadata.draft,
    draftLabel: common.common.draft,
    keywords: [metadata.scenarioName, metadata.version, ...(metadata.contentHash ? [metadata.contentHash] : [])],
  });
  const sheet = workbook.addWorksheet(safeSheetName(words.sheet, common.common.sheetNameFallback));
  setColumnWidths(sheet, WIDTHS);
  const headerRow = writeTitleBlock(sheet, {
    title: words.title,
    lines: [`${metadata.consortium} · ${metadata.cooperation}`, `${metadata.scenarioName} · ${metadata.version} · ${metadata.currency}`],
    draftLabel: metadata.draft ? common.common.draft : null,
    lastColumn: COLUMNS.length,
  });
  COLUMNS.forEach((key, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    setText(cell, words[key]);
    cell.alignment = { horizontal: index >= 7 ? 'right' : 'left' };
  });
  styleHeaderRow(sheet, headerRow, 1, COLUMNS.length);

  const money = amountFormat(language, exponent);
  const dates = dateFormat(language);
  lines.forEach((line, index) => {
    const row = headerRow + 1 + index;
    const cell = (column: number) => sheet.getCell(row, column);
    setText(cell(1), line.invoiceToName);
    setText(cell(2), line.memberName);
    setText(cell(3), metadata.organisationNumbers?.[line.memberId] ?? null);
    cell(4).value = line.year;
    setText(cell(5), line.quarter === 0 ? words.yearly : words.quarter(line.quarter));
    setDate(cell(6), line.due, dates);
    setText(cell(7), line.componentId === ROUNDING_LINE ? words.roundingAdjustment : line.label);
    cell(8).value = minorToMajor(line.gross, exponent);
    cell(9).value = line.subsidy === 0 ? null : minorToMajor(line.subsidy, exponent);
    setFormula(cell(10), roundFormula(`H${row}-I${row}`, exponent), minorToMajor(line.net, exponent));
    for (let column = 1; column <= COLUMNS.length; column += 1) {
      cell(column).font = { name: FONT_NAME, bold: column === 10 };
      if (column >= 8) cell(column).numFmt = money;
    }
    cell(4).alignment = { horizontal: 'left' };
  });
  const first = headerRow + 1;
  const totalRow = headerRow + 1 + lines.length;
  setText(sheet.getCell(totalRow, 1), common.common.total);
  const sums = [lines.reduce((s, l) => s + l.gross, 0), lines.reduce((s, l) => s + l.subsidy, 0), lines.reduce((s, l) => s + l.net, 0)];
  ['H', 'I', 'J'].forEach((letter, index) => {
    const cell = sheet.getCell(`${letter}${totalRow}`);
    setFormula(cell, moneySumFormula(`${letter}${first}:${letter}${Math.max(first, totalRow - 1)}`, sums[index] ?? 0, exponent), minorToMajor(sums[index] ?? 0, exponent));
    cell.numFmt = money;
  });
  styleTotalRow(sheet, totalRow, 1, COLUMNS.length);
  const note = sheet.getCell(totalRow + 2, 1);
  setText(note, words.note);
  note.font = { name: FONT_NAME, italic: true, size: 9, color: { argb: 'FF595959' } };
  if (lines.length > 0) sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: totalRow - 1, column: COLUMNS.length } };
  setupSheetForPrint(sheet, {
    title: words.title,
    consortium: metadata.consortium,
    exportedOn: localDate(metadata.exportedAt),
    tableHeaderRow: headerRow,
    frozenColumns: 2,
    draft: metadata.draft,
    labels: common,
  });
  return { workbook, lines };
}

/** The invoicing basis as xlsx bytes plus their SHA-256, for the caller to save and log. */
export function exportInvoicingBasis(input: InvoicingInput): Promise<WrittenWorkbook> {
  return workbookToBuffer(buildInvoicingWorkbook(input).workbook);
}
