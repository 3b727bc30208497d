/**
 * Makes a sheet a document that prints and reads well: frozen table header, A4 landscape fitted to
 * the page width, the table header repeated on every page, a running header and footer, and a
 * visible draft marker. Every exported sheet goes through `setupSheetForPrint` so the annex, the
 * invoicing basis and the registers look like one family.
 */
import type { SheetLike } from './sheet-like';
import type { ExportLabels } from '../export-labels';
import { setText } from './safe-cell';

/** Excel refuses sheet names longer than this. */
const MAX_SHEET_NAME = 31;
/** Excel truncates (and may refuse) a header or footer section string longer than this. */
const MAX_HEADER_FOOTER = 255;
/** A4 in the OOXML paper-size table. */
const PAPER_A4 = 9;

export const DRAFT_COLOUR = 'FFC00000';
/**
 * Every font names its face: a font without a name makes LibreOffice fall back to a serif face
 * while unstyled cells stay in Calibri, and the page looks patched together.
 */
export const FONT_NAME = 'Calibri';

export interface PrintLayout {
  /** Shown left in the page header; usually the export's title. */
  readonly title: string;
  /** The consortium or organisation, shown left in the page footer. */
  readonly consortium: string;
  /** The date of export as `YYYY-MM-DD`, shown right in the page header. */
  readonly exportedOn: string;
  /** The row holding the table's column headers: frozen with everything above it and printed on every page. */
  readonly tableHeaderRow: number;
  /** Columns kept visible when scrolling right (e.g. the member name). */
  readonly frozenColumns?: number;
  readonly orientation?: 'landscape' | 'portrait';
  readonly draft: boolean;
  readonly labels: ExportLabels;
}

/** A name Excel accepts for a sheet: no `[]:*?/\'`, at most 31 characters, never empty. */
export function safeSheetName(name: string, fallback = 'Sheet'): string {
  // Apostrophes are dropped too: exceljs does not double them inside range references.
  const cleaned = name.replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_SHEET_NAME).trim();
  return cleaned === '' ? fallback : cleaned;
}

/** User text inside a header/footer: `&` starts a control code there, so it is doubled. */
export function headerFooterText(text: string, maxLength: number): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  const shortened = flat.length > maxLength ? `${flat.slice(0, Math.max(0, maxLength - 1))}…` : flat;
  return shortened.replace(/&/g, '&&');
}

/** The page header: title left, DRAFT centre (bold, red) when a draft, export date right. */
export function pageHeader(layout: Pick<PrintLayout, 'title' | 'exportedOn' | 'draft' | 'labels'>): string {
  const right = `${headerFooterText(layout.labels.common.exportedOn, 40)} ${layout.exportedOn}`;
  const centre = layout.draft ? `&C&"-,Bold"&14&K${DRAFT_COLOUR.slice(2)}${headerFooterText(layout.labels.common.draft, 20)}` : '';
  const fixedLength = '&L&"-,Bold"'.length + centre.length + '&R'.length + right.length;
  const title = headerFooterText(layout.title, Math.floor((MAX_HEADER_FOOTER - fixedLength) / 2));
  return `&L&"-,Bold"${title}${centre}&R${right}`;
}

/** The page footer: consortium left, "Page x of y" (localised) right. */
export function pageFooter(layout: Pick<PrintLayout, 'consortium' | 'labels'>): string {
  const { page, of } = layout.labels.common;
  const right = `&R${headerFooterText(page, 20)} &P ${headerFooterText(of, 10)} &N`;
  const consortium = headerFooterText(layout.consortium, Math.floor((MAX_HEADER_FOOTER - right.length - 2) / 2));
  return `&L${consortium}${right}`;
}

export function setupSheetForPrint(sheet: SheetLike, layout: PrintLayout): void {
  if (!Number.isInteger(layout.tableHeaderRow) || layout.tableHeaderRow < 1) {
    throw new RangeError(`tableHeaderRow must be a row number from 1, not ${layout.tableHeaderRow}`);
  }
  const frozenColumns = layout.frozenColumns ?? 0;
  sheet.views = [
    {
      state: 'frozen',
      xSplit: frozenColumns,
      ySplit: layout.tableHeaderRow,
      topLeftCell: `${columnLetter(frozenColumns + 1)}${layout.tableHeaderRow + 1}`,
      activeCell: `${columnLetter(frozenColumns + 1)}${layout.tableHeaderRow + 1}`,
      showGridLines: false,
    },
  ];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: layout.orientation ?? 'landscape',
    // Fit the width to one page; let the length run over as many pages as it needs (0 = automatic).
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${layout.tableHeaderRow}:${layout.tableHeaderRow}`,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    differentFirst: false,
    differentOddEven: false,
    oddHeader: pageHeader(layout),
    oddFooter: pageFooter(layout),
  };
}

export interface TitleBlock {
  readonly title: string;
  /** Lines under the title (consortium, cooperation, date…), each written as safe text. */
  readonly lines: readonly string[];
  /** The draft label when the export is a draft; it goes in the top-right cell of the table's width. */
  readonly draftLabel: string | null;
  /** The table's last column (1-based): the draft marker sits there so it prints on page one. */
  readonly lastColumn: number;
}

/**
 * Writes the title, its lines and (for drafts) a red DRAFT marker at the top of the sheet.
 * Returns the first free row after one blank separator row. The layout does not move for drafts,
 * so cell addresses in formulas are the same in a draft and in the adopted version.
 */
export function writeTitleBlock(sheet: SheetLike, block: TitleBlock): number {
  const titleCell = sheet.getCell(1, 1);
  setText(titleCell, block.title);
  titleCell.font = { name: FONT_NAME, bold: true, size: 14 };
  block.lines.forEach((line, index) => {
    const cell = sheet.getCell(2 + index, 1);
    setText(cell, line);
    cell.font = { name: FONT_NAME, size: 10, color: { argb: 'FF595959' } };
  });
  if (block.draftLabel !== null) {
    const marker = sheet.getCell(1, Math.max(1, block.lastColumn));
    if (block.lastColumn <= 1) throw new RangeError('a draft marker needs a table at least two columns wide');
    setText(marker, block.draftLabel);
    marker.font = { name: FONT_NAME, bold: true, size: 14, color: { argb: DRAFT_COLOUR } };
    marker.alignment = { horizontal: 'right' };
  }
  return 2 + block.lines.length + 1;
}

/** Styles a table header row: bold, shaded, wrapped, bottom border. */
export function styleHeaderRow(sheet: SheetLike, row: number, firstColumn: number, lastColumn: number): void {
  sheet.getRow(row).height = 30;
  for (let column = firstColumn; column <= lastColumn; column += 1) {
    const cell = sheet.getCell(row, column);
    cell.font = { name: FONT_NAME, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { ...cell.alignment, vertical: 'bottom', wrapText: true, horizontal: cell.alignment?.horizontal ?? 'left' };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
  }
}

/** Styles a totals row: bold with a double rule above, as accountants draw it. */
export function styleTotalRow(sheet: SheetLike, row: number, firstColumn: number, lastColumn: number): void {
  for (let column = firstColumn; column <= lastColumn; column += 1) {
    const cell = sheet.getCell(row, column);
    cell.font = { name: FONT_NAME, bold: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  }
}

/** Sets column widths in characters, in column order from A. */
export function setColumnWidths(sheet: SheetLike, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

/** `1 → A`, `27 → AA`. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > 16_384) throw new RangeError(`no column ${column}`);
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Approximate characters per line at 11 pt in a column `width` characters wide (bold and capitals run wider). */
const FILL_FACTOR = 1.15;
/** Points per wrapped line at 11 pt, plus a little padding per row. */
const LINE_HEIGHT = 15;

/** How many lines `text` takes when wrapped in a column `width` characters wide. */
export function wrappedLineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil((paragraph.length * FILL_FACTOR) / usable)), 0);
}

/**
 * Sets a row's height from its wrapped texts. Excel does not grow rows to fit wrapped text when it
 * opens a file, so without this a long decision text would show as its first line only.
 */
export function fitRowHeight(sheet: SheetLike, row: number, wrappedColumns: readonly number[]): void {
  const lines = wrappedColumns.reduce((most, column) => {
    const value = sheet.getCell(row, column).value;
    const width = sheet.getColumn(column).width ?? 9;
    return typeof value === 'string' ? Math.max(most, wrappedLineCount(value, width)) : most;
  }, 1);
  // Excel caps a row at 409 points; the rest of an extremely long text stays in the cell.
  sheet.getRow(row).height = Math.min(409, lines * LINE_HEIGHT);
}
