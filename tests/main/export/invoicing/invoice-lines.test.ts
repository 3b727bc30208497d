// The invoicing basis: lines per member, period and component that add up to the engine's
// charges exactly, Bibblix's rules (media yearly, management quarterly, in advance), group
// members invoiced via their administrative party, and a workbook whose formulas and totals agree.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIBBLIX_INVOICING, computeInvoiceLines, ROUNDING_LINE, splitLargestRemainder } from '../../../../src/main/export/invoicing/invoice-lines';
import { buildInvoicingWorkbook, exportInvoicingBasis } from '../../../../src/main/export/invoicing/invoicing.export';
import { bibblix, norway, skaraborg } from '../annex/annex-fixtures';

describe('splitLargestRemainder', () => {
  it('adds up exactly, gives each part the floor or ceiling of its share, ties to the earlier part', () => {
    expect(splitLargestRemainder(1_662_150, [3, 3, 3, 3])).toEqual([415_538, 415_538, 415_537, 415_537]);
    expect(splitLargestRemainder(304_827, [0, 3, 3, 3])).toEqual([0, 101_609, 101_609, 101_609]);
    expect(splitLargestRemainder(10, [1, 3, 3, 3])).toEqual([1, 3, 3, 3]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), (amount, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = splitLargestRemainder(amount, weights);
        const total = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        parts.forEach((part, i) => {
          const exact = (amount * (weights[i] ?? 0)) / total;
          expect(part).toBeGreaterThanOrEqual(Math.floor(exact) - 1e-9);
          expect(part).toBeLessThanOrEqual(Math.ceil(exact) + 1e-9);
        });
      }),
    );
  });
});

describe('Bibblix invoicing: media yearly, management quarterly, in advance', () => {
  const input = bibblix('sv');
  const lines = computeInvoiceLines(input.resolved, input.result, BIBBLIX_INVOICING);
  const of = (member: string, year: number, component: string) => lines.filter((l) => l.memberId === member && l.year === year && l.componentId === component);

  it('invoices Herrljunga via GITS, from its joining day, for the quarters it takes part in', () => {
    const media = of('herrljunga', 2022, 'media');
    expect(media).toEqual([expect.objectContaining({ quarter: 0, due: '2022-04-01', gross: 7_089_00, subsidy: 0, net: 7_089_00, invoiceToId: 'gits', invoiceToName: 'GITS (administrativ part)' })]);
    // Management 5 316.75 less the region's 2 268.48 = 3 048.27, over Q2–Q4.
    const management = of('herrljunga', 2022, 'management');
    expect(management.map((l) => [l.quarter, l.due, l.net, l.subsidy])).toEqual([
      [2, '2022-04-01', 1_016_09, 756_16],
      [3, '2022-07-01', 1_016_09, 756_16],
      [4, '2022-10-01', 1_016_09, 756_16],
    ]);
    // The one-time connection fee: one invoice on joining, paid in full by the region.
    expect(of('herrljunga', 2022, 'connection')).toEqual([expect.objectContaining({ quarter: 0, due: '2022-04-01', gross: 5_000_00, subsidy: 5_000_00, net: 0 })]);
    // 2023: 9 498 × 0.75 = 7 123.50 over four quarters; the odd öre go to the first quarters.
    expect(of('herrljunga', 2023, 'management').map((l) => [l.due, l.net])).toEqual([
      ['2023-01-01', 1_780_88],
      ['2023-04-01', 1_780_88],
      ['2023-07-01', 1_780_87],
      ['2023-10-01', 1_780_87],
    ]);
    // Vara joined 15 September: Q3 has one month, Q4 three.
    expect(of('vara', 2022, 'management').map((l) => [l.quarter, l.due])).toEqual([
      [3, '2022-09-15'],
      [4, '2022-10-01'],
    ]);
  });

  it('adds up to every member\'s charge per year, gross, subsidies and net', () => {
    for (const member of input.result.members) {
      for (const year of member.years) {
        const mine = lines.filter((l) => l.memberId === member.id && l.year === year.year);
        expect(mine.reduce((s, l) => s + l.gross, 0), `${member.id} ${year.year}`).toBe(year.gross);
        expect(mine.reduce((s, l) => s + l.subsidy, 0)).toBe(year.subsidies);
        expect(mine.reduce((s, l) => s + l.net, 0)).toBe(year.net);
        for (const l of mine) expect(l.net).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('other keys', () => {
  it('shows an allocation\'s rounding adjustment as its own line so the lines add up to the charge', () => {
    const input = skaraborg();
    const lines = computeInvoiceLines(input.resolved, input.result, { default: 'quarterly' });
    const hjo = lines.filter((l) => l.memberId === 'hjo' && l.year === 2017);
    expect(hjo.some((l) => l.componentId === ROUNDING_LINE)).toBe(true);
    expect(hjo.reduce((s, l) => s + l.net, 0)).toBe(76_793_00);
    expect(lines.some((l) => l.memberId === 'falkoping')).toBe(false);
  });

  it('writes a workbook whose to-invoice formulas and totals match the lines', async () => {
    const input = bibblix('en');
    const { workbook, lines } = buildInvoicingWorkbook({ ...input, rules: BIBBLIX_INVOICING });
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A5').value).toBe('Invoice to');
    expect(sheet?.getCell('J6').formula).toBe('ROUND(H6-I6,2)');
    const totalRow = 5 + lines.length + 1;
    expect(sheet?.getCell(`J${totalRow}`).formula).toBe(`ROUND(SUM(J6:J${totalRow - 1}),2)`);
    expect(sheet?.getCell(`J${totalRow}`).result).toBe(lines.reduce((s, l) => s + l.net, 0) / 100);
    const written = await exportInvoicingBasis({ ...input, rules: BIBBLIX_INVOICING });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(written.buffer as unknown as ArrayBuffer);
    expect(back.worksheets[0]?.getCell('F6').value).toBeInstanceOf(Date);
    expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('invoices 358 Norwegian municipalities yearly for 10 000 000 NOK a year', () => {
    const input = norway();
    const lines = computeInvoiceLines(input.resolved, input.result, { default: 'yearly' });
    expect(lines).toHaveLength(358 * 6);
    expect(lines.filter((l) => l.year === 2025).reduce((s, l) => s + l.net, 0)).toBe(10_000_000_00);
  });
});
