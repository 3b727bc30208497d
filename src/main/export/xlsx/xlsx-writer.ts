/**
 * A small xlsx writer: worksheets of cells written straight to SpreadsheetML, zipped with deflate.
 *
 * It has the shape of an exceljs workbook that the exports use (sheet-like.ts) — `getCell`,
 * `value`, `numFmt`, `font`, `alignment`, `fill`, `border`, `style`, row heights, column widths,
 * views, page setup, header and footer, defined names, document properties — so the same sheet
 * code writes either. Cells are plain objects; XML is built as strings row by row, in row order;
 * nothing of exceljs is loaded. What it cannot write (rich text, hyperlinks, merged cells, an
 * unknown style property …) it refuses with an error rather than dropping silently.
 *
 * Cell semantics follow exceljs where the exports rely on them: `cell.style = shared` shares the
 * object, and `cell.numFmt = …` (or font, …) then changes that shared style.
 *
 * A finished sheet can be written out early with `sheet.commit()`: its XML is built and deflated at
 * once and its cells are let go, so a large workbook never holds every cell of every sheet (the
 * annex commits each year's member table as soon as it is complete). A committed sheet refuses
 * further cells; `toBuffer` commits whatever is left. Finished rows can go earlier still with
 * `sheet.commitRows(through)`: their XML is kept as bytes (outside the JavaScript heap) and their
 * cells let go, so a table of 10 000 rows never holds 10 000 rows of cells.
 */
import type { Alignment, Borders, CellValue, Fill, Font, HeaderFooter, PageSetup, Style, WorksheetView } from 'exceljs';
import type { CellLike, ColumnLike, RowLike, SheetLike, WorkbookLike } from './sheet-like';
import type { DeflatedEntry } from './zip';
import { deflateEntry, zipDeflated } from './zip';

// ---------------------------------------------------------------------------------------------
// Model

export class XlsxCell implements CellLike {
  value: CellValue = null;
  private ownStyle: Partial<Style> | undefined;

  constructor(
    readonly row: number,
    readonly col: number,
  ) {}

  get style(): Partial<Style> {
    this.ownStyle ??= {};
    return this.ownStyle;
  }
  set style(style: Partial<Style>) {
    this.ownStyle = style;
  }
  /** The style without creating one: undefined while nothing was styled. */
  get styleIfAny(): Partial<Style> | undefined {
    return this.ownStyle;
  }
  get numFmt(): string {
    return this.ownStyle?.numFmt as string;
  }
  set numFmt(numFmt: string) {
    this.style.numFmt = numFmt;
  }
  get font(): Partial<Font> {
    return this.ownStyle?.font as Partial<Font>;
  }
  set font(font: Partial<Font>) {
    this.style.font = font;
  }
  get alignment(): Partial<Alignment> {
    return this.ownStyle?.alignment as Partial<Alignment>;
  }
  set alignment(alignment: Partial<Alignment>) {
    this.style.alignment = alignment;
  }
  get fill(): Fill {
    return this.ownStyle?.fill as Fill;
  }
  set fill(fill: Fill) {
    this.style.fill = fill;
  }
  get border(): Partial<Borders> {
    return this.ownStyle?.border as Partial<Borders>;
  }
  set border(border: Partial<Borders>) {
    this.style.border = border;
  }
  /** The formula of a formula cell (as exceljs's `cell.formula`), else undefined. */
  get formula(): string | undefined {
    const value = this.value;
    return value !== null && typeof value === 'object' && 'formula' in value ? value.formula : undefined;
  }
}

export class XlsxRow implements RowLike {
  height: number | undefined = undefined;
  /** Cells by column; sparse. */
  readonly cells: (XlsxCell | undefined)[] = [];

  constructor(readonly number: number) {}

  getCell(column: number): XlsxCell {
    if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) throw new RangeError(`no column ${column}`);
    let cell = this.cells[column];
    if (!cell) {
      cell = new XlsxCell(this.number, column);
      this.cells[column] = cell;
    }
    return cell;
  }
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export class XlsxSheet implements SheetLike {
  readonly rows: (XlsxRow | undefined)[] = [];
  readonly columns: (ColumnLike | undefined)[] = [];
  views: Partial<WorksheetView>[] = [];
  pageSetup: Partial<PageSetup> = {};
  headerFooter: Partial<HeaderFooter> = {};

  private written = false;
  /** Rows 1 … committedThrough are written out (commitRows): their XML is in rowChunks. */
  private committedThrough = 0;
  private readonly rowChunks: Buffer[] = [];
  /** What the rows written so far span, for the sheet's dimension, and their string cells. */
  readonly extent: RowsExtent = { minRow: 0, maxRow: 0, maxColumn: 0, stringCells: 0 };

  constructor(
    readonly name: string,
    private readonly owner: XlsxWorkbook,
  ) {}

  private checkOpen(): void {
    if (this.written) throw new Error(`the sheet "${this.name}" is already written`);
  }

  getRow(row: number): XlsxRow {
    this.checkOpen();
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new RangeError(`no row ${row}`);
    if (row <= this.committedThrough) throw new Error(`row ${row} of the sheet "${this.name}" is already written`);
    let found = this.rows[row];
    if (!found) {
      found = new XlsxRow(row);
      this.rows[row] = found;
    }
    return found;
  }

  getCell(row: number, column: number): XlsxCell {
    return this.getRow(row).getCell(column);
  }

  getColumn(column: number): ColumnLike {
    this.checkOpen();
    if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) throw new RangeError(`no column ${column}`);
    let found = this.columns[column];
    if (!found) {
      found = {};
      this.columns[column] = found;
    }
    return found;
  }

  /** The highest row addressed; undefined when none is, or when it is already written out (commitRows). */
  get lastRow(): XlsxRow | undefined {
    return this.rows[this.rows.length - 1];
  }

  get isWritten(): boolean {
    return this.written;
  }

  /**
   * Writes rows 1 … `through` out now and lets their cells go; those rows take no more cells. The
   * rest of the sheet (columns, views, print setup, later rows) stays open.
   */
  commitRows(through: number): void {
    this.checkOpen();
    if (through <= this.committedThrough) return;
    const last = Math.min(through, this.rows.length - 1);
    const xml = this.owner.rowsXml(this.rows, this.committedThrough + 1, last, this.extent);
    if (xml !== '') this.rowChunks.push(Buffer.from(xml, 'utf8'));
    for (let row = this.committedThrough + 1; row <= last; row += 1) this.rows[row] = undefined;
    this.committedThrough = through;
  }

  /** The rows' XML written by commitRows, in order; taken once, when the sheet is written. */
  takeRowChunks(): Buffer[] {
    return this.rowChunks.splice(0);
  }

  get rowsCommittedThrough(): number {
    return this.committedThrough;
  }

  /** Writes the sheet out now (XML, deflated) and lets its cells go; it takes no more cells after. */
  commit(): void {
    if (this.written) return;
    this.owner.writeSheet(this);
    this.written = true;
    this.rows.length = 0;
    this.columns.length = 0;
  }
}

/** The rows of a sheet written so far: first and last row and last column with content, and how many cells are shared strings. */
export interface RowsExtent {
  minRow: number;
  maxRow: number;
  maxColumn: number;
  stringCells: number;
}

export interface DefinedName {
  readonly name: string;
  /** `'Sheet'!$B$3` or `'Sheet'!$C$5:$C$9`. */
  readonly ranges: string[];
}

/** As exceljs's `workbook.definedNames`: `add(location, name)`, and `model` lists every name with its range. */
export class XlsxDefinedNames {
  readonly model: DefinedName[] = [];

  add(location: string, name: string): void {
    this.model.push({ name, ranges: [location] });
  }
}

export class XlsxWorkbook implements WorkbookLike<XlsxSheet> {
  readonly worksheets: XlsxSheet[] = [];
  readonly definedNames = new XlsxDefinedNames();
  creator = '';
  lastModifiedBy = '';
  created = new Date(0);
  modified = new Date(0);
  title = '';
  subject = '';
  company = '';
  keywords = '';
  /** BCP 47 tag for dc:language, e.g. `sv-SE`. */
  language = '';
  private readonly styles = new StyleTable();
  private readonly strings = new SharedStrings();
  private readonly sheetParts = new Map<XlsxSheet, DeflatedEntry>();

  /** `level`: zlib's deflate level for every part (1 fastest … 9 smallest). */
  constructor(private readonly level = 6) {}

  addWorksheet(name: string): XlsxSheet {
    if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new RangeError(`"${name}" is not a sheet name a spreadsheet accepts`);
    if (this.worksheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw new RangeError(`there is already a sheet named "${name}"`);
    const sheet = new XlsxSheet(name, this);
    this.worksheets.push(sheet);
    return sheet;
  }

  getWorksheet(name: string): XlsxSheet | undefined {
    return this.worksheets.find((sheet) => sheet.name === name);
  }

  /** Called by `sheet.commit()`: the sheet's XML, deflated, kept until the package is written. */
  writeSheet(sheet: XlsxSheet): void {
    const index = this.worksheets.indexOf(sheet);
    if (index < 0) throw new Error(`the sheet "${sheet.name}" is not in this workbook`);
    const data = sheetBytes(sheet, this.styles, this.strings);
    this.sheetParts.set(sheet, deflateEntry({ name: `xl/worksheets/sheet${index + 1}.xml`, data }, this.level));
  }

  /** Called by `sheet.commitRows()`: the XML of rows from … through, with the extent widened to them. */
  rowsXml(rows: readonly (XlsxRow | undefined)[], from: number, through: number, extent: RowsExtent): string {
    return rowsXml(rows, from, through, extent, this.styles, this.strings);
  }

  /** The workbook as xlsx bytes. Commits every sheet not yet written: the workbook is complete after. */
  toBuffer(): Buffer {
    for (const sheet of this.worksheets) sheet.commit();
    const sheets = this.worksheets.map((sheet) => {
      const part = this.sheetParts.get(sheet);
      if (!part) throw new Error(`the sheet "${sheet.name}" was not written`);
      return part;
    });
    return writePackage(this, sheets, this.styles, this.strings, this.level);
  }
}

// ---------------------------------------------------------------------------------------------
// XML

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Text content: `&`, `<`, `>` escaped. */
export function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** An attribute value in double quotes: also `"` and the whitespace an XML reader would normalise. */
export function escapeAttribute(text: string): string {
  return /[&<>"\t\n\r]/.test(text)
    ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
    : text;
}

/** `1 → A`, `27 → AA` (cached: every cell reference needs one). */
const letters: string[] = [];
function columnName(column: number): string {
  let name = letters[column];
  if (name === undefined) {
    let n = column;
    name = '';
    while (n > 0) {
      const rest = (n - 1) % 26;
      name = String.fromCharCode(65 + rest) + name;
      n = Math.floor((n - 1) / 26);
    }
    letters[column] = name;
  }
  return name;
}

/** A number as xsd:double text; only finite numbers can be written. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a cell cannot hold ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** 1900 date system serial day number of a date (its UTC time, as exceljs writes dates). */
export function dateSerial(date: Date): number {
  if (Number.isNaN(date.getTime())) throw new RangeError('a cell cannot hold an invalid date');
  return 25_569 + date.getTime() / 86_400_000;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly xml: string[] = [];
  /** String cells written, over all sheets (added once a sheet is written whole). */
  count = 0;

  /** The entry of `text` (the caller counts its uses, see `count`). */
  add(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.xml.length;
      this.index.set(text, id);
      const space = /^\s|\s$|\n|\t/.test(text) ? ' xml:space="preserve"' : '';
      this.xml.push(`<si><t${space}>${escapeText(text)}</t></si>`);
    }
    return id;
  }

  toXml(): string {
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.xml.length}">${this.xml.join('')}</sst>`;
  }
}

// --- styles --------------------------------------------------------------------------------------

/** The default font (index 0), as exceljs and Excel write it. */
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

function colorXml(tag: string, color: unknown): string {
  if (color === undefined) return '';
  const argb = (color as { argb?: unknown }).argb;
  if (typeof argb !== 'string' || !/^[0-9A-Fa-f]{8}$/.test(argb) || Object.keys(color as object).length !== 1) {
    throw new RangeError(`only colours given as { argb: 'AARRGGBB' } can be written, not ${JSON.stringify(color)}`);
  }
  return `<${tag} rgb="${argb.toUpperCase()}"/>`;
}

function refuseUnknown(what: string, value: object, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new RangeError(`the ${what} property "${key}" cannot be written`);
  }
}

function fontXml(font: Partial<Font>): string {
  refuseUnknown('font', font, ['name', 'size', 'bold', 'italic', 'color']);
  return [
    '<font>',
    font.bold ? '<b/>' : '',
    font.italic ? '<i/>' : '',
    colorXml('color', font.color),
    font.size !== undefined ? `<sz val="${numberText(font.size)}"/>` : '',
    font.name !== undefined ? `<name val="${escapeAttribute(font.name)}"/>` : '',
    '</font>',
  ].join('');
}

function fillXml(fill: Fill): string {
  if (fill.type !== 'pattern') throw new RangeError(`a ${fill.type} fill cannot be written`);
  refuseUnknown('fill', fill, ['type', 'pattern', 'fgColor', 'bgColor']);
  const colors = `${colorXml('fgColor', fill.fgColor)}${colorXml('bgColor', fill.bgColor)}`;
  return `<fill><patternFill patternType="${escapeAttribute(fill.pattern)}"${colors === '' ? '/>' : `>${colors}</patternFill>`}</fill>`;
}

const BORDER_SIDES = ['left', 'right', 'top', 'bottom'] as const;

function borderXml(border: Partial<Borders>): string {
  refuseUnknown('border', border, BORDER_SIDES);
  const sides = [...BORDER_SIDES, 'diagonal' as const].map((side) => {
    const edge = side === 'diagonal' ? undefined : border[side];
    if (!edge || edge.style === undefined) return `<${side}/>`;
    refuseUnknown('border edge', edge, ['style', 'color']);
    const color = colorXml('color', edge.color);
    return `<${side} style="${escapeAttribute(edge.style)}"${color === '' ? '/>' : `>${color}</${side}>`}`;
  });
  return `<border>${sides.join('')}</border>`;
}

function alignmentXml(alignment: Partial<Alignment>): string {
  refuseUnknown('alignment', alignment, ['horizontal', 'vertical', 'wrapText', 'indent']);
  const attributes = [
    alignment.horizontal !== undefined ? ` horizontal="${escapeAttribute(alignment.horizontal)}"` : '',
    alignment.vertical !== undefined ? ` vertical="${escapeAttribute(alignment.vertical)}"` : '',
    alignment.wrapText ? ' wrapText="1"' : '',
    alignment.indent ? ` indent="${numberText(alignment.indent)}"` : '',
  ].join('');
  return attributes === '' ? '' : `<alignment${attributes}/>`;
}

/** Builds styles.xml's tables as cells ask for styles: one xf per distinct combination. */
class StyleTable {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([['<border><left/><right/><top/><bottom/><diagonal/></border>', 0]]);
  private readonly xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);
  /** A style object's xf index, once worked out (styles are shared by identity across cells). */
  private readonly byObject = new WeakMap<object, number>();
  /** A font/fill/border/alignment object's XML, once built. */
  private readonly partXml = new WeakMap<object, string>();

  private part<T extends object>(value: T, build: (v: T) => string): string {
    let xml = this.partXml.get(value);
    if (xml === undefined) {
      xml = build(value);
      this.partXml.set(value, xml);
    }
    return xml;
  }

  private static id(table: Map<string, number>, xml: string): number {
    let id = table.get(xml);
    if (id === undefined) {
      id = table.size;
      table.set(xml, id);
    }
    return id;
  }

  /** The xf index of a cell's style; 0 for none. */
  xfOf(style: Partial<Style> | undefined): number {
    if (style === undefined) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    refuseUnknown('style', style, ['numFmt', 'font', 'alignment', 'fill', 'border']);
    let numFmtId = 0;
    if (style.numFmt !== undefined && style.numFmt !== 'General') {
      const existing = this.numFmts.get(style.numFmt);
      numFmtId = existing ?? 164 + this.numFmts.size;
      if (existing === undefined) this.numFmts.set(style.numFmt, numFmtId);
    }
    const fontId = style.font ? StyleTable.id(this.fonts, this.part(style.font, fontXml)) : 0;
    const fillId = style.fill ? StyleTable.id(this.fills, this.part(style.fill, fillXml)) : 0;
    const borderId = style.border ? StyleTable.id(this.borders, this.part(style.border, borderXml)) : 0;
    const alignment = style.alignment ? this.part(style.alignment, alignmentXml) : '';
    const applies = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : '',
      fontId !== 0 ? ' applyFont="1"' : '',
      fillId !== 0 ? ' applyFill="1"' : '',
      borderId !== 0 ? ' applyBorder="1"' : '',
      alignment !== '' ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const xf = StyleTable.id(this.xfs, alignment === '' ? `${head}/>` : `${head}>${alignment}</xf>`);
    this.byObject.set(style, xf);
    return xf;
  }

  toXml(): string {
    const list = (tag: string, table: Map<string, number>) => `<${tag} count="${table.size}">${[...table.keys()].join('')}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join('');
    return [
      XML_HEAD,
      `<styleSheet xmlns="${MAIN_NS}">`,
      this.numFmts.size > 0 ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : '',
      list('fonts', this.fonts),
      list('fills', this.fills),
      list('borders', this.borders),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', this.xfs),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    ].join('');
  }
}

// --- sheets -------------------------------------------------------------------------------------

function cellXml(cell: XlsxCell, ref: string, styles: StyleTable, strings: SharedStrings, extent: RowsExtent): string {
  const xf = styles.xfOf(cell.styleIfAny);
  const s = xf === 0 ? '' : ` s="${xf}"`;
  const value = cell.value;
  if (value === null || value === undefined) return xf === 0 ? '' : `<c r="${ref}"${s}/>`;
  switch (typeof value) {
    case 'number':
      return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
    case 'string':
      extent.stringCells += 1;
      return `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      break;
  }
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${numberText(dateSerial(value))}</v></c>`;
  if (typeof value === 'object' && 'formula' in value && typeof value.formula === 'string' && Object.keys(value).every((key) => key === 'formula' || key === 'result')) {
    const formula = `<f>${escapeText(value.formula)}</f>`;
    const result: unknown = value.result;
    if (result === undefined || result === null) return `<c r="${ref}"${s}>${formula}</c>`;
    if (typeof result === 'number') return `<c r="${ref}"${s}>${formula}<v>${numberText(result)}</v></c>`;
    if (typeof result === 'string') return `<c r="${ref}"${s} t="str">${formula}<v>${escapeText(result)}</v></c>`;
    if (typeof result === 'boolean') return `<c r="${ref}"${s} t="b">${formula}<v>${result ? 1 : 0}</v></c>`;
    throw new RangeError(`the cached result of ${ref} cannot be written: ${JSON.stringify(result)}`);
  }
  throw new RangeError(`the value of ${ref} cannot be written: ${JSON.stringify(value)}`);
}

function viewXml(view: Partial<WorksheetView> | undefined): string {
  if (!view) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  refuseUnknown('view', view, ['state', 'xSplit', 'ySplit', 'topLeftCell', 'activeCell', 'showGridLines']);
  const grid = view.showGridLines === false ? ' showGridLines="0"' : '';
  if (view.state === undefined || view.state === 'normal') return `<sheetViews><sheetView workbookViewId="0"${grid}/></sheetViews>`;
  if (view.state !== 'frozen') throw new RangeError(`a ${view.state} view cannot be written`);
  const x = 'xSplit' in view ? (view.xSplit ?? 0) : 0;
  const y = 'ySplit' in view ? (view.ySplit ?? 0) : 0;
  const pane = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : x > 0 ? 'topRight' : null;
  if (pane === null) return `<sheetViews><sheetView workbookViewId="0"${grid}/></sheetViews>`;
  const topLeft = ('topLeftCell' in view ? view.topLeftCell : undefined) ?? `${columnName(x + 1)}${y + 1}`;
  const active = view.activeCell ?? topLeft;
  const splits = `${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}`;
  return [
    `<sheetViews><sheetView workbookViewId="0"${grid}>`,
    `<pane${splits} topLeftCell="${escapeAttribute(topLeft)}" activePane="${pane}" state="frozen"/>`,
    `<selection pane="${pane}" activeCell="${escapeAttribute(active)}" sqref="${escapeAttribute(active)}"/>`,
    '</sheetView></sheetViews>',
  ].join('');
}

function pageXml(setup: Partial<PageSetup>, headerFooter: Partial<HeaderFooter>): string {
  refuseUnknown('page setup', setup, ['paperSize', 'orientation', 'fitToPage', 'fitToWidth', 'fitToHeight', 'printTitlesRow', 'horizontalCentered', 'margins']);
  const parts: string[] = [];
  if (setup.horizontalCentered) parts.push('<printOptions horizontalCentered="1"/>');
  const m = setup.margins;
  if (m) parts.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  const attributes = [
    setup.paperSize !== undefined ? ` paperSize="${setup.paperSize}"` : '',
    setup.orientation !== undefined ? ` orientation="${setup.orientation}"` : '',
    setup.fitToPage && setup.fitToWidth !== undefined ? ` fitToWidth="${setup.fitToWidth}"` : '',
    setup.fitToPage && setup.fitToHeight !== undefined ? ` fitToHeight="${setup.fitToHeight}"` : '',
  ].join('');
  if (attributes !== '') parts.push(`<pageSetup${attributes}/>`);
  refuseUnknown('header and footer', headerFooter, ['differentFirst', 'differentOddEven', 'oddHeader', 'oddFooter']);
  const flags = `${headerFooter.differentFirst ? ' differentFirst="1"' : ''}${headerFooter.differentOddEven ? ' differentOddEven="1"' : ''}`;
  const header = headerFooter.oddHeader ? `<oddHeader>${escapeText(headerFooter.oddHeader)}</oddHeader>` : '';
  const footer = headerFooter.oddFooter ? `<oddFooter>${escapeText(headerFooter.oddFooter)}</oddFooter>` : '';
  if (header !== '' || footer !== '' || flags !== '') parts.push(`<headerFooter${flags}>${header}${footer}</headerFooter>`);
  return parts.join('');
}

/** See sheetBytes. */
const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * The XML of rows from … through (holes skipped), widening `extent` to what they hold. One string
 * grown by concatenation (V8 keeps it as a rope until the bytes are written), not arrays of parts
 * joined per row: an annex sheet has tens of thousands of cells.
 */
function rowsXml(rows: readonly (XlsxRow | undefined)[], from: number, through: number, extent: RowsExtent, styles: StyleTable, strings: SharedStrings): string {
  let xml = '';
  for (let r = from; r <= through; r += 1) {
    const row = rows[r];
    if (!row) continue;
    let cells = '';
    const rowCells = row.cells;
    for (let column = 1; column < rowCells.length; column += 1) {
      const cell = rowCells[column];
      if (!cell) continue;
      const cellText = cellXml(cell, columnName(column) + row.number, styles, strings, extent);
      if (cellText === '') continue;
      cells += cellText;
      if (column > extent.maxColumn) extent.maxColumn = column;
    }
    const height = row.height === undefined ? '' : ` ht="${numberText(row.height)}" customHeight="1"`;
    if (cells === '' && height === '') continue;
    if (extent.minRow === 0) extent.minRow = row.number;
    extent.maxRow = row.number;
    xml += `<row r="${row.number}"${height}>${cells}</row>`;
  }
  return xml;
}

/** The sheet's XML as UTF-8: the rows committed before, then the rest. */
function sheetBytes(sheet: XlsxSheet, styles: StyleTable, strings: SharedStrings): Buffer {
  const extent = sheet.extent;
  const early = sheet.takeRowChunks();
  const rest = rowsXml(sheet.rows, sheet.rowsCommittedThrough + 1, sheet.rows.length - 1, extent, styles, strings);
  const cols: string[] = [];
  sheet.columns.forEach((column, index) => {
    // exceljs takes a width of 9 for its default and writes none (the spreadsheet's own default,
    // 8.43, shows); done the same, so annexes look exactly as they did when exceljs wrote them.
    if (column?.width !== undefined && column.width !== EXCELJS_DEFAULT_WIDTH) cols.push(`<col min="${index}" max="${index}" width="${numberText(column.width)}" customWidth="1"/>`);
  });
  const fitToPage = sheet.pageSetup.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const { minRow, maxRow, maxColumn } = extent;
  const dimension = maxRow > 0 && maxColumn > 0 ? `<dimension ref="A${minRow}:${columnName(maxColumn)}${maxRow}"/>` : '<dimension ref="A1"/>';
  if (sheet.views.length > 1) throw new RangeError('only one view per sheet can be written');
  const page = pageXml(sheet.pageSetup, sheet.headerFooter);
  strings.count += extent.stringCells;
  const empty = early.length === 0 && rest === '';
  const head = [
    XML_HEAD,
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    fitToPage,
    dimension,
    viewXml(sheet.views[0]),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
    empty ? '<sheetData/>' : '<sheetData>',
  ].join('');
  const tail = `${empty ? '' : `${rest}</sheetData>`}${page}</worksheet>`;
  return Buffer.concat([Buffer.from(head, 'utf8'), ...early, Buffer.from(tail, 'utf8')]);
}

// --- workbook and package -----------------------------------------------------------------------

/** `'Sheet'!$5:$5` for a print-titles row range `5:5`. */
function printTitles(sheet: XlsxSheet): string | null {
  const rows = sheet.pageSetup.printTitlesRow;
  if (rows === undefined) return null;
  const match = /^(\d+):(\d+)$/.exec(rows);
  if (!match) throw new RangeError(`"${rows}" is not a row range such as 5:5`);
  return `'${sheet.name}'!$${match[1]}:$${match[2]}`;
}

function workbookXml(workbook: XlsxWorkbook): string {
  const sheets = workbook.worksheets.map((sheet, index) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`);
  const names = workbook.definedNames.model.map((n) => {
    if (n.ranges.length !== 1) throw new RangeError(`the name ${n.name} must refer to one range`);
    return `<definedName name="${escapeAttribute(n.name)}">${escapeText(n.ranges[0] ?? '')}</definedName>`;
  });
  workbook.worksheets.forEach((sheet, index) => {
    const titles = printTitles(sheet);
    if (titles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(titles)}</definedName>`);
  });
  return [
    XML_HEAD,
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    '<workbookPr/>',
    `<sheets>${sheets.join('')}</sheets>`,
    names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '',
    '<calcPr calcId="171027"/>',
    '</workbook>',
  ].join('');
}

function isoSeconds(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('a document date must be a valid date');
  return `${date.toISOString().slice(0, 19)}Z`;
}

function coreXml(workbook: XlsxWorkbook): string {
  const element = (tag: string, text: string) => (text === '' ? '' : `<${tag}>${escapeText(text)}</${tag}>`);
  return [
    XML_HEAD,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:creator', workbook.creator),
    element('dc:title', workbook.title),
    element('dc:subject', workbook.subject),
    element('dc:language', workbook.language),
    element('cp:keywords', workbook.keywords),
    element('cp:lastModifiedBy', workbook.lastModifiedBy),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(workbook.created)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(workbook.modified)}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function appXml(workbook: XlsxWorkbook): string {
  const names = workbook.worksheets.map((sheet) => `<vt:lpstr>${escapeText(sheet.name)}</vt:lpstr>`).join('');
  const count = workbook.worksheets.length;
  return [
    XML_HEAD,
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    '<Application>Andel</Application>',
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant></vt:vector></HeadingPairs>`,
    `<TitlesOfParts><vt:vector size="${count}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>`,
    workbook.company === '' ? '' : `<Company>${escapeText(workbook.company)}</Company>`,
    '</Properties>',
  ].join('');
}

function relationships(list: readonly { type: string; target: string }[]): string {
  const items = list.map((r, index) => `<Relationship Id="rId${index + 1}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${items}</Relationships>`;
}

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The whole package: content types, relationships, workbook, the written sheets, styles, shared strings, properties. */
function writePackage(workbook: XlsxWorkbook, sheets: readonly DeflatedEntry[], styles: StyleTable, strings: SharedStrings, level: number): Buffer {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const contentTypes = [
    XML_HEAD,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${SHEET_TYPE}"/>`),
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    '</Types>',
  ].join('');
  const rootRels = relationships([
    { type: `${OFFICE_REL}/officeDocument`, target: 'xl/workbook.xml' },
    { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
    { type: `${OFFICE_REL}/extended-properties`, target: 'docProps/app.xml' },
  ]);
  const workbookRels = relationships([
    ...sheets.map((_, index) => ({ type: `${OFFICE_REL}/worksheet`, target: `worksheets/sheet${index + 1}.xml` })),
    { type: `${OFFICE_REL}/styles`, target: 'styles.xml' },
    { type: `${OFFICE_REL}/sharedStrings`, target: 'sharedStrings.xml' },
  ]);
  const text = (name: string, xml: string) => deflateEntry({ name, data: Buffer.from(xml, 'utf8') }, level);
  return zipDeflated(
    [
      text('[Content_Types].xml', contentTypes),
      text('_rels/.rels', rootRels),
      text('docProps/core.xml', coreXml(workbook)),
      text('docProps/app.xml', appXml(workbook)),
      text('xl/workbook.xml', workbookXml(workbook)),
      text('xl/_rels/workbook.xml.rels', workbookRels),
      ...sheets,
      text('xl/styles.xml', styles.toXml()),
      text('xl/sharedStrings.xml', strings.toXml()),
    ],
    workbook.modified,
  );
}
