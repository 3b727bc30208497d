// Annex formulas at large magnitudes: a pool share's numerator Pool × Share × population passes
// 2^53 long before the amounts are large (a national consortium: 290 municipalities, 10.7 million
// inhabitants, 1.30 kr per inhabitant, a 15/85 key), and spreadsheets compute in IEEE doubles.
// LibreOffice recalculates each annex; every member cell and every total must equal the engine's
// figure to the öre. A fixed national case, then random large cases (fast-check) with up to 400
// members of up to 2 000 000 inhabitants and pools up to 2 thousand million kronor.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario } from '../../../../src/shared/calc';
import type { KeyDefinitionInput } from '../../../../src/shared/calc';
import type { AnnexInput } from '../../../../src/main/export/annex/annex-input';
import { columnOf } from '../../../../src/main/export/annex/annex-plan';
import { buildAnnex } from '../../../../src/main/export/annex/annex.export';
import { readValues, recalculateWithLibreOffice } from '../../../helpers/libreoffice';
import { createTempDir } from '../../../helpers/temp-dir';
import { writeWorkbookFile } from '../../../helpers/xlsx-files';
import { chargedRows, metadataFor, type HeldAnnexInput } from './annex-fixtures';
import { engineMismatches, nationalPopulations } from './annex-recalculated';

const dir = createTempDir('andel-annex-large-');
/** 2·10^11 öre = 2 000 000 000 kr: within the split shape's exact range for 400 × 2 000 000 inhabitants. */
const MAX_POOL = 200_000_000_000;
afterAll(() => dir.remove());

type Mode = 'half-up' | 'half-even' | 'down' | 'up';

interface LargeCase {
  readonly name: string;
  readonly equalShare: number;
  readonly unit: 1 | 100;
  readonly mode: Mode;
  /** Per year of the horizon (from 2017): the pool in öre and each member's population. */
  readonly years: readonly { readonly pool: number; readonly populations: readonly number[] }[];
}

const rateText = (tenThousandths: number): string => `${Math.floor(tenThousandths / 10_000)}.${String(tenThousandths % 10_000).padStart(4, '0')}`;
const oreText = (ore: number): string => `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;

/** A 15/85-style allocation key, its scenario and facts, resolved and computed by the engine. */
function annexOf(c: LargeCase): HeldAnnexInput {
  const key: KeyDefinitionInput = {
    schemaVersion: 1,
    id: 'large',
    version: 1,
    name: 'Large allocation',
    family: 'allocation',
    parameters: { equalShare: String(c.equalShare) },
    // The unit in major units: 0.01 (öre) or 1 (whole kronor).
    rounding: { unit: c.unit === 1 ? '0.01' : '1', mode: c.mode },
    proRata: { join: 'none', leave: 'none' },
    components: [
      { type: 'equal', id: 'equal', label: 'Equal', share: { param: 'equalShare' } },
      { type: 'proportional', id: 'population', label: 'By population', share: 'rest', metric: { name: 'population', yearOffset: -1, asOf: '12-31' } },
    ],
  };
  const count = c.years[0]?.populations.length ?? 0;
  const definition = {
    schemaVersion: 1,
    id: c.name,
    name: c.name,
    currency: 'SEK',
    horizon: { from: 2017, to: 2016 + c.years.length },
    key: { ref: 'large', version: 1 },
    costs: { byYear: Object.fromEntries(c.years.map((y, t) => [String(2017 + t), oreText(y.pool)])) },
  };
  const facts = {
    members: Array.from({ length: count }, (_, i) => ({
      id: `m${String(i).padStart(3, '0')}`,
      name: `Kommun ${i + 1}`,
      category: 'municipality',
      joined: '2015-01-01',
      metrics: {
        population: Object.fromEntries(c.years.map((y, t) => [String(2016 + t), { value: y.populations[i] ?? 0, referenceDate: `${2016 + t}-12-31` }])),
      },
    })),
  };
  const resolved = resolveScenario(definition, facts, { keys: [key] });
  const result = computeScenario(resolved);
  return { resolved, result, metadata: metadataFor('SEK', { consortium: 'Large', cooperation: 'Large', scenarioName: c.name }, 'en') };
}

/**
 * Recalculates the annex in LibreOffice and compares every member's pool parts, rounding
 * adjustment, charge and the totals with the engine; returns the cells that differ.
 */
async function recalculatedMismatches(c: LargeCase): Promise<string[]> {
  return mismatches(c.name, annexOf(c));
}

async function mismatches(name: string, input: AnnexInput): Promise<string[]> {
  const { workbook, plan } = buildAnnex(input);
  const path = dir.file(`${name}.xlsx`);
  await writeWorkbookFile(workbook, path);
  const values = await readValues(await recalculateWithLibreOffice(path));
  const wrong = engineMismatches(input, plan, values);
  for (const year of plan.years) {
    const totals = input.result.totals[year.t];
    // A total past 2^43 öre (≈ 8.8·10^10 kr) is summed in whole öre, so even a naive spreadsheet sum stays exact.
    const netTotal = workbook.getWorksheet(year.sheetName)?.getCell(`${columnOf(plan, 'net').letter}${year.totalRow}`).formula ?? '';
    expect(netTotal.startsWith('SUMPRODUCT(ROUND('), `${name} total net: ${netTotal}`).toBe(Math.abs(totals?.net ?? 0) >= 2 ** 43);
    // An allocation's charges add up to the pool, in the engine and so in the recalculated total.
    if (plan.allocation) expect(totals?.net).toBe(input.resolved.pools?.[year.t]);
  }
  return wrong;
}


describe('annex formulas stay exact at large magnitudes', () => {
  it('290 municipalities, 1.30 kr per inhabitant, 15/85: every cell and the total equal the engine', async () => {
    const populations = nationalPopulations();
    const total = populations.reduce((a, b) => a + b, 0);
    // Hand check of the magnitudes: about 10.7 million inhabitants, so the pool is about 13.9 million kr
    // (1.30 kr × total, in öre 130 × total), and Pool × 85 × 982 600+ inhabitants ≈ 1.2·10^17 > 2^53 ≈ 9.0·10^15.
    expect(populations).toHaveLength(290);
    expect(total).toBe(10_732_913);
    const pool = 130 * total;
    expect(pool * 85 * Math.max(...populations)).toBeGreaterThan(2 ** 53);
    const national = buildAnnex(annexOf({ name: 'shape', equalShare: 15, unit: 1, mode: 'half-up', years: [{ pool, populations }] }));
    const year = national.plan.years[0];
    const formula = national.workbook.getWorksheet(year?.sheetName ?? '')?.getCell(`${columnOf(national.plan, 'comp:population').letter}${year?.firstRow ?? 0}`).formula;
    // Written in the split shape over the pool in whole blocks (docs/exports.md), the 85 % share as 17/20.
    expect(formula).toContain('PoolBlocks_2017*ROUND(Share_population*20/100,0)*D6');
    expect(formula).toContain('ROUND(PoolPerWeight1_population_2017*D6,0)');
    const wrong = await recalculatedMismatches({ name: 'national-290', equalShare: 15, unit: 1, mode: 'half-up', years: [{ pool, populations }] });
    expect(wrong).toEqual([]);
  }, 180_000);

  it('random large consortia (up to 400 members, 2 000 000 inhabitants each, pools up to 2·10^9 kr): every cell equals the engine', async () => {
    const yearCase = (members: number) =>
      fc
        .record({
          // Either any pool of 1 000 kr up to 2·10^11 öre, or a whole number of öre per inhabitant:
          // the usual "x kr per inhabitant", which makes many exact ties (see the national case).
          pool: fc.oneof(fc.integer({ min: 100_000, max: MAX_POOL }), fc.integer({ min: 1, max: 1_000 }).map((perInhabitant) => -perInhabitant)),
          populations: fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: members, maxLength: members }),
        })
        .map(({ pool, populations }) => {
          const total = populations.reduce((a, b) => a + b, 0);
          return { populations, pool: pool > 0 ? pool : Math.min(-pool, Math.floor(MAX_POOL / total)) * total };
        });
    const largeCase = fc
      .record({ members: fc.integer({ min: 2, max: 400 }), years: fc.integer({ min: 1, max: 3 }) })
      .chain(({ members, years }) =>
        fc.record({
          equalShare: fc.integer({ min: 0, max: 100 }),
          unit: fc.constantFrom<1 | 100>(1, 100),
          mode: fc.constantFrom<Mode>('half-up', 'half-even', 'down', 'up'),
          years: fc.array(yearCase(members), { minLength: years, maxLength: years }),
        }),
      );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(largeCase, async (drawn) => {
        run += 1;
        // Whole kronor when the key rounds to whole kronor (the engine refuses a pool that is not a multiple of the unit).
        const c: LargeCase = { name: `random-${run}`, ...drawn, years: drawn.years.map((y) => ({ ...y, pool: drawn.unit === 100 ? Math.max(100, y.pool - (y.pool % 100)) : y.pool })) };
        const wrong = await recalculatedMismatches(c);
        expect(wrong.slice(0, 5), `${wrong.length} cells differ`).toEqual([]);
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 600_000);

  it('random large fees with day pro rata, rates in fractions of an öre, a share and a per-unit subsidy (up to 2·10^9 kr a member and year): every cell equals the engine', async () => {
    const feeCase = fc.record({
      members: fc.array(
        fc.record({ population: fc.integer({ min: 1, max: 2_000_000 }), joinDay: fc.integer({ min: 1, max: 365 }), other: fc.boolean() }),
        { minLength: 2, maxLength: 40 },
      ),
      // Within what the engine accepts (limits.ts: at most 10^13 öre a year in all): each member's
      // fees at most 5·10^10 + 5·10^10 + 500 kr × 2 000 000 = 2·10^11 öre, so 40 members stay below
      // 8·10^12 öre. Amounts in öre: a fixed fee, a category fee and a per-unit rate.
      fixed: fc.integer({ min: 1, max: 50_000_000_000 }),
      category: fc.integer({ min: 1, max: 50_000_000_000 }),
      // Rates in ten-thousandths of a krona (hundredths of an öre): 123.4567 kr per inhabitant.
      rate: fc.integer({ min: 1, max: 5_000_000 }),
      subsidyRate: fc.integer({ min: 1, max: 5_000_000 }),
      subsidyShare: fc.constantFrom('37', '12.5', '99'),
      unit: fc.constantFrom('0.01', '1'),
      mode: fc.constantFrom<Mode>('half-up', 'half-even', 'down', 'up'),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(feeCase, async (c) => {
        run += 1;
        const money = (ore: number): string => (c.unit === '1' ? String(Math.max(1, Math.round(ore / 100))) : oreText(ore));
        const key: KeyDefinitionInput = {
          schemaVersion: 1,
          id: 'fees',
          version: 1,
          name: 'Large fees',
          family: 'fee-schedule',
          rounding: { unit: c.unit, mode: c.mode },
          proRata: { join: 'day', leave: 'day' },
          components: [
            { type: 'fixed', id: 'base', amount: money(c.fixed) },
            { type: 'category', id: 'other', amounts: { other: money(c.category) } },
            { type: 'per-unit', id: 'media', metric: { name: 'population', yearOffset: -1, asOf: '12-31' }, rate: rateText(c.rate) },
          ],
          subsidies: [
            { id: 'region', funder: 'Region', component: 'base', share: c.subsidyShare },
            { id: 'state', funder: 'State', component: 'media', perUnit: { rate: rateText(c.subsidyRate), metric: { name: 'population', yearOffset: -1, asOf: '12-31' } } },
          ],
        };
        const definition = { schemaVersion: 1, id: `fees-${run}`, name: `fees-${run}`, currency: 'SEK', horizon: { from: 2025, to: 2025 }, key: { ref: 'fees', version: 1 } };
        const facts = {
          members: c.members.map((m, i) => ({
            id: `m${String(i).padStart(3, '0')}`,
            name: `Member ${i + 1}`,
            category: m.other ? 'other' : 'municipality',
            joined: new Date(Date.UTC(2025, 0, m.joinDay)).toISOString().slice(0, 10),
            metrics: { population: { '2024': { value: m.population, referenceDate: '2024-12-31' } } },
          })),
        };
        const resolved = resolveScenario(definition, facts, { keys: [key] });
        const input: AnnexInput = { resolved, result: computeScenario(resolved), metadata: metadataFor('SEK', { consortium: 'Fees', cooperation: 'Fees', scenarioName: definition.name }, 'sv') };
        // Where a charge is large, its formula works on the rate's whole numerator (ROUND(Rate×10000)), not on the rate.
        const { workbook, plan } = buildAnnex(input);
        const year = plan.years[0];
        for (const r of year ? chargedRows(input, year) : []) {
          const media = r.charge.components.find((x) => x.componentId === 'media');
          if (!media || media.amount * 365 * 100 < 2 ** 46) continue;
          const formula = workbook.getWorksheet(year?.sheetName ?? '')?.getCell(`${columnOf(plan, 'comp:media').letter}${r.row}`).formula ?? '';
          expect(formula).toContain(c.rate % 100 === 0 ? 'Rate_media*' : 'ROUND(Rate_media*');
        }
        const wrong = await mismatches(`fees-${run}`, input);
        expect(wrong.slice(0, 5), `${wrong.length} cells differ`).toEqual([]);
      }),
      {
        numRuns: 6,
        endOnFailure: true,
        // First a fixed large case: 2 million inhabitants, 5 000 kr per inhabitant with fractions of an öre, half-even.
        examples: [
          [
            {
              members: [
                { population: 2_000_000, joinDay: 100, other: false },
                { population: 1_999_999, joinDay: 1, other: true },
                { population: 1_234_567, joinDay: 365, other: false },
              ],
              fixed: 999_999_999_999,
              category: 123_456_789_011,
              rate: 49_999_999,
              subsidyRate: 12_345_677,
              subsidyShare: '12.5',
              unit: '0.01',
              mode: 'half-even' as Mode,
            },
          ],
          // A fee with öre (2 705 035 749.95 kr) rounded down, and its 37 % share rounded up: LibreOffice's
          // ROUNDDOWN / ROUNDUP misround at this size, and Fee × 100 is not a whole number in binary.
          ...(['down', 'up'] as Mode[]).map((mode) => [
            {
              members: [
                { population: 1_000, joinDay: 1, other: false },
                { population: 5_000, joinDay: 1, other: false },
              ],
              fixed: 270_503_574_995,
              category: 100,
              rate: 100,
              subsidyRate: 100,
              subsidyShare: '37',
              unit: '0.01',
              mode,
            },
          ]),
        ],
      },
    );
  }, 600_000);
});
