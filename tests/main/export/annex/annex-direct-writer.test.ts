// The annex the app saves is written straight to XML (xlsx-writer.ts), not by exceljs. This test is
// the proof that nothing visible changed: for every reference consortium the same sheets are built
// once in exceljs and saved by exceljs, once saved by the direct writer; both files are read back
// with exceljs and must agree in every sheet, cell (value, formula, cached result, type), number
// format, font, fill, border, alignment, row height, column width, view, print setup, header and
// footer, defined name and document property. The LibreOffice tests recalculate the exceljs side;
// annex-direct-writer.libreoffice.test.ts recalculates the direct side.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scenarioCharges } from '../../../../src/shared/calc';
import { buildAnnex, exportAnnex } from '../../../../src/main/export/annex/annex.export';
import type { AnnexInput } from '../../../../src/main/export/annex/annex-input';
import { definedNamesOf } from '../../../../src/main/export/xlsx/defined-names';
import { bibblix, everyComponentType, norway, sambrukGroup, sambrukIndividual, skaraborg } from './annex-fixtures';

async function load(buffer: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

/** Everything a reader sees, as plain data (undefined and empty style parts dropped). */
function visible(workbook: ExcelJS.Workbook): unknown {
  const plain = (value: unknown): unknown => {
    if (value === undefined || value === null) return undefined;
    const json = JSON.parse(JSON.stringify(value)) as unknown;
    return json && typeof json === 'object' && Object.keys(json).length === 0 ? undefined : json;
  };
  const sheets = workbook.worksheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    const heights: Record<number, number | undefined> = {};
    sheet.eachRow({ includeEmpty: true }, (row) => {
      if (row.height !== undefined) heights[row.number] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = {
          type: cell.type,
          value: cell.value instanceof Date ? cell.value.toISOString() : plain(cell.value),
          numFmt: plain(cell.numFmt),
          font: plain(cell.font),
          fill: plain(cell.fill),
          border: plain(cell.border),
          alignment: plain(cell.alignment),
        };
      });
    });
    const widths: (number | undefined)[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) widths.push(sheet.getColumn(column).width);
    const view = sheet.views[0] as Record<string, unknown> | undefined;
    const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow, margins } = sheet.pageSetup;
    return {
      name: sheet.name,
      state: sheet.state,
      view: view && { state: view.state, xSplit: view.xSplit, ySplit: view.ySplit, topLeftCell: view.topLeftCell, activeCell: view.activeCell, showGridLines: view.showGridLines },
      page: { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow, margins },
      header: sheet.headerFooter.oddHeader,
      footer: sheet.headerFooter.oddFooter,
      widths,
      heights,
      cells,
    };
  });
  const names = [...definedNamesOf(workbook)].map((n) => ({ name: n.name, ranges: n.ranges.map((r) => r.replace(/'/g, '')) })).sort((a, b) => a.name.localeCompare(b.name));
  const { title, subject, creator, lastModifiedBy, company, keywords } = workbook;
  return { title, subject, creator, lastModifiedBy, company, keywords, created: workbook.created.toISOString(), modified: workbook.modified.toISOString(), names, sheets };
}

const cases: { name: string; input: () => AnnexInput }[] = [
  { name: 'skaraborg, draft, sv', input: () => skaraborg('sv', true) },
  { name: 'sambruk individual, en, names like formulas', input: () => sambrukIndividual('en', { a: '=HYPERLINK("http://x","y")', b: '@SUM(1)', c: ' <b>&amp; "quoted"\nline ' }) },
  { name: 'sambruk group, nb', input: () => sambrukGroup('nb') },
  { name: 'bibblix, draft, sv', input: () => bibblix('sv', true) },
  { name: 'norway, 358 members, nb', input: () => norway('nb') },
  { name: 'every component type, 48 members, en', input: () => everyComponentType(48, 'en') },
];

describe('the annex written directly equals the annex written by exceljs', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const input = c.input();
      const viaExcelJs = await load(await buildAnnex(input).workbook.xlsx.writeBuffer());
      const direct = await load((await exportAnnex(input)).buffer);
      const expected = visible(viaExcelJs);
      expect(visible(direct)).toEqual(expected);
      // Not vacuous: the comparison covers formulas with cached results and styled cells.
      const cells = (expected as { sheets: { cells: Record<string, { type: number; numFmt?: string }> }[] }).sheets.flatMap((s) => Object.values(s.cells));
      expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula).length).toBeGreaterThan(10);
      expect(cells.filter((cell) => cell.numFmt !== undefined).length).toBeGreaterThan(10);
    }, 60_000);
  }

  it('writes the same bytes from charges built row by row (scenarioCharges) as from a held result', async () => {
    // 358 members: each year's table is written out in pieces (commitRows every 256 rows).
    for (const input of [norway('nb'), everyComponentType(48, 'en')]) {
      const held = await exportAnnex(input);
      const streamed = await exportAnnex({ ...input, result: scenarioCharges(input.resolved) });
      expect(streamed.sha256).toBe(held.sha256);
    }
  }, 60_000);

  it('writes the same bytes for the same annex (the entries carry the export time, not the clock)', async () => {
    const input = skaraborg('sv');
    const [a, b] = [await exportAnnex(input), await exportAnnex(input)];
    expect(a.sha256).toBe(b.sha256);
    expect(a.buffer.equals(b.buffer)).toBe(true);
  });
});
