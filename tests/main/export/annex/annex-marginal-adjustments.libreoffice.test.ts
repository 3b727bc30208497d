// Marginal bands and per-member adjustments in the annex: the workbook is exported, LibreOffice
// recalculates it from its formulas, and every recalculated amount must equal the engine's figure
// (which the engine tests derive by hand). The formulas are checked for their readable shape too:
// SUM of MIN/MAX slices × rate for marginal bands; a named percent cell for an adjustment, whose
// reason stands beside it in words.
import { afterAll, describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario } from '../../../../src/shared/calc';
import { columnOf } from '../../../../src/main/export/annex/annex-plan';
import { buildAnnex } from '../../../../src/main/export/annex/annex.export';
import { minorToMajor } from '../../../../src/main/export/xlsx/formula-cell';
import { readValues, recalculateWithLibreOffice } from '../../../helpers/libreoffice';
import { createTempDir } from '../../../helpers/temp-dir';
import { majorToMinor, writeWorkbookFile } from '../../../helpers/xlsx-files';
import { chargedRows, metadataFor, type HeldAnnexInput } from './annex-fixtures';

const dir = createTempDir('andel-annex-marginal-');
afterAll(() => dir.remove());

/** KOMBIT (25 kr per inhabitant, 12.50 kr above 150 000) plus a fractional-rate marginal fee with a cap and pro rata, and adjustments. */
function kombit(language: 'sv' | 'nb' | 'en'): HeldAnnexInput {
  const key = {
    schemaVersion: 1,
    id: 'kombit',
    version: 1,
    name: 'KOMBIT',
    family: 'fee-schedule',
    parameters: { rateBase: '25', rateAbove: '12.50', largeSurcharge: '20' },
    rounding: { unit: '0.01', mode: 'half-up' },
    components: [
      {
        type: 'per-unit', id: 'inhabitants', label: 'Per inhabitant', metric: 'population', bandMode: 'marginal',
        bands: [{ from: 0, to: 150_000, rate: { param: 'rateBase' } }, { from: 150_000, rate: { param: 'rateAbove' } }],
      },
      {
        type: 'per-unit', id: 'support', label: 'Support', metric: 'population', bandMode: 'marginal', max: '900', rounding: { unit: '1', mode: 'half-even' },
        proRata: { join: 'month', leave: 'none' },
        bands: [{ from: 0, to: 1000, rate: '0.333' }, { from: 1000, to: 20_000, rate: '0.0125' }, { from: 20_000, rate: '0.001' }],
      },
    ],
    subsidies: [{ id: 'state', funder: 'Staten', component: 'support', share: '50' }],
  };
  const definition = {
    schemaVersion: 1, id: 'kombit-2025', name: 'KOMBIT 2025–2026', currency: 'DKK', horizon: { from: 2025, to: 2026 }, key,
    adjustments: [
      { id: 'large', kind: 'surcharge', members: ['kbh', 'aarhus'], percent: { param: 'largeSurcharge' }, reason: 'de største kommuner betaler 20 % mere', label: 'Large' },
      { id: 'odd', kind: 'surcharge', members: ['odense'], percent: '7.125', reason: 'odd percent', label: 'Odd', rounding: { unit: '1', mode: 'down' } },
      { id: 'host', kind: 'discount', members: ['aarhus', 'lille'], amount: '1000', reason: 'hosts the servers', label: 'Host', years: [2026] },
      { id: 'free', kind: 'discount', members: ['lille'], percent: '100', reason: 'pays nothing', label: 'Free' },
    ],
  };
  const member = (id: string, name: string, value: number, joined = '2010-01-01') => ({
    id, name, category: 'municipality', joined,
    metrics: { population: { '2025': { value }, '2026': { value: value + 1 } } },
  });
  const facts = {
    members: [
      member('kbh', 'København', 660_000),
      member('aarhus', 'Aarhus', 150_000),
      member('odense', 'Odense', 149_999, '2025-07-15'),
      member('lille', 'Læsø', 1_700),
      member('edge', 'Edge', 1_000),
      member('zero', 'Zero', 0),
    ],
  };
  const resolved = resolveScenario(definition, facts);
  const result = computeScenario(resolved);
  return { resolved, result, metadata: metadataFor('DKK', { consortium: 'KOMBIT', cooperation: 'Fælleskommunal it', scenarioName: definition.name }, language) };
}

/** Marginal bands at magnitudes past the direct formula's exact range: the split shape. */
function huge(): HeldAnnexInput {
  const key = {
    schemaVersion: 1, id: 'huge', version: 1, name: 'huge', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' },
    components: [
      {
        type: 'per-unit', id: 'tiny', metric: 'population', bandMode: 'marginal', rounding: { unit: '1', mode: 'half-even' }, proRata: { join: 'day', leave: 'none' },
        bands: [{ from: 0, to: 1e12, rate: '0.0003' }, { from: 1e12, to: 1e14, rate: '0.00007' }, { from: 1e14, rate: '0.000013' }],
      },
      {
        type: 'per-unit', id: 'whole', metric: 'population', bandMode: 'marginal', rounding: { unit: '0.01', mode: 'down' },
        bands: [{ from: 0, to: 150_000, rate: '25' }, { from: 150_000, rate: '0.0000125' }],
      },
    ],
  };
  const definition = { schemaVersion: 1, id: 'huge-2025', name: 'Huge', currency: 'SEK', horizon: { from: 2025, to: 2025 }, key };
  const member = (id: string, value: number, joined = '2010-01-01') => ({ id, name: id, category: 'municipality', joined, metrics: { population: { '2025': { value } } } });
  const facts = { members: [member('a', 4e15, '2025-06-14'), member('b', 123_456_789_012_345), member('c', 1e14 + 77, '2025-12-31'), member('d', 999_999_999_999), member('e', 150_001)] };
  const resolved = resolveScenario(definition, facts);
  return { resolved, result: computeScenario(resolved), metadata: metadataFor('SEK', { consortium: 'Huge', cooperation: 'Huge', scenarioName: 'Huge' }, 'sv') };
}

describe('marginal bands and adjustments in the annex', () => {
  it('stay exact past 2^53 in the split shape, recalculated by LibreOffice', async () => {
    const input = huge();
    const { workbook, plan } = buildAnnex(input);
    const path = dir.file('huge.xlsx');
    await writeWorkbookFile(workbook, path);
    const values = await readValues(await recalculateWithLibreOffice(path));
    const year = plan.years[0];
    if (!year) throw new Error('no year');
    const sheet = workbook.getWorksheet(year.sheetName);
    let split = 0;
    for (const { row, member, charge } of chargedRows(input, year)) {
      for (const c of charge.components) {
        const address = `${columnOf(plan, `comp:${c.componentId}`).letter}${row}`;
        const got = values[year.sheetName]?.[address];
        expect(typeof got, `${member.id} ${c.componentId}`).toBe('number');
        // The very double nearest to the engine's öre / 100 (× 100 is not exact in binary at 10^11 öre).
        expect(got, `${member.id} ${c.componentId}`).toBe(minorToMajor(c.amount, 2));
        const formula = (sheet?.getCell(address).value as { formula?: string } | null)?.formula ?? '';
        if (/-1\)\*\d+\+/.test(formula)) split += 1;
      }
    }
    // N × presence past 2^46: a, b and c in both components; d (999 999 999 999) only in "tiny"
    // (≈ 10^12 × 300 = 3·10^14; its "whole" is 150 000 × 2 500 × 800 + 999 999 849 999 × 1 ≈ 1.3·10^12, direct); e in neither.
    // Every charge and the year's total stay within the largest amount (10^13 öre): about 9.3·10^12 öre in all.
    expect(split).toBe(7);
    // By hand, b's "whole": 150 000 × 2 500 öre + (123 456 789 012 345 − 150 000) × 0.00125 öre
    // = 375 000 000 + 123 456 788 862 345 × 0.00125 = 375 000 000 + 154 320 986 077.93125
    // = 154 695 986 077.93125 öre, rounded down: 154 695 986 077 öre.
    expect(input.result.members.find((m) => m.id === 'b')?.years[0]?.components.find((c) => c.componentId === 'whole')?.amount).toBe(154_695_986_077);
  }, 120_000);

  it('recompute in LibreOffice to the engine\'s figures, with readable formulas', async () => {
    const input = kombit('en');
    const { workbook, plan } = buildAnnex(input);
    const path = dir.file('kombit.xlsx');
    await writeWorkbookFile(workbook, path);
    const values = await readValues(await recalculateWithLibreOffice(path));
    const exponent = input.resolved.exponent;
    let checked = 0;
    const minor = (sheet: string, address: string): number => {
      const value = values[sheet]?.[address] ?? 0;
      if (typeof value !== 'number') throw new Error(`${sheet}!${address} is ${String(value)}`);
      checked += 1;
      return majorToMinor(value, exponent);
    };
    let adjusted = 0;
    for (const year of plan.years) {
      const at = (key: string, row: number): string => `${columnOf(plan, key).letter}${row}`;
      for (const { row, member, charge } of chargedRows(input, year)) {
        const where = `${year.sheetName} ${member.id}`;
        for (const c of charge.components) {
          expect(minor(year.sheetName, at(`comp:${c.componentId}`, row)), `${where} ${c.componentId}`).toBe(c.amount);
          for (const s of c.subsidies) expect(minor(year.sheetName, at(`sub:${s.subsidyId}`, row)), `${where} ${s.subsidyId}`).toBe(s.amount);
        }
        for (const a of charge.adjustments) {
          expect(minor(year.sheetName, at(`adj:${a.adjustmentId}`, row)), `${where} ${a.adjustmentId}`).toBe(a.amount);
          adjusted += 1;
        }
        expect(minor(year.sheetName, at('gross', row)), `${where} gross`).toBe(charge.gross);
        expect(minor(year.sheetName, at('net', row)), `${where} net`).toBe(charge.net);
      }
      const totals = input.result.totals[year.t];
      expect(minor(year.sheetName, at('gross', year.totalRow)), `${year.sheetName} total gross`).toBe(totals?.gross);
      expect(minor(year.sheetName, at('net', year.totalRow)), `${year.sheetName} total net`).toBe(totals?.net);
    }
    expect(checked).toBeGreaterThan(60);
    // large: 2 members × 2 years; odd: 2 years; host: 2 in 2026; free: 2 years
    expect(adjusted).toBe(10);

    // The engine's figures, by hand, København 2025: per inhabitant 150 000 × 25 + 510 000 × 12.50 = 10 125 000 kr;
    // support 1 000 × 0.333 + 19 000 × 0.0125 + 640 000 × 0.001 = 333 + 237.50 + 640 = 1 210.50 kr, capped at 900 kr;
    // + 20 % of the key charge 10 125 900 kr = 2 025 180 kr.
    const y2025 = plan.years[0];
    const kbh = (y2025 ? chargedRows(input, y2025) : []).find((r) => r.member.id === 'kbh');
    expect(kbh?.charge.components.map((c) => c.amount)).toEqual([1_012_500_000, 90_000]);
    expect(kbh?.charge.adjustments[0]?.amount).toBe(202_518_000);
    // Læsø: the 100 % discount takes what is left after the state's half of "support".
    const lille = (y2025 ? chargedRows(input, y2025) : []).find((r) => r.member.id === 'lille');
    expect(lille?.charge.net).toBe(0);

    // Readable formulas: the marginal slices and the named percent cell.
    const sheet = workbook.getWorksheet(y2025?.sheetName ?? '');
    const metric = columnOf(plan, `metric:${input.resolved.key.metrics[0]?.key ?? ''}`).letter;
    const formula = (key: string, row: number): string => {
      const value = sheet?.getCell(`${columnOf(plan, key).letter}${row}`).value as { formula?: string } | null;
      return value?.formula ?? '';
    };
    const r = kbh?.row ?? 0;
    expect(formula('comp:inhabitants', r)).toContain(`SUM(MIN(${metric}${r},150000)*INDEX(Bands_inhabitants_rate,1),MAX(${metric}${r}-150000,0)*INDEX(Bands_inhabitants_rate,2))`);
    expect(formula('adj:large', r)).toContain('Adj_large');
    const parameterValues = Object.values(values[workbook.worksheets[1]?.name ?? ''] ?? {});
    expect(parameterValues.some((v) => typeof v === 'string' && v.includes('de største kommuner betaler 20 % mere'))).toBe(true);
    // The band table says the marginal rule, not an edge rule that plays no part.
    expect(parameterValues.some((v) => typeof v === 'string' && v.includes("marginal rates: each band's rate applies to the part of the value inside the band"))).toBe(true);
  }, 120_000);
});
