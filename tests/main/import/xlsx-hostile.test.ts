/**
 * Hostile workbooks for the population import (issue 4/9, item 5). Before the bounded reader,
 * a 167 KB workbook with 20 000 rows and one cell in column XFD made exceljs build 16 384 cells
 * per row (216 s, then heap exhaustion), and a 1.3 MB zip of 5 million rows was inflated whole
 * (176 s, 3.7 GB) before being refused. These files are built here byte by byte (a minimal zip
 * writer below), so nothing of the code under test makes them.
 *
 * Bounds are asserted on what the reader counted (rows, cells, bytes inflated), never on time;
 * times and memory are measured in bench/import-hostile-xlsx.ts and reported in docs/reliability.md.
 */
import ExcelJS from 'exceljs';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/main/import/read-table';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_PART_BYTES, ROW_SLACK, readXlsxWithStats, type XlsxReadStats } from '../../../src/main/import/read-xlsx';
import { AndelError, localizeError } from '../../../src/shared/errors';

// ---- a minimal zip writer (deflate), independent of the reader -------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(chunks: Iterable<Buffer>): number {
  let crc = 0xffffffff;
  for (const chunk of chunks) for (const byte of chunk) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Part {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

const partOf = (name: string, text: string): Part => {
  const raw = Buffer.from(text, 'utf8');
  return { name, compressed: deflateRawSync(raw), crc: crc32([raw]), size: raw.length };
};

/** A part whose content is `head`, then `body` repeated `times` times, then `tail`, deflated as a stream. */
async function repeatedPart(name: string, head: string, body: string, times: number, tail: string): Promise<Part> {
  const headBuf = Buffer.from(head);
  const bodyBuf = Buffer.from(body.repeat(1000));
  const tailBuf = Buffer.from(tail);
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0xffffffff;
  const feed = async (buf: Buffer): Promise<void> => {
    for (const byte of buf) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    if (!deflater.write(buf)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  // CRC of the repeated block is computed once per byte of the block per repetition: keep the
  // repetitions coarse (blocks of 1000 bodies) so building the file stays quick.
  await feed(headBuf);
  for (let i = 0; i < times / 1000; i += 1) await feed(bodyBuf);
  await feed(tailBuf);
  deflater.end();
  await done;
  return { name, compressed: Buffer.concat(out), crc: (crc ^ 0xffffffff) >>> 0, size: headBuf.length + bodyBuf.length * (times / 1000) + tailBuf.length };
}

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.compressed.length, 18);
    local.writeUInt32LE(part.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.compressed.length, 20);
    central.writeUInt32LE(part.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function frame(): Part[] {
  return [
    partOf('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    partOf('xl/workbook.xml', `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Folkmängd" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    partOf(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}

/** 20 000 rows of code, name, population, and one cell with "x" in XFD{xfdRow}. */
function xfdWorkbook(options: { dimension: boolean; xfdRow: number }): Buffer {
  const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Kod</t></is></c><c r="B1" t="inlineStr"><is><t>Kommun</t></is></c><c r="C1" t="inlineStr"><is><t>Folkmängd</t></is></c></row>'];
  for (let r = 2; r <= 20_000; r += 1) {
    const xfd = r === options.xfdRow ? `<c r="XFD${r}" t="inlineStr"><is><t>x</t></is></c>` : '';
    rows.push(`<row r="${r}"><c r="A${r}"><v>${1000 + r}</v></c><c r="B${r}" t="inlineStr"><is><t>K${r}</t></is></c><c r="C${r}"><v>${r * 7}</v></c>${xfd}</row>`);
  }
  const dimension = options.dimension ? '<dimension ref="A1:XFD20000"/>' : '';
  return zip([...frame(), partOf('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet ${NS}>${dimension}<sheetData>${rows.join('')}</sheetData></worksheet>`)]);
}

/** A zip bomb of rows: `rows` identical rows of one number, no row numbers, optionally a truthful dimension. */
async function rowBomb(rows: number, dimension: boolean): Promise<Buffer> {
  const head = `<?xml version="1.0"?><worksheet ${NS}>${dimension ? `<dimension ref="A1:A${rows}"/>` : ''}<sheetData>`;
  return zip([...frame(), await repeatedPart('xl/worksheets/sheet1.xml', head, '<row><c><v>1</v></c></row>', rows, '</sheetData></worksheet>')]);
}

async function refusal(bytes: Uint8Array): Promise<AndelError> {
  try {
    await readTable(bytes);
  } catch (error) {
    if (error instanceof AndelError) return error;
    throw error;
  }
  throw new Error('the file was not refused');
}

const inAllLanguages = (error: AndelError): { sv: string; nb: string; en: string } => {
  const api = error.toApiError();
  return { sv: localizeError(api, 'sv').message, nb: localizeError(api, 'nb').message, en: localizeError(api, 'en').message };
};

describe('hostile workbooks are refused early, saying what and where', () => {
  it('a cell in column XFD (20 000 rows, dimension A1:XFD20000) is refused before any row is read', async () => {
    const bytes = xfdWorkbook({ dimension: true, xfdRow: 2 });
    // The reported file was 167 KB; this one is the same kind of file.
    expect(bytes.length).toBeLessThan(400_000);
    const error = await refusal(bytes);
    expect(error.code).toBe('INVALID_INPUT');
    const text = inAllLanguages(error);
    // XFD = 24·26² + 6·26 + 4 = 16 224 + 156 + 4 = 16 384
    for (const message of Object.values(text)) {
      expect(message).toContain('XFD20000');
      expect(message).toContain('16384');
      expect(message).toContain('Folkmängd');
      expect(message).toContain(String(MAX_IMPORT_COLUMNS));
    }
    expect(text.sv).toMatch(/kolumn/u);
    expect(text.nb).toMatch(/kolonne/u);
    expect(text.en).toMatch(/column/u);
    expect((await probeCounts(bytes)).rowsRead).toBe(0);
  });

  it('without a dimension, the XFD cell is refused where it is, after reading only the rows above it', async () => {
    const bytes = xfdWorkbook({ dimension: false, xfdRow: 9_000 });
    const error = await refusal(bytes);
    expect(error.messageKey).toBe('error.import.xlsxTooManyColumns');
    expect(inAllLanguages(error).en).toContain('XFD9000');
    // Count the work: the reader stopped at row 9 000, and read 3 cells a row plus the XFD cell
    // (hand count: 9 000 rows × 3 cells + 1 = 27 001). No row was widened to 16 384 cells.
    const stats = await probeCounts(bytes);
    expect(stats.rowsRead).toBe(9_000);
    expect(stats.cellsRead).toBe(9_000 * 3 + 1);
  });

  it('the same workbook without the XFD cell still reads: 20 000 rows of 3 columns', async () => {
    const bytes = xfdWorkbook({ dimension: false, xfdRow: -1 });
    const table = await readTable(bytes);
    expect(table.format).toBe('xlsx');
    expect(table.rows).toHaveLength(20_000);
    expect(table.rows[0]).toEqual(['Kod', 'Kommun', 'Folkmängd']);
    // row 20 000: code 1000 + 20 000 = 21 000, population 20 000 × 7 = 140 000
    expect(table.rows[19_999]).toEqual(['21000', 'K20000', '140000']);
  });

  it('a zip bomb of 5 million rows with a truthful dimension is refused before any row is read', async () => {
    const bytes = await rowBomb(5_000_000, true);
    // 5 000 000 rows × 26 bytes = 130 MB of XML in about a few hundred KB of zip
    expect(bytes.length).toBeLessThan(2_000_000);
    const error = await refusal(bytes);
    expect(error.messageKey).toBe('error.import.xlsxTooManyRows');
    const text = inAllLanguages(error);
    expect(text.en).toContain('5000000');
    expect(text.sv).toContain('högst 20000');
    expect(text.nb).toContain('høyst 20000');
    const stats = await probeCounts(bytes);
    expect(stats.rowsRead).toBe(0);
  });

  it('a zip bomb of 5 million rows that hides its size is refused after at most the row limit, inflating a bounded amount', async () => {
    const bytes = await rowBomb(5_000_000, false);
    const error = await refusal(bytes);
    expect(error.messageKey).toBe('error.import.xlsxTooManyRows');
    const stats = await probeCounts(bytes);
    // The limit is 20 000 rows plus 50 rows of slack; the first row past it is refused.
    expect(stats.rowsRead).toBe(MAX_IMPORT_ROWS + ROW_SLACK + 1);
    // Inflated: what the rows read take (20 051 × 26 bytes ≈ 0.5 MB) plus at most a few 64 KB
    // chunks of look-ahead — far from the 130 MB the part unpacks to.
    expect(stats.bytesInflated).toBeLessThan(4 * 1024 * 1024);
  });

  it('a part that unpacks beyond the size limit is refused by its size', async () => {
    // One row with a string cell of MAX_PART_BYTES + 1 MB of spaces: no row or column limit is
    // passed, only the size of the part.
    const head = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
    const filler = ' '.repeat(1024);
    const times = Math.ceil((MAX_PART_BYTES + 1024 * 1024) / (1024 * 1000)) * 1000;
    const bytes = zip([...frame(), await repeatedPart('xl/worksheets/sheet1.xml', head, filler, times, '</t></is></c></row></sheetData></worksheet>')]);
    const error = await refusal(bytes);
    expect(error.messageKey).toBe('error.import.xlsxTooLarge');
    expect(inAllLanguages(error).en).toContain('xl/worksheets/sheet1.xml');
  });
});

describe('ordinary workbooks read as before', () => {
  it('reads strings, numbers, dates, formulas and booleans from an exceljs workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    const data = workbook.addWorksheet('Befolkning');
    data.addRow(['Kommunkod', 'Kommun', 'Folkmängd', 'Datum', 'Summa', 'Med']);
    data.addRow(['1447', ' Gullspång ', 5312, new Date(Date.UTC(2024, 11, 31)), { formula: 'C2*2', result: 10624 }, true]);
    data.addRow(['1496', 'Skövde & Co <AB>', 57321.5, null, null, false]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const table = await readTable(bytes);
    expect(table.rows).toEqual([
      ['Kommunkod', 'Kommun', 'Folkmängd', 'Datum', 'Summa', 'Med'],
      // 5312 × 2 = 10624 is the formula's cached result
      ['1447', 'Gullspång', '5312', '2024-12-31', '10624', 'TRUE'],
      ['1496', 'Skövde & Co <AB>', '57321.5', '', '', 'FALSE'],
    ]);
  });
});

/** Runs the reader and returns what it counted, whether it refused or not. */
async function probeCounts(bytes: Uint8Array): Promise<XlsxReadStats> {
  return (await readXlsxWithStats(bytes)).stats;
}
