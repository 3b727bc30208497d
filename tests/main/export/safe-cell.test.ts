import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeFormula, MAX_CELL_TEXT, setText, storableText } from '../../../src/main/export/xlsx/safe-cell';
import { readValues, readXlsxPart, recalculateWithLibreOffice } from '../../helpers/libreoffice';
import { createTempDir } from '../../helpers/temp-dir';

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=cmd|\' /C calc\'!A0',
  '-10 % rabatt',
];

const dir = createTempDir('andel-safe-cell-');
afterAll(() => dir.remove());

async function writeHostile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Texts');
  HOSTILE.forEach((text, index) => setText(sheet.getCell(index + 1, 1), text));
  const path = dir.file('hostile.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

function sheetXml(path: string): Promise<string> {
  return readXlsxPart(path, 'xl/worksheets/sheet1.xml');
}

describe('setText', () => {
  it('recognises what a spreadsheet would take as a formula', () => {
    for (const text of HOSTILE.slice(0, 7)) expect(looksLikeFormula(text), text).toBe(true);
    expect(looksLikeFormula('Skövde kommun')).toBe(false);
  });

  it('stores formula-like text as plain string cells, verbatim', async () => {
    const path = await writeHostile();
    const xml = await sheetXml(path);
    expect(xml).not.toContain('<f>');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Texts');
    HOSTILE.forEach((text, index) => {
      const cell = sheet?.getCell(index + 1, 1);
      expect(cell?.value, text).toBe(storableText(text));
      expect(cell?.formula, text).toBeUndefined();
      expect(cell?.type, text).toBe(ExcelJS.ValueType.String);
    });
  });

  it('keeps them as text after LibreOffice opens, recalculates and saves the file', async () => {
    const recalculated = await recalculateWithLibreOffice(await writeHostile());
    expect(await sheetXml(recalculated)).not.toMatch(/<f[ >]/);
    const values = await readValues(recalculated);
    HOSTILE.forEach((text, index) => expect(values.Texts?.[`A${index + 1}`], text).toBe(storableText(text)));
  });

  it('leaves empty text empty and replaces characters XML cannot carry', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    setText(sheet.getCell('A1'), '');
    setText(sheet.getCell('A2'), null);
    expect(sheet.getCell('A1').value).toBeNull();
    expect(sheet.getCell('A2').value).toBeNull();
    expect(storableText('a\u0001b\tc\nd')).toBe('a\uFFFDb\tc\nd');
    expect(storableText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('refuses text longer than a cell can hold rather than cutting it', () => {
    expect(() => storableText('x'.repeat(MAX_CELL_TEXT + 1))).toThrow(/at most 32767/);
  });
});
