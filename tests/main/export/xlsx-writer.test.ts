// Andel's own xlsx writer and zip container, read back by independent readers: exceljs for the
// workbook, the system's `unzip -t` and JSZip (CRC-checked) for the archive. Every expected figure
// is worked out by hand in the comments.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook, dateSerial, escapeAttribute, escapeText } from '../../../src/main/export/xlsx/xlsx-writer';
import { dosDateTime, zipEntries } from '../../../src/main/export/xlsx/zip';
import { createTempDir } from '../../helpers/temp-dir';

const dir = createTempDir('andel-xlsx-writer-');
afterAll(() => dir.remove());

async function readBack(workbook: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(workbook.toBuffer() as unknown as ArrayBuffer);
  return read;
}

async function part(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async('string');
}

describe('zip container', () => {
  it('stamps entries with the given time in MS-DOS fields', () => {
    // 09:30:00 → 9·2^11 + 30·2^5 + 0/2 = 18 432 + 960 = 19 392; 2026-03-02 → (2026−1980)·2^9 + 3·2^5 + 2 = 23 552 + 96 + 2 = 23 650.
    expect(dosDateTime(new Date('2026-03-02T09:30:00Z'))).toEqual({ time: 19_392, date: 23_650 });
  });

  it('is read back entry for entry by unzip and by JSZip with CRC checks', async () => {
    const text = 'Åre & Malmö <kommun>\n'.repeat(500);
    const binary = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const bytes = zipEntries([{ name: 'a.txt', data: Buffer.from(text) }, { name: 'dir/b.bin', data: binary }, { name: 'empty', data: Buffer.alloc(0) }], new Date('2026-03-02T09:30:00Z'));
    const path = join(dir.path, 'test.zip');
    writeFileSync(path, bytes);
    const tested = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
    expect(tested.status, tested.stdout + tested.stderr).toBe(0);
    expect(tested.stdout).toContain('No errors detected');
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['a.txt', 'dir/b.bin', 'empty']);
    expect(await zip.file('a.txt')?.async('string')).toBe(text);
    expect(Buffer.from((await zip.file('dir/b.bin')?.async('uint8array')) ?? []).equals(binary)).toBe(true);
    expect(await zip.file('empty')?.async('string')).toBe('');
    // Deflated: 500 repeats of a 21-character line compress far below their 10 500 bytes.
    expect(bytes.length).toBeLessThan(2_000);
  });

  it('refuses a name twice and absolute or backslashed paths', () => {
    const data = Buffer.from('x');
    expect(() => zipEntries([{ name: 'a', data }, { name: 'a', data }], new Date())).toThrow(/twice/);
    expect(() => zipEntries([{ name: '/a', data }], new Date())).toThrow(/relative/);
    expect(() => zipEntries([{ name: 'a\\b', data }], new Date())).toThrow(/relative/);
  });
});

describe('xlsx writer', () => {
  it('writes numbers, text, booleans, dates and formulas with cached results that exceljs reads back', async () => {
    const workbook = new XlsxWorkbook();
    const sheet = workbook.addWorksheet('Tal & text');
    sheet.getCell(1, 1).value = 1234.5;
    sheet.getCell(1, 2).value = -0;
    sheet.getCell(2, 1).value = '  <b>Malmö & "Lund"</b>\nrad två ';
    sheet.getCell(2, 2).value = '=HYPERLINK("http://x","y")';
    sheet.getCell(3, 1).value = true;
    sheet.getCell(3, 2).value = new Date(Date.UTC(2026, 2, 2));
    sheet.getCell(4, 1).value = { formula: 'ROUND(A1*2,2)', result: 2469 };
    sheet.getCell(4, 2).value = { formula: 'IF(A1>1,"stor","liten")', result: 'stor' };
    sheet.getCell(4, 3).value = { formula: 'A1>1', result: true };
    sheet.getCell(4, 4).value = { formula: 'A1-A1', result: 0 };
    sheet.getCell(27, 28).value = 1; // AB27: two-letter column
    const read = (await readBack(workbook)).getWorksheet('Tal & text');
    expect(read?.getCell('A1').value).toBe(1234.5);
    expect(read?.getCell('B1').value).toBe(0);
    expect(read?.getCell('A2').value).toBe('  <b>Malmö & "Lund"</b>\nrad två ');
    expect(read?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(read?.getCell('B2').formula).toBeUndefined();
    expect(read?.getCell('A3').value).toBe(true);
    // 2026-03-02 is day 46 083 after 1899-12-30: 25 569 (to 1970-01-01) + 20 514 days since.
    expect(dateSerial(new Date(Date.UTC(2026, 2, 2)))).toBe(46_083);
    expect(read?.getCell('A4').value).toEqual({ formula: 'ROUND(A1*2,2)', result: 2469 });
    expect(read?.getCell('B4').value).toEqual({ formula: 'IF(A1>1,"stor","liten")', result: 'stor' });
    expect(read?.getCell('C4').value).toEqual({ formula: 'A1>1', result: true });
    expect(read?.getCell('D4').formula).toBe('A1-A1');
    expect(read?.getCell('AB27').value).toBe(1);
    const xml = await part(workbook.toBuffer(), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<dimension ref="A1:AB27"/>');
    expect(xml).toContain('<c r="B3"><v>46083</v></c>');
    expect(xml).toContain('<f>IF(A1&gt;1,"stor","liten")</f>');
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
  });

  it('shares one string entry per distinct text', async () => {
    const workbook = new XlsxWorkbook();
    const sheet = workbook.addWorksheet('S');
    for (let row = 1; row <= 10; row += 1) sheet.getCell(row, 1).value = row % 2 === 0 ? 'jämn' : 'udda';
    // 10 uses, 2 distinct texts.
    expect(await part(workbook.toBuffer(), 'xl/sharedStrings.xml')).toContain('count="10" uniqueCount="2"');
  });

  it('writes fonts, fills, borders, alignment, number formats, heights, widths, frozen panes and print setup', async () => {
    const workbook = new XlsxWorkbook();
    const sheet = workbook.addWorksheet('Stil');
    const header = sheet.getCell(5, 1);
    header.value = 'Medlem';
    header.font = { name: 'Calibri', bold: true, italic: true, size: 14, color: { argb: 'FFC00000' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    header.border = { top: { style: 'thin' }, bottom: { style: 'double', color: { argb: 'FF8EA9DB' } } };
    header.alignment = { horizontal: 'right', vertical: 'top', wrapText: true, indent: 1 };
    sheet.getCell(6, 2).value = 1234.5;
    sheet.getCell(6, 2).numFmt = '[$-41D]#,##0.00';
    sheet.getRow(5).height = 30;
    sheet.getColumn(1).width = 18;
    sheet.getColumn(2).width = 12.5;
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 5, topLeftCell: 'B6', activeCell: 'B6', showGridLines: false }];
    sheet.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    };
    sheet.headerFooter = { oddHeader: '&L&"-,Bold"Bilaga & mer&RSida &P', oddFooter: '&LKonsortiet' };
    const read = (await readBack(workbook)).getWorksheet('Stil');
    const cell = read?.getCell('A5');
    expect(cell?.font).toMatchObject({ name: 'Calibri', bold: true, italic: true, size: 14, color: { argb: 'FFC00000' } });
    expect(cell?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(cell?.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'double', color: { argb: 'FF8EA9DB' } } });
    expect(cell?.alignment).toMatchObject({ horizontal: 'right', vertical: 'top', wrapText: true, indent: 1 });
    expect(read?.getCell('B6').numFmt).toBe('[$-41D]#,##0.00');
    expect(read?.getRow(5).height).toBe(30);
    expect(read?.getColumn(1).width).toBe(18);
    expect(read?.getColumn(2).width).toBe(12.5);
    expect(read?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5, topLeftCell: 'B6', activeCell: 'B6', showGridLines: false });
    expect(read?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
    expect(read?.pageSetup.margins).toEqual({ left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 });
    expect(read?.headerFooter.oddHeader).toBe('&L&"-,Bold"Bilaga & mer&RSida &P');
    expect(read?.headerFooter.oddFooter).toBe('&LKonsortiet');
  });

  it('shares a style object the way exceljs does: a later numFmt on one cell changes every cell sharing it', () => {
    const workbook = new XlsxWorkbook();
    const sheet = workbook.addWorksheet('S');
    const shared = { font: { name: 'Calibri' } };
    sheet.getCell(1, 1).style = shared;
    sheet.getCell(1, 2).style = shared;
    sheet.getCell(1, 1).numFmt = '0.0';
    expect(sheet.getCell(1, 2).numFmt).toBe('0.0');
    // A fresh cell has a style of its own.
    sheet.getCell(2, 1).numFmt = '0';
    expect(sheet.getCell(2, 2).numFmt).toBeUndefined();
  });

  it('writes defined names, print titles and document properties', async () => {
    const workbook = new XlsxWorkbook();
    const sheet = workbook.addWorksheet('Parametrar');
    sheet.getCell(6, 2).value = 15;
    workbook.definedNames.add("'Parametrar'!$B$6", 'Share_equal');
    sheet.pageSetup = { printTitlesRow: '5:5' };
    workbook.creator = 'Andel';
    workbook.lastModifiedBy = 'Andel';
    workbook.title = 'Bilaga: <utkast> & mer';
    workbook.subject = 'Vem betalar vad';
    workbook.company = 'Skaraborg';
    workbook.keywords = 'a, b';
    workbook.created = new Date('2026-03-02T09:30:00.400Z');
    workbook.modified = new Date('2026-03-02T09:30:00Z');
    workbook.language = 'sv-SE';
    const read = await readBack(workbook);
    const names = (read.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.find((n) => n.name === 'Share_equal')?.ranges).toEqual(['Parametrar!$B$6']);
    expect(read.getWorksheet('Parametrar')?.pageSetup.printTitlesRow).toBe('5:5');
    expect(read.title).toBe('Bilaga: <utkast> & mer');
    expect(read.subject).toBe('Vem betalar vad');
    expect(read.creator).toBe('Andel');
    expect(read.lastModifiedBy).toBe('Andel');
    expect(read.company).toBe('Skaraborg');
    expect(read.keywords).toBe('a, b');
    // Whole seconds, as a W3CDTF date in the file.
    expect(read.created.toISOString()).toBe('2026-03-02T09:30:00.000Z');
    expect(await part(workbook.toBuffer(), 'docProps/core.xml')).toContain('<dc:language>sv-SE</dc:language>');
  });

  it('writes a committed sheet early, lets it take no more cells, and shares strings with later sheets', async () => {
    const workbook = new XlsxWorkbook(1);
    const first = workbook.addWorksheet('Först');
    const second = workbook.addWorksheet('Sedan');
    first.getCell(1, 1).value = 'gemensam';
    first.getCell(2, 1).value = { formula: 'LEN(A1)', result: 8 };
    first.commit();
    expect(first.isWritten).toBe(true);
    expect(() => first.getCell(3, 1)).toThrow(/already written/);
    second.getCell(1, 1).value = 'gemensam';
    second.getCell(1, 2).value = 'egen';
    const bytes = workbook.toBuffer();
    // Three string cells in all, two distinct texts.
    expect(await part(bytes, 'xl/sharedStrings.xml')).toContain('count="3" uniqueCount="2"');
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual(['Först', 'Sedan']);
    expect(read.getWorksheet('Först')?.getCell('A1').value).toBe('gemensam');
    expect(read.getWorksheet('Först')?.getCell('A2').value).toEqual({ formula: 'LEN(A1)', result: 8 });
    expect(read.getWorksheet('Sedan')?.getCell('B1').value).toBe('egen');
    // Written once: the same bytes again.
    expect(workbook.toBuffer().equals(bytes)).toBe(true);
  });

  it('writes rows out early with commitRows: the same bytes as writing them at the end, and no more cells in them', async () => {
    const fill = (workbook: XlsxWorkbook, commitEvery: number | null): void => {
      const sheet = workbook.addWorksheet('Rader');
      sheet.getColumn(2).width = 14;
      const bold = { font: { bold: true } };
      for (let row = 1; row <= 40; row += 1) {
        if (row % 7 === 0) continue; // holes between rows
        sheet.getCell(row, 1).value = `rad ${row % 5}`;
        sheet.getCell(row, 3).value = { formula: `A${row}&"!"`, result: `rad ${row % 5}!` };
        if (row % 3 === 0) sheet.getCell(row, 2).style = bold;
        if (row === 11) sheet.getRow(row).height = 30;
        if (commitEvery !== null && row % commitEvery === 0) sheet.commitRows(row);
      }
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
    };
    const early = new XlsxWorkbook(1);
    fill(early, 8);
    const sheet = early.worksheets[0];
    // Row 40 was committed last (40 % 8 = 0): rows 1–40 take no more cells, row 41 does.
    expect(() => sheet?.getCell(12, 1)).toThrow(/already written/);
    expect(() => sheet?.getCell(41, 1)).not.toThrow();
    sheet?.getRow(41);
    const late = new XlsxWorkbook(1);
    fill(late, null);
    late.worksheets[0]?.getRow(41);
    const [a, b] = [early.toBuffer(), late.toBuffer()];
    expect(a.equals(b)).toBe(true);
    // Not vacuous: the part spans every written row and column, and counts every string cell.
    const xml = await part(a, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<dimension ref="A1:C40"/>');
    expect(xml).toContain('<row r="11" ht="30" customHeight="1">');
    // 40 rows less the 5 holes (7, 14, …, 35) = 35 string cells in column A.
    expect(await part(a, 'xl/sharedStrings.xml')).toContain('count="35" uniqueCount="5"');
  });

  it('refuses what it cannot write instead of dropping it', () => {
    const workbook = new XlsxWorkbook();
    expect(() => workbook.addWorksheet('a/b')).toThrow(/sheet name/);
    expect(() => workbook.addWorksheet('x'.repeat(32))).toThrow(/sheet name/);
    workbook.addWorksheet('Blad');
    expect(() => workbook.addWorksheet('BLAD')).toThrow(/already/);
    const sheet = workbook.getWorksheet('Blad');
    if (!sheet) throw new Error('missing sheet');
    expect(() => sheet.getCell(0, 1)).toThrow(/row/);
    expect(() => sheet.getCell(1, 16_385)).toThrow(/column/);
    const cell = sheet.getCell(1, 1);
    cell.value = { richText: [{ text: 'x' }] };
    expect(() => workbook.toBuffer()).toThrow(/cannot be written/);
    cell.value = Number.NaN;
    expect(() => workbook.toBuffer()).toThrow(/NaN/);
    cell.value = 1;
    cell.font = { underline: true };
    expect(() => workbook.toBuffer()).toThrow(/underline/);
    cell.style = {};
    cell.fill = { type: 'gradient', gradient: 'angle', degree: 0, stops: [] };
    expect(() => workbook.toBuffer()).toThrow(/gradient/);
    expect(() => new XlsxWorkbook().toBuffer()).toThrow(/at least one sheet/);
  });

  it('escapes text and attributes for XML', () => {
    expect(escapeText('a<b & c>d "e"')).toBe('a&lt;b &amp; c&gt;d "e"');
    expect(escapeAttribute('a<b & "c"\n')).toBe('a&lt;b &amp; &quot;c&quot;&#10;');
    expect(escapeText('plain')).toBe('plain');
  });
});
