/**
 * Hostile workbooks for the population import (issue 4/9, item 5). Before the bounded reader,
 * a 167 KB workbook with 20 000 rows and one cell in column XFD made exceljs build 16 384 cells
 * per row (216 s, then heap exhaustion), and a 1.3 MB zip of 5 million rows was inflated whole
 * (176 s, 3.7 GB) before being refused. These files are built byte by byte (./hostile-xlsx.ts),
 * so nothing of the code under test makes them.
 *
 * Bounds are asserted on what the reader counted (rows, cells, bytes inflated), never on time;
 * times and memory are measured in bench/import-hostile-xlsx.ts and reported in docs/reliability.md.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/main/import/read-table';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_PART_BYTES, ROW_SLACK, readXlsxWithStats, type XlsxReadStats } from '../../../src/main/import/read-xlsx';
import { AndelError, localizeError } from '../../../src/shared/errors';
import { NS, frame, repeatedPart, rowBomb, xfdWorkbook, zip } from './hostile-xlsx';

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
