// The proof that annexes recompute: for each reference consortium (and the benchmark's key with
// every component type) the annex is exported, LibreOffice recalculates it from its formulas, and
// every recalculated amount must equal the engine's figure to the minor unit; allocation totals
// must equal the pool. One test, all recalculations in parallel (each costs 1–5 s on CI).
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnexInput } from '../../../../src/main/export/annex/annex-input';
import type { AnnexPlan } from '../../../../src/main/export/annex/annex-plan';
import { columnOf } from '../../../../src/main/export/annex/annex-plan';
import { buildAnnex } from '../../../../src/main/export/annex/annex.export';
import type { CellScalar } from '../../../helpers/libreoffice';
import { readValues, readXlsxPart, recalculateWithLibreOffice, renderToPng } from '../../../helpers/libreoffice';
import { createTempDir } from '../../../helpers/temp-dir';
import { majorToMinor, writeWorkbookFile } from '../../../helpers/xlsx-files';
import { bibblix, chargedRows, everyComponentType, norway, sambrukGroup, sambrukIndividual, skaraborg } from './annex-fixtures';

const INJECTION = '=HYPERLINK("http://x","y")';

const dir = createTempDir('andel-annex-lo-');
afterAll(() => dir.remove());

type Values = Record<string, Record<string, CellScalar>>;

/** Checks every member-year cell of the recalculated file against the engine's result. */
function expectEngineFigures(name: string, input: AnnexInput, plan: AnnexPlan, values: Values): number {
  const exponent = input.resolved.exponent;
  let checked = 0;
  const minor = (sheet: string, address: string): number => {
    // exceljs reads a formula whose cached value is 0 back without a result.
    const value = values[sheet]?.[address] ?? 0;
    if (typeof value !== 'number') throw new Error(`${name}: ${sheet}!${address} is ${String(value)}, not a number`);
    checked += 1;
    return majorToMinor(value, exponent);
  };
  for (const year of plan.years) {
    const sheet = year.sheetName;
    const at = (key: string, row: number): string => `${columnOf(plan, key).letter}${row}`;
    for (const { row, member, charge } of chargedRows(input, year)) {
      const where = `${name} ${sheet} ${member.id}`;
      for (const component of charge.components) {
        expect(minor(sheet, at(`comp:${component.componentId}`, row)), `${where} ${component.componentId}`).toBe(component.amount);
        for (const subsidy of component.subsidies) expect(minor(sheet, at(`sub:${subsidy.subsidyId}`, row)), `${where} ${subsidy.subsidyId}`).toBe(subsidy.amount);
      }
      if (plan.allocation) expect(minor(sheet, at('adjustment', row)), `${where} adjustment`).toBe(charge.roundingAdjustment);
      expect(minor(sheet, at('gross', row)), `${where} gross`).toBe(charge.gross);
      if (plan.subsidies.length > 0) expect(minor(sheet, at('subsidies', row)), `${where} subsidies`).toBe(charge.subsidies);
      expect(minor(sheet, at('net', row)), `${where} net`).toBe(charge.net);
    }
    const totals = input.result.totals[year.t];
    if (year.rows.length > 0 && totals) {
      expect(minor(sheet, at('gross', year.totalRow)), `${name} ${sheet} total gross`).toBe(totals.gross);
      expect(minor(sheet, at('net', year.totalRow)), `${name} ${sheet} total net`).toBe(totals.net);
      if (plan.allocation) {
        // The pool parts' totals plus the rounding adjustments' total are the pool, exactly.
        const poolParts = input.resolved.key.pool.reduce((sum, c) => sum + minor(sheet, at(`comp:${c.id}`, year.totalRow)), 0);
        expect(poolParts + minor(sheet, at('adjustment', year.totalRow)), `${name} ${sheet} pool`).toBe(input.resolved.pools?.[year.t]);
      }
    }
  }
  return checked;
}

/** Every number LibreOffice computed equals the one Andel cached — amounts exactly, display factors to 1e-12. */
function expectCachedEqualsRecalculated(name: string, cached: Values, recalculated: Values, factorColumns: ReadonlySet<string>): void {
  for (const [sheet, cells] of Object.entries(cached)) {
    for (const [address, value] of Object.entries(cells)) {
      if (typeof value !== 'number') continue;
      const column = /^[A-Z]+/.exec(address)?.[0] ?? '';
      const again = recalculated[sheet]?.[address];
      if (factorColumns.has(column) && sheet !== Object.keys(cached)[1]) expect(again as number, `${name} ${sheet}!${address}`).toBeCloseTo(value, 12);
      else expect(again, `${name} ${sheet}!${address}`).toBe(value);
    }
  }
}

describe('annex workbooks recompute in LibreOffice to the engine\'s figures', () => {
  it('for every reference consortium, to the minor unit, with totals equal to the pool', async () => {
    const cases: { name: string; input: AnnexInput }[] = [
      { name: 'skaraborg-9', input: skaraborg('sv') },
      { name: 'sambruk-individual', input: sambrukIndividual('en', { a: INJECTION }) },
      { name: 'sambruk-group', input: sambrukGroup('nb') },
      { name: 'bibblix-vgr', input: bibblix('sv', true) },
      { name: 'norway-ffl', input: norway('nb') },
      { name: 'every-component-type', input: everyComponentType(48, 'en') },
    ];
    const written = await Promise.all(
      cases.map(async ({ name, input }) => {
        const { workbook, plan } = buildAnnex(input);
        const path = dir.file(`${name}.xlsx`);
        await writeWorkbookFile(workbook, path);
        const [cached, recalculated] = await Promise.all([readValues(path), recalculateWithLibreOffice(path).then(readValues)]);
        return { name, input, plan, path, workbook, cached, recalculated };
      }),
    );
    for (const { name, input, plan, cached, recalculated } of written) {
      const factorColumns = new Set(plan.columns.filter((c) => c.key.startsWith('factor:')).map((c) => c.letter));
      expectCachedEqualsRecalculated(name, cached, recalculated, factorColumns);
      expect(expectEngineFigures(name, input, plan, recalculated), `${name}: amounts checked`).toBeGreaterThan(0);
    }

    // Norway: 358 municipalities, 10 000 000 NOK a year from the price bands.
    const norwayCase = written.find((w) => w.name === 'norway-ffl');
    expect(norwayCase?.plan.years[0]?.rows).toHaveLength(358);
    expect(norwayCase?.input.result.totals.every((t) => t.gross === 10_000_000_00)).toBe(true);

    // A member named like a formula is plain text after the round trip, and never a formula in the file.
    const injected = written.find((w) => w.name === 'sambruk-individual');
    if (!injected) throw new Error('missing case');
    const sheetName = injected.plan.years[0]?.sheetName ?? '';
    const nameCells = (values: Values) => Object.values(values[sheetName] ?? {}).filter((v) => v === INJECTION);
    expect(nameCells(injected.cached)).toHaveLength(1);
    expect(nameCells(injected.recalculated)).toHaveLength(1);
    const sheetIndex = injected.workbook.worksheets.findIndex((s) => s.name === sheetName) + 1;
    const xml = await readXlsxPart(injected.path, `xl/worksheets/sheet${sheetIndex}.xml`);
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
  }, 180_000);

  // Always rendered (so the print layout is exercised); copied into docs/screenshots only with ANDEL_SCREENSHOTS=1.
  it('renders the cover, a member table and the funding sheet to PNG pages', async () => {
    const shots: { input: AnnexInput; sheet: (plan: AnnexPlan, workbook: ExcelJS.Workbook) => string; file: string }[] = [
      { input: bibblix('sv'), sheet: (_, workbook) => workbook.worksheets[0]?.name ?? '', file: 'annex-cover.png' },
      { input: bibblix('sv'), sheet: (plan) => plan.years[0]?.sheetName ?? '', file: 'annex-members.png' },
      { input: skaraborg('sv'), sheet: (plan) => plan.years[0]?.sheetName ?? '', file: 'annex-members-allocation.png' },
      { input: norway('nb'), sheet: (_, workbook) => workbook.worksheets[workbook.worksheets.length - 1]?.name ?? '', file: 'annex-funding.png' },
    ];
    await Promise.all(
      shots.map(async (shot, index) => {
        const { workbook, plan } = buildAnnex(shot.input);
        const keep = shot.sheet(plan, workbook);
        // Only the wanted sheet prints: the others are hidden (not removed, so formulas still resolve).
        workbook.worksheets.forEach((sheet) => {
          sheet.state = sheet.name === keep ? 'visible' : 'hidden';
        });
        const active = workbook.worksheets.findIndex((sheet) => sheet.name === keep);
        workbook.views = [{ activeTab: active, firstSheet: 0, x: 0, y: 0, width: 20000, height: 15000, visibility: 'visible' }];
        const path = dir.file(`shot-${index}.xlsx`);
        await writeWorkbookFile(workbook, path);
        const pages = await renderToPng(path, dir.file(`shot-${index}`));
        expect(pages.length, shot.file).toBeGreaterThan(0);
        if (process.env.ANDEL_SCREENSHOTS === '1') await copyFile(pages[0] ?? '', join(process.cwd(), 'docs', 'screenshots', shot.file));
      }),
    );
  }, 180_000);
});
