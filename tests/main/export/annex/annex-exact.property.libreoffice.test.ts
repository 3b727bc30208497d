// Every annex formula reproduces the engine's figure exactly for any amount the engine accepts
// (src/shared/calc/limits.ts: at most 10^13 öre). Large random consortia — up to 400 members,
// up to 12 million inhabitants in all, pools up to the accepted maximum, 15/85 and odd shares,
// pro rata by month and by day, banded per-unit rates with fractions of an öre — are built by the
// engine, written as annexes and recalculated by LibreOffice in ONE run (one start-up for all
// files); every member cell and every total must equal the engine's figure to the öre, the
// members' charges must add up to the pool, and no formula may pass Excel's 8 192 characters.
// fast-check draws the cases from a fixed seed.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario } from '../../../../src/shared/calc';
import type { KeyDefinitionInput } from '../../../../src/shared/calc';
import { MAX_AMOUNT } from '../../../../src/shared/calc/limits';
import type { AnnexInput } from '../../../../src/main/export/annex/annex-input';
import { buildAnnex } from '../../../../src/main/export/annex/annex.export';
import { readValues, recalculateAllWithLibreOffice } from '../../../helpers/libreoffice';
import { createTempDir } from '../../../helpers/temp-dir';
import { writeWorkbookFile } from '../../../helpers/xlsx-files';
import { metadataFor } from './annex-fixtures';
import { engineMismatches, nationalPopulations } from './annex-recalculated';

const dir = createTempDir('andel-annex-exact-');
afterAll(() => dir.remove());

type Mode = 'half-up' | 'half-even' | 'down' | 'up';
type ProRata = 'none' | 'month' | 'day';

interface MemberCase {
  readonly population: number;
  /** Day of the year (1–365) the member joins in the charge year, or null when it was there all year. */
  readonly joinDay: number | null;
  readonly leaveDay: number | null;
}

interface AllocationCase {
  readonly kind: 'allocation';
  readonly name: string;
  readonly equalShare: string;
  readonly unit: '0.01' | '1';
  readonly mode: Mode;
  readonly proRata: ProRata;
  readonly pool: number;
  readonly members: readonly MemberCase[];
}

interface FeeCase {
  readonly kind: 'fees';
  readonly name: string;
  readonly unit: '0.01' | '1';
  readonly mode: Mode;
  /** Band rates in ten-thousandths of a krona (hundredths of an öre) and the band tops. */
  readonly rates: readonly [number, number, number];
  /** Band rates as kronor texts with more decimals, instead of `rates` (0.1234567891 kr = 12.34567891 öre). */
  readonly rateTexts?: readonly [string, string, string];
  readonly tops: readonly [number, number];
  readonly subsidyShare: string;
  /** Marginal bands (each band's rate on its slice) instead of the whole metric at its band's rate. */
  readonly marginal: boolean;
  /** Floor and cap of the annual amount, öre (null: none). */
  readonly floor: number | null;
  readonly cap: number | null;
  /** The surcharge on the two largest members and the discount on the second, percent texts. */
  readonly surcharge: string;
  readonly discount: string;
  readonly members: readonly MemberCase[];
}

type Case = AllocationCase | FeeCase;

const oreText = (ore: number): string => `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
const rateText = (tenThousandths: number): string => `${Math.floor(tenThousandths / 10_000)}.${String(tenThousandths % 10_000).padStart(4, '0')}`;
const dayText = (day: number): string => new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
const POPULATION = { name: 'population', yearOffset: -1, asOf: '12-31' } as const;

function factsOf(members: readonly MemberCase[]) {
  return {
    members: members.map((m, i) => ({
      id: `m${String(i).padStart(3, '0')}`,
      name: `Kommun ${i + 1}`,
      category: 'municipality',
      joined: m.joinDay === null ? '2015-01-01' : dayText(m.joinDay),
      ...(m.leaveDay === null ? {} : { left: dayText(m.leaveDay) }),
      metrics: { population: { '2024': { value: m.population, referenceDate: '2024-12-31' } } },
    })),
  };
}

function annexOf(c: Case): AnnexInput {
  const proRata: { join: ProRata; leave: ProRata } = c.kind === 'allocation' ? { join: c.proRata, leave: c.proRata } : { join: 'day', leave: 'day' };
  const key: KeyDefinitionInput =
    c.kind === 'allocation'
      ? {
          schemaVersion: 1,
          id: 'exact',
          version: 1,
          name: 'Exact allocation',
          family: 'allocation',
          parameters: { equalShare: c.equalShare },
          rounding: { unit: c.unit, mode: c.mode },
          proRata,
          components: [
            { type: 'equal', id: 'equal', label: 'Equal', share: { param: 'equalShare' } },
            { type: 'proportional', id: 'population', label: 'By population', share: 'rest', metric: POPULATION },
          ],
        }
      : {
          schemaVersion: 1,
          id: 'exact',
          version: 1,
          name: 'Exact fees',
          family: 'fee-schedule',
          rounding: { unit: c.unit, mode: c.mode },
          proRata,
          components: [
            {
              type: 'per-unit',
              id: 'media',
              metric: POPULATION,
              edge: 'lower-inclusive',
              ...(c.marginal ? { bandMode: 'marginal' as const } : {}),
              ...(c.floor === null ? {} : { min: oreText(c.floor) }),
              ...(c.cap === null ? {} : { max: oreText(c.cap) }),
              bands: [
                { from: 0, to: c.tops[0], rate: c.rateTexts?.[0] ?? rateText(c.rates[0]) },
                { from: c.tops[0], to: c.tops[1], rate: c.rateTexts?.[1] ?? rateText(c.rates[1]) },
                { from: c.tops[1], rate: c.rateTexts?.[2] ?? rateText(c.rates[2]) },
              ],
            },
          ],
          subsidies: [{ id: 'region', funder: 'Region', component: 'media', share: c.subsidyShare }],
        };
  const definition = {
    schemaVersion: 1,
    id: c.name,
    name: c.name,
    currency: 'SEK',
    horizon: { from: 2025, to: 2025 },
    key: { ref: 'exact', version: 1 },
    ...(c.kind === 'allocation'
      ? { costs: { byYear: { '2025': oreText(c.pool) } } }
      : {
          // Two members pay a surcharge (7.123456 %, 0.000123 %, …), one a discount: percents with many decimals of
          // charges up to 10^13 öre.
          adjustments: [
            { id: 'large', kind: 'surcharge', members: ['m000', 'm001'], percent: c.surcharge, reason: 'largest', label: 'Large' },
            { id: 'host', kind: 'discount', members: ['m001'], percent: c.discount, reason: 'host', label: 'Host' },
          ],
        }),
  };
  const resolved = resolveScenario(definition, factsOf(c.members), { keys: [key] });
  return { resolved, result: computeScenario(resolved), metadata: metadataFor('SEK', { consortium: 'Exact', cooperation: 'Exact', scenarioName: c.name }, 'sv') };
}

/** Builds every case's annex, recalculates all of them in one LibreOffice run, and returns the mismatches per case. */
async function recalculateAll(cases: readonly Case[]): Promise<Record<string, string[]>> {
  const built = await Promise.all(
    cases.map(async (c) => {
      const input = annexOf(c);
      const { workbook, plan } = buildAnnex(input);
      // Excel opens no workbook with a formula longer than 8 192 characters.
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const formula = (cell.value as { formula?: string } | null)?.formula ?? '';
            expect(formula.length, `${c.name} ${sheet.name}!${cell.address}`).toBeLessThanOrEqual(8_192);
          }),
        ),
      );
      const path = dir.file(`${c.name}.xlsx`);
      await writeWorkbookFile(workbook, path);
      return { c, input, plan, path };
    }),
  );
  const outputs = await recalculateAllWithLibreOffice(built.map((b) => b.path));
  const out: Record<string, string[]> = {};
  for (const [index, b] of built.entries()) {
    const values = await readValues(outputs[index] ?? '');
    out[b.c.name] = engineMismatches(b.input, b.plan, values).slice(0, 4);
  }
  return out;
}

/** Members with populations adding up to about `total`, joining and leaving on the given days. */
function spread(raw: readonly { weight: number; joinDay: number | null; leaveDay: number | null }[], total: number): MemberCase[] {
  const sum = raw.reduce((a, r) => a + r.weight, 0);
  return raw.map((r) => ({ population: Math.max(1, Math.floor((r.weight * total) / sum)), joinDay: r.joinDay, leaveDay: r.leaveDay === null || r.joinDay === null || r.leaveDay > r.joinDay ? r.leaveDay : null }));
}

const memberArb = fc.record({
  weight: fc.integer({ min: 1, max: 1_000_000 }),
  joinDay: fc.option(fc.integer({ min: 1, max: 365 }), { freq: 3 }),
  leaveDay: fc.option(fc.integer({ min: 1, max: 365 }), { freq: 4 }),
});

const modeArb = fc.constantFrom<Mode>('half-up', 'half-even', 'down', 'up');

const allocationArb = fc
  .record({
    raw: fc.array(memberArb, { minLength: 2, maxLength: 400 }),
    total: fc.integer({ min: 1_000_000, max: 12_000_000 }),
    equalShare: fc.constantFrom('15', '12.5', '33', '7.25', '0.5', '99', '50', '1', '12.34', '1.23456', '33.333333'),
    unit: fc.constantFrom<'0.01' | '1'>('0.01', '1'),
    mode: modeArb,
    proRata: fc.constantFrom<ProRata>('none', 'month', 'day'),
    // Near the accepted maximum, anywhere up to it, or a whole number of öre per inhabitant (many exact ties).
    pool: fc.oneof(
      fc.integer({ min: 0, max: 10 ** 12 }).map((below) => ({ near: below })),
      fc.integer({ min: 10 ** 9, max: MAX_AMOUNT }).map((any) => ({ any })),
      fc.integer({ min: 1, max: 80_000_000 }).map((perInhabitant) => ({ perInhabitant })),
    ),
  })
  .map((d): Omit<AllocationCase, 'name'> => {
    const members = spread(d.raw, d.total);
    const inhabitants = members.reduce((a, m) => a + m.population, 0);
    let pool = 'near' in d.pool ? MAX_AMOUNT - d.pool.near : 'any' in d.pool ? d.pool.any : Math.min(d.pool.perInhabitant, Math.floor(MAX_AMOUNT / inhabitants)) * inhabitants;
    // The engine refuses a pool that is not a whole number of rounding units.
    if (d.unit === '1') pool -= pool % 100;
    return { kind: 'allocation', equalShare: d.equalShare, unit: d.unit, mode: d.mode, proRata: d.proRata, pool, members };
  });

const feeArb = fc
  .record({
    raw: fc.array(memberArb, { minLength: 2, maxLength: 120 }),
    total: fc.integer({ min: 1_000_000, max: 12_000_000 }),
    // Up to 7 000.0000 kr per inhabitant: 12 million inhabitants then pay up to 8.4·10^12 öre in all, with floors and a
    // third more for two members still within 10^13.
    rates: fc.tuple(fc.integer({ min: 1, max: 70_000_000 }), fc.integer({ min: 1, max: 70_000_000 }), fc.integer({ min: 1, max: 70_000_000 })),
    tops: fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 2_000_000 })),
    subsidyShare: fc.constantFrom('12.5', '37', '99.99', '0.25', '12.345678'),
    marginal: fc.boolean(),
    // A floor up to 10^9 öre and a cap anywhere up to the largest amount (each in one case of three).
    floor: fc.option(fc.integer({ min: 0, max: 10 ** 9 }), { freq: 2 }),
    cap: fc.option(fc.integer({ min: 10 ** 10, max: MAX_AMOUNT }), { freq: 2 }),
    surcharge: fc.constantFrom('7.25', '7.123456', '0.000123', '33.333333'),
    discount: fc.constantFrom('12.5', '12.345678', '99.99'),
    unit: fc.constantFrom<'0.01' | '1'>('0.01', '1'),
    mode: modeArb,
  })
  .map((d): Omit<FeeCase, 'name'> => ({
    kind: 'fees',
    members: spread(d.raw, d.total),
    rates: d.rates,
    tops: [Math.min(...d.tops), Math.max(...d.tops) + 1],
    subsidyShare: d.subsidyShare,
    marginal: d.marginal,
    floor: d.floor,
    cap: d.cap,
    surcharge: d.surcharge,
    discount: d.discount,
    unit: d.unit,
    mode: d.mode,
  }));

describe('annex formulas are exact for every amount the engine accepts', () => {
  it('the issue\'s consortium and random large cases, recalculated by LibreOffice in one run, equal the engine in every cell', async () => {
    const national = nationalPopulations();
    const inhabitants = national.reduce((a, b) => a + b, 0);
    // Hand check: 10 732 913 inhabitants; 1.30 kr each is a pool of 130 × 10 732 913 = 1 395 278 690 öre.
    expect(inhabitants).toBe(10_732_913);
    const issue = (name: string, proRata: ProRata, pool: number, joins: boolean, mode: Mode = 'half-up', equalShare = '15', unit: '0.01' | '1' = '0.01', scale = 1): AllocationCase => ({
      kind: 'allocation',
      name,
      equalShare,
      unit,
      mode,
      proRata,
      pool,
      // With joins: every seventh municipality joins on day 7 × its rank mod 365 (and in month pro rata, that month).
      members: national.map((population, i) => ({ population: population * scale, joinDay: joins && i % 7 === 3 ? ((i * 7) % 364) + 2 : null, leaveDay: null })),
    });
    const fixed: Case[] = [
      issue('issue-290', 'none', 130 * inhabitants, false),
      issue('issue-290-months', 'month', 130 * inhabitants, true),
      issue('issue-290-days', 'day', 130 * inhabitants, true),
      issue('issue-290-max-days', 'day', MAX_AMOUNT, true),
      // The same consortium sharing a pool near the largest amount, in every rounding mode.
      issue('issue-290-near-max', 'none', MAX_AMOUNT - 12_345, false),
      issue('issue-290-near-max-months-down', 'month', MAX_AMOUNT - 999, true, 'down'),
      issue('issue-290-near-max-up', 'none', MAX_AMOUNT - 1, false, 'up'),
      issue('issue-290-near-max-days-half-even', 'day', MAX_AMOUNT - 77, true, 'half-even'),
      // A share of 7.25 % (29/400) by day in whole kronor: the largest M, the smallest block and the longest formulas.
      issue('issue-290-max-days-7.25-kronor', 'day', MAX_AMOUNT, true, 'half-even', '7.25', '1'),
      // The shape the previous annex could not hold: 12.34 % = 617/5 000 (the rest 87.66 % = 4 383/5 000) by day in
      // whole kronor among 32 million inhabitants (the consortium × 3): M = 5 000 × 365 × 32 198 739 ≈ 5.9·10^13, so
      // 5 × 100 × M ≈ 2.9·10^16 passes 2^52; now the split shape's last step holds it.
      issue('issue-290x3-max-days-12.34-kronor', 'day', MAX_AMOUNT, true, 'half-even', '12.34', '1', 3),
      issue('issue-290x3-near-max-days-12.34-kronor-down', 'day', MAX_AMOUNT - 300, true, 'down', '12.34', '1', 3),
      // 1.23456 % = 1 929/156 250 (the rest 98.76544 % = 617 284/625 000): M passes every block (≈ 6·10^14 and
      // 2.4·10^15), so these columns take the expansion shape.
      issue('issue-290-max-days-1.23456', 'day', MAX_AMOUNT - 3, true, 'half-up', '1.23456'),
      issue('issue-290x3-max-days-1.23456-kronor-up', 'day', MAX_AMOUNT, true, 'up', '1.23456', '1', 3),
      issue('issue-290x3-max-days-1.23456-kronor-half-even', 'day', MAX_AMOUNT, true, 'half-even', '1.23456', '1', 3),
      // Marginal bands with a floor and a cap near the largest amount, fractional band rates, day pro rata, a
      // 12.345678 % subsidy and percent adjustments with six decimals, in whole kronor and to the öre.
      ...(['half-even', 'down'] as const).map((mode, i): FeeCase => ({
        kind: 'fees',
        name: `fees-marginal-cap-near-max-${mode}`,
        unit: i === 0 ? '1' : '0.01',
        mode,
        // 2 000 kr per inhabitant up to 150 000, 0.1234 kr up to 2 million, 7 000 kr above: the first member, 12 million
        // inhabitants, reaches 150 000 × 2 000 + 1 850 000 × 0.1234 + 10 000 000 × 7 000 ≈ 7.03·10^10 kr, held by the cap of
        // 6.5·10^10 kr (6.5·10^12 öre, near the largest amount); the floor of 10 million kr lifts the smallest.
        rates: [20_000_000, 1_234, 70_000_000],
        tops: [150_000, 2_000_000],
        subsidyShare: '12.345678',
        marginal: true,
        floor: 1_000_000_000,
        cap: 6_500_000_000_000 - 1,
        surcharge: '7.123456',
        discount: '12.345678',
        members: national.map((population, j) => ({ population: j === 0 ? 12_000_000 : population, joinDay: j % 5 === 1 ? ((j * 11) % 364) + 2 : null, leaveDay: null })),
      })),
      // Marginal band rates with 6 and 8 decimals of an öre (2 000.000001, 12.34567891 and 7 012.34567891 öre per
      // inhabitant: a common denominator of 10^8), with a floor and a cap, bands up to 15 000 and 200 000 inhabitants:
      // above them the annual amount × 10^8 passes 2^53 (300 000 inhabitants: 15 000 × 2 000.000001 + 185 000 ×
      // 12.34567891 + 100 000 × 7 012.34567891 ≈ 7.3·10^8 öre, × 10^8 ≈ 7.3·10^16), where the sum over the denominator
      // was inexact; the expansion shape holds it. The third member, 4 504 137 inhabitants, pays by hand
      // 15 000 × 2 000.000001 + 185 000 × 12.34567891 + 4 304 137 × 7 012.34567891
      // = 30 000 000.015 + 2 283 950.59835 + 30 182 096 493.78604867 = 30 214 380 444.00000067 öre: rounded up,
      // 30 214 380 445 öre, but × 10^8 = 3 021 438 044 400 000 067 is no double (the nearest is …400 000 000, one
      // öre less): the 'up' case fails on the former formula. The first member: (12 000 000 − 200 000) × 7 012.3…
      // ≈ 8.28·10^10 öre, held by the cap of 5·10^10 öre in the 'up' case; in the 'down' case 1.3·10^9 inhabitants
      // pay ≈ 9.1·10^12 öre, below its cap.
      ...(
        [
          ['half-even', '1', 4_999_999_999_999, 12_000_000],
          ['up', '0.01', 50_000_000_001, 12_000_000],
          ['half-up', '0.01', null, 12_000_000],
          ['down', '1', 9_999_999_999_999, 1_300_000_000],
        ] as const
      ).map(([mode, unit, cap, first]): FeeCase => ({
        kind: 'fees',
        name: `fees-marginal-8-decimals-${cap === null ? 'floor' : 'floor-cap'}-${mode}-${unit}`,
        unit,
        mode,
        rates: [0, 0, 0],
        rateTexts: ['20.00000001', '0.1234567891', '70.1234567891'],
        tops: [15_000, 200_000],
        subsidyShare: '12.345678',
        marginal: true,
        floor: 100_000_001,
        cap,
        surcharge: '0.000123',
        discount: '7.123456',
        members: national.map((population, j) => ({ population: j === 0 ? first : j === 2 ? 4_504_137 : population * (1 + (j % 3)), joinDay: j % 4 === 1 ? ((j * 13) % 364) + 2 : null, leaveDay: null })),
      })),
    ];
    const drawn: Case[] = [
      ...fc.sample(allocationArb, { seed: 20_261_206, numRuns: 10 }).map((c, i): Case => ({ ...c, name: `allocation-${i + 1}` })),
      ...fc.sample(feeArb, { seed: 6_122_026, numRuns: 6 }).map((c, i): Case => ({ ...c, name: `fees-${i + 1}` })),
    ];
    const found = await recalculateAll([...fixed, ...drawn]);
    const wrong = Object.fromEntries(Object.entries(found).filter(([, cells]) => cells.length > 0));
    expect(wrong).toEqual({});
  }, 900_000);
});
