/**
 * Per-member adjustments (scenario `adjustments`): a surcharge or discount, in percent of the
 * member's key charge or as a fixed amount, applied after the key's charge and before subsidies
 * are deducted; nothing is redistributed to the other members. Figures are worked out by hand in
 * the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeFigures, computeScenario, describeMemberYear, explainCharge, resolveScenario, sweepParameter } from '../../../src/shared/calc';

/** Four municipalities share 1 200 000 kr equally: 300 000 kr each before adjustments. */
function definition(adjustments: unknown[], more: Record<string, unknown> = {}, keyMore: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id: 's',
    name: 's',
    currency: 'SEK',
    horizon: { from: 2025, to: 2026 },
    key: {
      schemaVersion: 1,
      id: 'equal',
      version: 1,
      name: 'equal',
      family: 'allocation',
      parameters: { largeSurcharge: '20' },
      rounding: { unit: '0.01', mode: 'half-up' },
      components: [{ type: 'equal', id: 'equal', share: '100' }],
      ...keyMore,
    },
    costs: { byYear: { '2025': '1200000', '2026': '1200000' } },
    adjustments,
    ...more,
  };
}

const facts = {
  members: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), category: 'municipality', metrics: {} })),
};

const LARGE = { id: 'large', kind: 'surcharge', members: ['a', 'b'], percent: { param: 'largeSurcharge' }, reason: 'the two largest municipalities pay 20 % more', label: 'Large' };

function year(result: ReturnType<typeof computeScenario>, id: string, y = 2025) {
  const m = result.members.find((x) => x.id === id);
  return m?.years.find((x) => x.year === y) as NonNullable<typeof m>['years'][number];
}

describe('per-member adjustments', () => {
  it('adds a percent surcharge on the key charge for the members it names, without redistributing', () => {
    const result = computeScenario(resolveScenario(definition([LARGE]), facts));
    // a, b: 300 000 + 20 % × 300 000 = 360 000 kr; c, d: 300 000 kr
    expect(['a', 'b', 'c', 'd'].map((id) => year(result, id).gross)).toEqual([36_000_000, 36_000_000, 30_000_000, 30_000_000]);
    expect(year(result, 'a').adjustment).toBe(6_000_000);
    expect(year(result, 'a').components[0]?.amount).toBe(30_000_000); // the key's charge itself is unchanged
    expect(year(result, 'a').adjustments).toEqual([
      {
        adjustmentId: 'large',
        kind: 'surcharge',
        label: 'Large',
        reason: 'the two largest municipalities pay 20 % more',
        amount: 6_000_000,
        basis: { percent: '20', param: 'largeSurcharge', base: 30_000_000, capped: false, rounding: { unit: 1, mode: 'half-up' } },
      },
    ]);
    expect(year(result, 'c').adjustments).toEqual([]);
    // Totals: 4 × 300 000 + 2 × 60 000 = 1 320 000 kr charged, of which 120 000 kr adjustments;
    // the balance shows the surplus: 1 320 000 − 1 200 000 = +120 000 kr.
    expect(result.totals[0]).toMatchObject({ gross: 132_000_000, adjustments: 12_000_000, net: 132_000_000, byComponent: { equal: 120_000_000 } });
    expect(result.balance[0]).toMatchObject({ memberCharges: 132_000_000, costs: 120_000_000, balance: 12_000_000 });
  });

  it('takes the percent from a key parameter, which the scenario may override and a sweep may vary', () => {
    const overridden = computeScenario(resolveScenario(definition([LARGE], { parameters: { largeSurcharge: '25' } }), facts));
    // 25 % × 300 000 = 75 000 kr
    expect(year(overridden, 'a').adjustment).toBe(7_500_000);
    const steps = sweepParameter(resolveScenario(definition([LARGE]), facts), 'largeSurcharge', ['0', '10', '20']);
    // a's net: 300 000, 330 000, 360 000 kr; total of the year: 1 200 000, 1 260 000, 1 320 000 kr
    expect(steps.map((s) => s.net[0]?.[0])).toEqual([30_000_000, 33_000_000, 36_000_000]);
    expect(steps.map((s) => s.totalNet[0])).toEqual([120_000_000, 126_000_000, 132_000_000]);
  });

  it('applies a fixed discount in full in each year it covers, and only in the years it names', () => {
    const discount = { id: 'host', kind: 'discount', members: ['d'], amount: '50000', reason: 'hosts the servers', years: [2026] };
    const result = computeScenario(resolveScenario(definition([discount]), facts));
    // 2025: 300 000 kr (not covered); 2026: 300 000 − 50 000 = 250 000 kr
    expect(year(result, 'd', 2025).gross).toBe(30_000_000);
    expect(year(result, 'd', 2026).gross).toBe(25_000_000);
    expect(year(result, 'd', 2026).adjustments[0]).toMatchObject({ amount: -5_000_000, basis: { fixedAmount: 5_000_000, base: 30_000_000, capped: false } });
    // 2026 totals: 1 200 000 − 50 000 = 1 150 000 kr; balance −50 000 kr (no one else pays more)
    expect(result.balance[1]).toMatchObject({ memberCharges: 115_000_000, balance: -5_000_000 });
  });

  it('leaves subsidies as they were and never discounts below what the member pays after them', () => {
    const subsidies = [{ id: 'half', funder: 'Region', component: 'equal', share: '50', eligibility: { categories: ['municipality'] } }];
    const all = { id: 'all', kind: 'discount', members: ['c'], percent: '100', reason: 'pays nothing this term' };
    const tenth = { id: 'tenth', kind: 'discount', members: ['d'], percent: '10', reason: 'late delivery' };
    const result = computeScenario(resolveScenario(definition([all, tenth], {}, { subsidies }), facts));
    // c: key 300 000, region pays 150 000; 100 % would be 300 000 but only 150 000 is left to pay → −150 000, net 0
    expect(year(result, 'c')).toMatchObject({ gross: 15_000_000, subsidies: 15_000_000, net: 0, adjustment: -15_000_000 });
    expect(year(result, 'c').adjustments[0]?.basis.capped).toBe(true);
    // d: 10 % of the key charge 300 000 = 30 000 off (subsidies do not shrink the base); net 300 000 − 30 000 − 150 000 = 120 000
    expect(year(result, 'd')).toMatchObject({ gross: 27_000_000, subsidies: 15_000_000, net: 12_000_000, adjustment: -3_000_000 });
    expect(year(result, 'd').adjustments[0]?.basis.capped).toBe(false);
    // The funder pays what it paid without adjustments: 4 × 150 000 kr
    expect(result.funders[0]?.byYear[0]).toBe(60_000_000);
  });

  it('rounds a percent adjustment once, by its own rule (or the key rule)', () => {
    const fee = {
      schemaVersion: 1, id: 'fee', version: 1, name: 'fee', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' },
      components: [{ type: 'fixed', id: 'fee', amount: '1000.10' }],
    };
    const third = { id: 'third', kind: 'surcharge', members: ['a'], percent: '33.333', reason: 'r', rounding: { unit: '1', mode: 'half-up' } };
    const keyRounded = { id: 'third', kind: 'surcharge', members: ['b'], percent: '33.333', reason: 'r' };
    const r1 = computeScenario(resolveScenario({ ...definition([third]), key: fee, costs: undefined }, facts));
    // 1 000.10 × 33.333 % = 333.3633… kr → whole kronor half-up: 333 kr
    expect(year(r1, 'a').adjustment).toBe(33_300);
    const r2 = computeScenario(resolveScenario({ ...definition([{ ...keyRounded, id: 'k' }]), key: fee, costs: undefined }, facts));
    // the key's rounding, öre half-up: 333.3633… → 333.36 kr
    expect(year(r2, 'b').adjustment).toBe(33_336);
  });

  it('follows the key charge of a part year (a percent of the prorated charge)', () => {
    const fee = {
      schemaVersion: 1, id: 'fee', version: 1, name: 'fee', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' }, proRata: { join: 'month', leave: 'none' },
      components: [{ type: 'fixed', id: 'fee', amount: '12000' }],
    };
    const lateFacts = { members: [{ id: 'a', name: 'A', category: 'municipality', joined: '2025-10-01', metrics: {} }] };
    const result = computeScenario(resolveScenario({ ...definition([{ ...LARGE, members: ['a'], percent: '20' }]), key: fee, costs: undefined }, lateFacts));
    // joined 1 October: 3/12 × 12 000 = 3 000 kr; + 20 % = 600 kr
    expect(year(result, 'a')).toMatchObject({ gross: 360_000, adjustment: 60_000 });
  });

  it('shows in the columnar figures exactly as in the result', () => {
    const r = resolveScenario(definition([LARGE, { id: 'host', kind: 'discount', members: ['d'], amount: '50000', reason: 'hosts' }]), facts);
    const figures = computeFigures(r);
    const result = computeScenario(r);
    // members a, b, c, d (by id), year 2025 at index 0..3: +60 000, +60 000, 0, −50 000 kr
    expect(Array.from(figures.adjustment.subarray(0, 4))).toEqual([6_000_000, 6_000_000, 0, -5_000_000]);
    expect(Array.from(figures.gross.subarray(0, 4))).toEqual(result.members.map((m) => m.years[0]?.gross));
    expect(figures.totals).toEqual(result.totals);
  });

  it('explains itself in "Why this amount?", in each language', () => {
    const r = resolveScenario(definition([LARGE]), facts);
    const y = explainCharge(r, 'a', 2025);
    expect(y.adjustments.map((a) => a.amount)).toEqual([6_000_000]);
    const en = describeMemberYear(y, 'en', 'SEK');
    expect(en[en.length - 1]).toContain('Large: surcharge; 20 % of the key\'s charge');
    expect(en[en.length - 1]).toContain('parameter largeSurcharge');
    expect(en[en.length - 1]).toContain('reason: the two largest municipalities pay 20 % more');
    expect(describeMemberYear(y, 'sv', 'SEK').at(-1)).toContain('påslag; 20 % av nyckelns avgift');
    expect(describeMemberYear(y, 'nb', 'SEK').at(-1)).toContain('påslag; 20 % av nøkkelens avgift');
    const discount = explainCharge(resolveScenario(definition([{ id: 'd', kind: 'discount', members: ['a'], amount: '1000', reason: 'r' }]), facts), 'a', 2025);
    expect(describeMemberYear(discount, 'sv', 'SEK').at(-1)).toContain('avdrag; fast belopp');
    expect(describeMemberYear(discount, 'nb', 'SEK').at(-1)).toContain('fradrag; fast beløp');
  });

  it('refuses unclear adjustments, naming the field', () => {
    const bad = (a: Record<string, unknown>) => () => resolveScenario(definition([{ id: 'x', kind: 'surcharge', members: ['a'], reason: 'r', ...a }]), facts);
    expect(bad({ members: ['nobody'], percent: '5' })).toThrow('adjustments[0].members[0]: no member "nobody" in this scenario');
    expect(bad({ percent: '5', amount: '10' })).toThrow('adjustments[0].percent: give either a percent or a fixed amount');
    expect(bad({})).toThrow('adjustments[0].percent: give either a percent or a fixed amount');
    expect(bad({ kind: 'discount', percent: '120' })).toThrow('adjustments[0].percent: a discount cannot be more than 100 %');
    expect(bad({ percent: { param: 'nope' } })).toThrow('adjustments[0].percent.param: unknown parameter "nope"');
    expect(bad({ percent: '-5' })).toThrow('adjustments[0].percent');
    expect(() => resolveScenario(definition([{ ...LARGE }, { ...LARGE }]), facts)).toThrow('adjustments[1].id: duplicate adjustment id "large"');
  });
});
