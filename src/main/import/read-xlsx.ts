/**
 * A bounded, streaming reader of the first worksheet with data in an XLSX workbook.
 *
 * An XLSX file is a zip of XML parts, so a small file can unzip to gigabytes, and one cell in
 * column XFD makes a loader build 16 384 cells for every row. This reader never loads the
 * workbook as a whole: it reads the zip's central directory itself, inflates one part at a time
 * as a stream (counting the bytes it gets back), tokenises the XML as it arrives, and refuses —
 * with a message that says what and where — as soon as a bound is passed:
 *
 * - the sheet's declared dimension (`<dimension ref="A1:XFD20000"/>`) before any row is read;
 * - each cell's column and each row's number as it is read;
 * - the uncompressed size of every part it inflates;
 * - the number of shared strings and of cells with a value;
 * - a deadline for the whole read.
 *
 * Memory is therefore bounded by the counts, not by the file: at most MAX_IMPORT_COLUMNS cells
 * for at most MAX_IMPORT_ROWS + ROW_SLACK rows, plus the shared strings.
 */
import { createInflateRaw } from 'node:zlib';
import { AndelError, ref } from '../../shared/errors';

export const MAX_IMPORT_ROWS = 20_000;
/** Blank lines and a few title rows above the header are tolerated on top of MAX_IMPORT_ROWS. */
export const ROW_SLACK = 50;
export const MAX_IMPORT_COLUMNS = 200;
/** Uncompressed bytes of one XML part (a worksheet of 20 050 rows × 200 short cells is well below). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_SHARED_STRINGS = 1_000_000;
export const MAX_VALUE_CELLS = 1_000_000;
export const READ_DEADLINE_MS = 30_000;

/** What a read consumed; the tests check bounds on these counts (never on time). */
export interface XlsxReadStats {
  rowsRead: number;
  cellsRead: number;
  bytesInflated: number;
}

const tooBig = (key: 'error.import.xlsxTooManyRows' | 'error.import.xlsxTooManyColumns' | 'error.import.xlsxTooLarge' | 'error.import.xlsxTooSlow', params: Record<string, string | number>): AndelError =>
  new AndelError('INVALID_INPUT', ref(key, params));

const notXlsx = (detail: string): AndelError => new AndelError('INVALID_INPUT', ref('error.import.notXlsx', { detail }));

// ---------------------------------------------------------------------------------------------
// Zip central directory

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

function readZipDirectory(bytes: Buffer): Map<string, ZipEntry> {
  const min = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx('no zip directory');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw notXlsx('zip64 is not supported');
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw notXlsx('damaged zip directory');
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw notXlsx(`damaged zip entry ${name}`);
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw notXlsx(`truncated zip entry ${name}`);
    entries.set(name.replace(/^\/+/u, ''), { name, method, compressedSize, dataStart });
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Streaming XML tokeniser (enough of XML for SpreadsheetML)

interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/gu, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITY[entity] ?? whole;
  });
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

class XmlTokeniser {
  private buffer = '';
  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buffer += chunk;
    let pos = 0;
    const buffer = this.buffer;
    for (;;) {
      const lt = buffer.indexOf('<', pos);
      if (lt < 0) {
        // Text up to the end may continue in the next chunk.
        break;
      }
      if (lt > pos) this.handler.text(decodeXmlText(buffer.slice(pos, lt)));
      pos = lt;
      if (buffer.startsWith('<![CDATA[', lt)) {
        const end = buffer.indexOf(']]>', lt);
        if (end < 0) break;
        this.handler.text(buffer.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      if (buffer.startsWith('<!--', lt)) {
        const end = buffer.indexOf('-->', lt);
        if (end < 0) break;
        pos = end + 3;
        continue;
      }
      const gt = buffer.indexOf('>', lt);
      if (gt < 0) break;
      const tag = buffer.slice(lt + 1, gt);
      pos = gt + 1;
      if (tag.startsWith('?') || tag.startsWith('!')) continue;
      if (tag.startsWith('/')) {
        this.handler.close(localName(tag.slice(1).trim()));
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const nameEnd = body.search(/\s/u);
      const name = localName(nameEnd < 0 ? body : body.slice(0, nameEnd));
      const attributes: Record<string, string> = {};
      if (nameEnd >= 0) {
        const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/gu;
        for (let m = re.exec(body); m; m = re.exec(body)) attributes[localName(m[1]!)] = decodeXmlText(m[3] ?? m[4] ?? '');
      }
      this.handler.open(name, attributes, selfClosing);
      if (selfClosing) this.handler.close(name);
    }
    // Keep only the unfinished rest; a text run without '<' is emitted now and dropped.
    const rest = buffer.slice(pos);
    if (!rest.startsWith('<') && rest.length > 0) {
      this.handler.text(decodeXmlText(rest.replace(/&[^;]*$/u, '')));
      const entityStart = rest.search(/&[^;]*$/u);
      this.buffer = entityStart >= 0 ? rest.slice(entityStart) : '';
    } else {
      this.buffer = rest;
    }
    // An unterminated tag longer than any real one is a damaged or hostile file.
    if (this.buffer.length > 1_000_000) throw notXlsx('an XML tag does not end');
  }
}

// ---------------------------------------------------------------------------------------------

class Reader {
  readonly stats: XlsxReadStats = { rowsRead: 0, cellsRead: 0, bytesInflated: 0 };
  private readonly started = Date.now();

  constructor(
    private readonly bytes: Buffer,
    private readonly entries: Map<string, ZipEntry>,
    private readonly deadlineMs: number,
  ) {}

  checkTime(): void {
    if (Date.now() - this.started > this.deadlineMs) throw tooBig('error.import.xlsxTooSlow', { seconds: Math.round(this.deadlineMs / 1000) });
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Inflates one part as a stream into the tokeniser; `stop()` from a handler ends it early. */
  async readPart(path: string, handler: XmlHandler, control: { stopped: boolean } = { stopped: false }): Promise<void> {
    const entry = this.entries.get(path);
    if (!entry) throw notXlsx(`missing part ${path}`);
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const tokeniser = new XmlTokeniser(handler);
    const decoder = new TextDecoder('utf-8');
    let size = 0;
    const take = (chunk: Buffer): void => {
      size += chunk.length;
      this.stats.bytesInflated += chunk.length;
      if (size > MAX_PART_BYTES) throw tooBig('error.import.xlsxTooLarge', { part: path, megabytes: Math.round(MAX_PART_BYTES / (1024 * 1024)) });
      this.checkTime();
      tokeniser.write(decoder.decode(chunk, { stream: true }));
    };
    if (entry.method === 0) {
      for (let offset = 0; offset < data.length && !control.stopped; offset += 64 * 1024) take(data.subarray(offset, offset + 64 * 1024));
    } else if (entry.method === 8) {
      const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
      inflater.end(data);
      try {
        for await (const chunk of inflater) {
          take(chunk as Buffer);
          if (control.stopped) break;
        }
      } catch (error) {
        if (error instanceof AndelError) throw error;
        throw notXlsx(`${path}: ${(error as Error).message}`);
      } finally {
        inflater.destroy();
      }
    } else {
      throw notXlsx(`unsupported compression in ${path}`);
    }
    if (!control.stopped) tokeniser.write(decoder.decode());
  }
}

/** Column letters to a 1-based number ("A" = 1, "XFD" = 16 384). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCellRef(reference: string | undefined): { column: number; row: number } | null {
  const m = reference ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/u.exec(reference) : null;
  return m ? { column: columnNumber(m[1]!), row: Number(m[2]) } : null;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, '');
  return /[ymdhMsb]+/u.test(bare);
}

interface Sheet {
  name: string;
  path: string;
}

async function readWorkbook(reader: Reader): Promise<{ sheets: Sheet[]; date1904: boolean }> {
  const relations = new Map<string, string>();
  if (reader.has('xl/_rels/workbook.xml.rels')) {
    await reader.readPart('xl/_rels/workbook.xml.rels', {
      open: (name, a) => {
        if (name === 'Relationship' && a.Id && a.Target) relations.set(a.Id, a.Target);
      },
      close: () => undefined,
      text: () => undefined,
    });
  }
  const sheets: Sheet[] = [];
  let date1904 = false;
  await reader.readPart('xl/workbook.xml', {
    open: (name, a) => {
      if (name === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true')) date1904 = true;
      if (name === 'sheet' && a.id) {
        const target = relations.get(a.id);
        if (!target) return;
        const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//gu, '/');
        sheets.push({ name: a.name ?? path, path });
      }
    },
    close: () => undefined,
    text: () => undefined,
  });
  if (sheets.length > MAX_IMPORT_COLUMNS * 10) throw notXlsx('too many worksheets');
  return { sheets, date1904 };
}

async function readStyles(reader: Reader): Promise<boolean[]> {
  if (!reader.has('xl/styles.xml')) return [];
  const custom = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  await reader.readPart('xl/styles.xml', {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        if (dateStyles.length > 100_000) throw notXlsx('too many cell styles');
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        dateStyles.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return dateStyles;
}

async function readSharedStrings(reader: Reader): Promise<string[]> {
  if (!reader.has('xl/sharedStrings.xml')) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await reader.readPart('xl/sharedStrings.xml', {
    open: (name) => {
      if (name === 'si') {
        if (strings.length >= MAX_SHARED_STRINGS) throw tooBig('error.import.xlsxTooLarge', { part: 'xl/sharedStrings.xml', megabytes: Math.round(MAX_PART_BYTES / (1024 * 1024)) });
        current = [];
      } else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phonetic -= 1;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

function numberText(raw: string): string {
  const n = Number(raw);
  return Number.isFinite(n) ? String(n) : raw;
}

function serialToIsoDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

async function readSheet(reader: Reader, sheet: Sheet, shared: string[], dateStyles: boolean[], date1904: boolean): Promise<string[][]> {
  const rowLimit = MAX_IMPORT_ROWS + ROW_SLACK;
  const rows: string[][] = [];
  let rowNumber = 0;
  let nextColumn = 1;
  let cell: { column: number; ref: string; type: string; style: number; value: string[]; inValue: boolean; inInline: boolean } | null = null;
  let valueCells = 0;
  await reader.readPart(sheet.path, {
    open: (name, a) => {
      if (name === 'dimension' && a.ref) {
        // Checked before any row is read: "A1:XFD20000" says how far the sheet claims to reach.
        const last = parseCellRef(a.ref.split(':').pop());
        if (last && last.column > MAX_IMPORT_COLUMNS) {
          throw tooBig('error.import.xlsxTooManyColumns', { sheet: sheet.name, cell: a.ref.split(':').pop()!, column: last.column, max: MAX_IMPORT_COLUMNS });
        }
        if (last && last.row > rowLimit) throw tooBig('error.import.xlsxTooManyRows', { sheet: sheet.name, rows: last.row, max: MAX_IMPORT_ROWS });
      } else if (name === 'row') {
        reader.stats.rowsRead += 1;
        const declared = a.r !== undefined ? Number(a.r) : rowNumber + 1;
        rowNumber = Number.isInteger(declared) && declared > rowNumber ? declared : rowNumber + 1;
        if (rowNumber > rowLimit || reader.stats.rowsRead > rowLimit) {
          throw tooBig('error.import.xlsxTooManyRows', { sheet: sheet.name, rows: `${Math.max(rowNumber, reader.stats.rowsRead)}+`, max: MAX_IMPORT_ROWS });
        }
        nextColumn = 1;
      } else if (name === 'c') {
        reader.stats.cellsRead += 1;
        const position = parseCellRef(a.r);
        const column = position ? position.column : nextColumn;
        if (position && position.row > rowNumber) rowNumber = position.row;
        const reference = a.r ?? `${rowNumber}:${column}`;
        if (column > MAX_IMPORT_COLUMNS) {
          throw tooBig('error.import.xlsxTooManyColumns', { sheet: sheet.name, cell: reference, column, max: MAX_IMPORT_COLUMNS });
        }
        if (rowNumber > rowLimit) throw tooBig('error.import.xlsxTooManyRows', { sheet: sheet.name, rows: `${rowNumber}+`, max: MAX_IMPORT_ROWS });
        nextColumn = column + 1;
        cell = { column, ref: reference, type: a.t ?? 'n', style: Number(a.s ?? 0), value: [], inValue: false, inInline: false };
      } else if (cell && name === 'v') cell.inValue = true;
      else if (cell && name === 'is') cell.inInline = true;
      else if (cell && cell.inInline && name === 't') cell.inValue = true;
    },
    close: (name) => {
      if (!cell) return;
      if (name === 'v' || name === 't') cell.inValue = false;
      else if (name === 'is') cell.inInline = false;
      else if (name === 'c') {
        const raw = cell.value.join('');
        let text: string;
        if (cell.type === 's') text = shared[Number(raw)] ?? '';
        else if (cell.type === 'inlineStr' || cell.type === 'str' || cell.type === 'e') text = raw;
        else if (cell.type === 'b') text = raw === '1' || raw === 'true' ? 'TRUE' : raw === '' ? '' : 'FALSE';
        else if (raw !== '' && dateStyles[cell.style] && Number.isFinite(Number(raw))) text = serialToIsoDate(Number(raw), date1904);
        else text = raw === '' ? '' : numberText(raw);
        text = text.trim();
        if (text !== '') {
          valueCells += 1;
          if (valueCells > MAX_VALUE_CELLS) throw tooBig('error.import.xlsxTooManyRows', { sheet: sheet.name, rows: `${rowNumber}+`, max: MAX_IMPORT_ROWS });
          while (rows.length < rowNumber) rows.push([]);
          const target = rows[rowNumber - 1]!;
          while (target.length < cell.column) target.push('');
          target[cell.column - 1] = text;
        }
        cell = null;
      }
    },
    text: (text) => {
      if (cell?.inValue) cell.value.push(text);
    },
  });
  // Every row as wide as the widest, like a table.
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

/**
 * The first worksheet with data, as text cells (index 0 is the sheet's row 1), each trimmed;
 * numbers as JavaScript writes them, dates (by the cell's number format) as ISO dates.
 */
export async function readXlsxBounded(bytes: Uint8Array, options: { deadlineMs?: number } = {}): Promise<{ rows: string[][]; stats: XlsxReadStats }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = new Reader(buffer, readZipDirectory(buffer), options.deadlineMs ?? READ_DEADLINE_MS);
  return { rows: await readWith(reader), stats: reader.stats };
}

/** The same read, never throwing an AndelError: the refusal and what was counted up to it. */
export async function readXlsxWithStats(bytes: Uint8Array, options: { deadlineMs?: number } = {}): Promise<{ rows: string[][] | null; error: AndelError | null; stats: XlsxReadStats }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = new Reader(buffer, readZipDirectory(buffer), options.deadlineMs ?? READ_DEADLINE_MS);
  try {
    return { rows: await readWith(reader), error: null, stats: reader.stats };
  } catch (error) {
    if (error instanceof AndelError) return { rows: null, error, stats: reader.stats };
    throw error;
  }
}

async function readWith(reader: Reader): Promise<string[][]> {
  if (!reader.has('xl/workbook.xml')) throw notXlsx('no xl/workbook.xml');
  const { sheets, date1904 } = await readWorkbook(reader);
  const dateStyles = await readStyles(reader);
  const shared = await readSharedStrings(reader);
  for (const sheet of sheets) {
    if (!reader.has(sheet.path)) continue;
    const rows = await readSheet(reader, sheet, shared, dateStyles, date1904);
    if (rows.some((row) => row.some((cellText) => cellText !== ''))) return rows;
  }
  throw new AndelError('INVALID_INPUT', ref('error.import.noSheet'));
}
