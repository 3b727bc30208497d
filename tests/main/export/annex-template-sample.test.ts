// The template for the annex: a parameters sheet with named cells and a member table whose every
// amount is a live formula (ROUND …, SUM totals) with Andel's own figure cached. LibreOffice
// recalculates it and must arrive at the same öre; the rendered pages go to docs/screenshots.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportLabels } from '../../../src/main/export/export-labels';
import type { ExportLanguage } from '../../../src/main/export/export-language';
import { setDocumentProperties } from '../../../src/main/export/xlsx/document-properties';
import { minorToMajor, roundFormula, setFormula, sumFormula } from '../../../src/main/export/xlsx/formula-cell';
import { defineName } from '../../../src/main/export/xlsx/defined-names';
import { amountFormat, integerFormat, percentFormat } from '../../../src/main/export/xlsx/number-formats';
import { writeParameterTable } from '../../../src/main/export/xlsx/parameter-table';
import { setText } from '../../../src/main/export/xlsx/safe-cell';
import {
  FONT_NAME,
  setColumnWidths,
  setupSheetForPrint,
  styleHeaderRow,
  styleTotalRow,
  writeTitleBlock,
} from '../../../src/main/export/xlsx/sheet-setup';
import { readValues, recalculateWithLibreOffice, renderToPng } from '../../helpers/libreoffice';
import { createTempDir } from '../../helpers/temp-dir';
import { majorToMinor, writeWorkbookFile } from '../../helpers/xlsx-files';

const POOL_ORE = 100_000_000n; // 1 000 000,00 kr
const EQUAL_PERCENT = 15n;
const MEMBERS = [
  { name: 'Hjo kommun', population: 9_253n },
  { name: 'Karlsborgs kommun', population: 6_947n },
  { name: 'Skövde kommun', population: 57_266n },
] as const;

/** Integer division rounding half away from zero, as the spreadsheet's ROUND does. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

interface MemberFigures {
  equal: number;
  proportional: number;
  adjustment: number;
  total: number;
}

/**
 * Andel's side, in integer öre: each member's exact share of the pool, allocated with the largest
 * remainder so the parts add up to the pool; the formula parts are what ROUND gives; the
 * difference is the visible rounding adjustment.
 */
function expectedFigures(): MemberFigures[] {
  const count = BigInt(MEMBERS.length);
  const totalPopulation = MEMBERS.reduce((sum, m) => sum + m.population, 0n);
  // share_i = pool * (15/100/count + 85/100 * pop_i/total) = pool * (15*total + 85*count*pop_i) / (100*count*total)
  const denominator = 100n * count * totalPopulation;
  const numerators = MEMBERS.map((m) => POOL_ORE * (EQUAL_PERCENT * totalPopulation + (100n - EQUAL_PERCENT) * count * m.population));
  const floors = numerators.map((n) => n / denominator);
  let left = POOL_ORE - floors.reduce((a, b) => a + b, 0n);
  const order = numerators
    .map((n, index) => ({ index, remainder: n % denominator }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const finals = [...floors];
  for (const { index } of order) {
    if (left === 0n) break;
    finals[index] = (finals[index] ?? 0n) + 1n;
    left -= 1n;
  }
  const equal = roundHalfUp(POOL_ORE * EQUAL_PERCENT, 100n * count);
  return MEMBERS.map((m, index) => {
    const proportional = roundHalfUp(POOL_ORE * (100n - EQUAL_PERCENT) * m.population, 100n * totalPopulation);
    const total = finals[index] ?? 0n;
    return { equal: Number(equal), proportional: Number(proportional), adjustment: Number(total - equal - proportional), total: Number(total) };
  });
}

function buildSample(language: ExportLanguage, draft: boolean): ExcelJS.Workbook {
  const labels = exportLabels(language);
  const words = labels.sample;
  const money = amountFormat(language);
  const consortium = 'Skaraborgs bibliotekssamverkan';
  const exportedOn = '2026-01-15';
  const figures = expectedFigures();
  const totalPopulation = MEMBERS.reduce((sum, m) => sum + Number(m.population), 0);

  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, {
    title: words.title,
    subject: words.title,
    company: consortium,
    createdAt: new Date('2026-01-15T10:00:00Z'),
    language,
    draft,
    draftLabel: labels.common.draft,
  });

  const parameters = workbook.addWorksheet(words.parametersSheet);
  const members = workbook.addWorksheet(words.membersSheet);
  const titleLines = [consortium, `${labels.common.exportedOn} ${exportedOn}`];
  const draftLabel = draft ? labels.common.draft : null;

  // Parameters sheet.
  setColumnWidths(parameters, [34, 20, 20]);
  const parameterHeader = writeTitleBlock(parameters, { title: words.title, lines: titleLines, draftLabel, lastColumn: 3 });
  const firstMemberRow = parameterHeader + 1; // the member table uses the same title block height
  const lastMemberRow = firstMemberRow + MEMBERS.length - 1;
  writeParameterTable(workbook, parameters, parameterHeader, { label: words.parameter, value: words.value, name: words.name }, [
    { name: 'Pool_2026', label: words.pool, value: minorToMajor(Number(POOL_ORE)), numFmt: money },
    { name: 'EqualShare', label: words.equalShare, value: Number(EQUAL_PERCENT) / 100, numFmt: percentFormat(language) },
    {
      name: 'MemberCount',
      label: words.memberCount,
      value: { formula: `COUNTA('${members.name}'!A${firstMemberRow}:A${lastMemberRow})`, cached: MEMBERS.length },
      numFmt: integerFormat(language),
    },
    { name: 'TotalPopulation', label: words.totalPopulation, value: { formula: sumFormula('Population'), cached: totalPopulation }, numFmt: integerFormat(language) },
  ]);
  setupSheetForPrint(parameters, { title: words.title, consortium, exportedOn, tableHeaderRow: parameterHeader, draft, labels });

  // Member table.
  const columns = [words.member, words.population, words.equalPart, words.proportionalPart, words.roundingAdjustment, words.amountToPay];
  setColumnWidths(members, [30, 14, 18, 20, 14, 20]);
  const header = writeTitleBlock(members, { title: words.title, lines: titleLines, draftLabel, lastColumn: columns.length });
  columns.forEach((label, index) => {
    const cell = members.getCell(header, index + 1);
    setText(cell, label);
    cell.alignment = { horizontal: index === 0 ? 'left' : 'right' };
  });
  styleHeaderRow(members, header, 1, columns.length);
  MEMBERS.forEach((member, index) => {
    const row = header + 1 + index;
    const f = figures[index];
    if (!f) throw new Error('missing figures');
    setText(members.getCell(row, 1), member.name);
    members.getCell(row, 2).value = Number(member.population);
    members.getCell(row, 2).numFmt = integerFormat(language);
    setFormula(members.getCell(row, 3), roundFormula('Pool_2026*EqualShare/MemberCount'), minorToMajor(f.equal));
    setFormula(members.getCell(row, 4), roundFormula(`Pool_2026*(1-EqualShare)*B${row}/TotalPopulation`), minorToMajor(f.proportional));
    members.getCell(row, 5).value = minorToMajor(f.adjustment);
    setFormula(members.getCell(row, 6), roundFormula(`C${row}+D${row}+E${row}`), minorToMajor(f.total));
    for (const column of [3, 4, 5, 6]) members.getCell(row, column).numFmt = amountFormat(language);
    for (let column = 1; column <= columns.length; column += 1) members.getCell(row, column).font = { name: FONT_NAME };
  });
  defineName(workbook, members, `B${header + 1}:B${header + MEMBERS.length}`, 'Population');
  const totalRow = header + MEMBERS.length + 1;
  setText(members.getCell(totalRow, 1), labels.common.total);
  members.getCell(totalRow, 2).value = { formula: sumFormula(`B${header + 1}:B${totalRow - 1}`), result: totalPopulation };
  members.getCell(totalRow, 2).numFmt = integerFormat(language);
  const sums: Record<number, number> = {
    3: figures.reduce((s, f) => s + f.equal, 0),
    4: figures.reduce((s, f) => s + f.proportional, 0),
    5: figures.reduce((s, f) => s + f.adjustment, 0),
    6: figures.reduce((s, f) => s + f.total, 0),
  };
  for (const column of [3, 4, 5, 6]) {
    const letter = String.fromCharCode(64 + column);
    setFormula(members.getCell(totalRow, column), sumFormula(`${letter}${header + 1}:${letter}${totalRow - 1}`), minorToMajor(sums[column] ?? 0));
    members.getCell(totalRow, column).numFmt = money;
  }
  styleTotalRow(members, totalRow, 1, columns.length);
  setupSheetForPrint(members, { title: words.title, consortium, exportedOn, tableHeaderRow: header, frozenColumns: 1, draft, labels });
  return workbook;
}

const dir = createTempDir('andel-annex-sample-');
afterAll(() => dir.remove());

describe('annex template sample (parameters + member table)', () => {
  it('allocates the pool exactly on Andel\'s side', () => {
    const figures = expectedFigures();
    expect(figures.reduce((sum, f) => sum + f.total, 0)).toBe(Number(POOL_ORE));
    for (const f of figures) expect(Math.abs(f.adjustment)).toBeLessThanOrEqual(2);
  });

  it('recalculates in LibreOffice to Andel\'s figures, to the öre', async () => {
    const path = dir.file('sample-sv.xlsx');
    await writeWorkbookFile(buildSample('sv', false), path);
    const cached = await readValues(path);
    const recalculated = await readValues(await recalculateWithLibreOffice(path));
    const figures = expectedFigures();

    const sheet = recalculated.Medlemmar ?? {};
    figures.forEach((f, index) => {
      const row = 6 + index;
      expect(majorToMinor(sheet[`C${row}`] as number), `C${row}`).toBe(f.equal);
      expect(majorToMinor(sheet[`D${row}`] as number), `D${row}`).toBe(f.proportional);
      expect(majorToMinor(sheet[`E${row}`] as number), `E${row}`).toBe(f.adjustment);
      expect(majorToMinor(sheet[`F${row}`] as number), `F${row}`).toBe(f.total);
    });
    expect(majorToMinor(sheet.F9 as number)).toBe(Number(POOL_ORE));
    expect(recalculated.Parametrar?.B8).toBe(MEMBERS.length);

    // Every number LibreOffice computed equals the cached one Andel wrote — not just the amounts.
    for (const [sheetName, cells] of Object.entries(cached)) {
      for (const [address, value] of Object.entries(cells)) {
        if (typeof value === 'number') expect(recalculated[sheetName]?.[address], `${sheetName}!${address}`).toBe(value);
      }
    }
  });

  it('keeps named parameter cells and live formulas', async () => {
    const path = dir.file('sample-names.xlsx');
    await writeWorkbookFile(buildSample('en', false), path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const members = workbook.getWorksheet('Members');
    expect(members?.getCell('C6').formula).toBe('ROUND(Pool_2026*EqualShare/MemberCount,2)');
    expect(members?.getCell('F9').formula).toBe('SUM(F6:F8)');
    expect(workbook.definedNames.getNames("'Parameters'!$B$6")).toEqual(['Pool_2026']);
    expect(workbook.definedNames.getNames("'Parameters'!$B$7")).toEqual(['EqualShare']);
  });

  it('renders to pages for docs/screenshots', async () => {
    const path = dir.file('sample-render.xlsx');
    await writeWorkbookFile(buildSample('sv', true), path);
    const pages = await renderToPng(path, dir.file('sample'));
    expect(pages).toHaveLength(2);
    const screenshots = join(process.cwd(), 'docs', 'screenshots');
    // docs/screenshots is refreshed only on request, so a test run leaves the work tree as it was.
    if (process.env.ANDEL_SCREENSHOTS === '1') {
      await copyFile(pages[0] ?? '', join(screenshots, 'export-sample-parameters.png'));
      await copyFile(pages[1] ?? '', join(screenshots, 'export-sample.png'));
    }
  });
});
