/**
 * The oracle itself, on figures computed by hand from docs/key-format.md (not from either program),
 * and the engine on the same figures: the points where the doc was made explicit while writing the
 * oracle (subsidy pro rata, overrides, funding summary, tie-break) each have a case here.
 */
import { describe, expect, it } from 'vitest';
import * as live from '../../../../src/shared/calc';
import { oracle, OracleInvalid } from './oracle';

const member = (id: string, population: number, extra: Record<string, unknown> = {}): unknown => ({ id, name: id, category: 'municipality', metrics: { population: { '2025': { value: population } } }, ...extra });
const scenario = (key: Record<string, unknown>, more: Record<string, unknown> = {}): Record<string, unknown> => ({
  schemaVersion: 1, id: 's', name: 's', currency: 'DKK', horizon: { from: 2025, to: 2025 },
  key: { schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' }, ...key }, ...more,
});
/** Net per member (minor units) from both programs; they must agree. */
function nets(definition: unknown, facts: unknown): Record<string, number> {
  const o = oracle(definition, facts);
  const fromOracle = Object.fromEntries([...o.members].map(([id, rows]) => [id, Number(rows[0]?.net)]));
  const r = live.computeScenario(live.resolveScenario(definition as live.ScenarioDefinitionInput, facts as live.ScenarioFactsInput));
  expect(Object.fromEntries(r.members.map((m) => [m.id, m.years[0]?.net]))).toEqual(fromOracle);
  return fromOracle;
}

describe('the oracle on hand-computed figures', () => {
  it('charges marginal bands slice by slice (the KOMBIT example of the doc)', () => {
    const key = { parameters: { rateBase: '25', rateAbove: '12.50' }, components: [{ type: 'per-unit', id: 'inhabitants', metric: 'population', bandMode: 'marginal', bands: [{ from: 0, to: 150000, rate: { param: 'rateBase' } }, { from: 150000, rate: { param: 'rateAbove' } }] }] };
    // 200 000: 150 000 × 25 + 50 000 × 12.50 = 4 375 000 kr; 150 000: 3 750 000 kr; 150 001: 3 750 012.50 kr.
    expect(nets(scenario(key), { members: [member('a', 200000), member('b', 150000), member('c', 150001)] })).toEqual({ a: 437_500_000, b: 375_000_000, c: 375_001_250 });
  });

  it('prorates a per-unit subsidy by default, by the subsidised component\'s own pro rata rule', () => {
    // Joined 2025-07-01 (day 182 of 365: 184 days present; month 7: 6 months of 12).
    // The fee (its own rule: months) 1 000 kr × 6/12 = 500 kr. The subsidy 0.50 × 1 000 = 500 kr,
    // × 6/12 = 250 kr (by the fee's months, not the key's days: 500 × 184/365 = 252.05).
    const key = { proRata: { join: 'day', leave: 'day' }, components: [{ type: 'fixed', id: 'fee', amount: '1000', proRata: { join: 'month', leave: 'month' } }], subsidies: [{ id: 's', funder: 'F', component: 'fee', perUnit: { rate: '0.50', metric: 'population' } }] };
    const facts = { members: [member('a', 1000, { joined: '2025-07-01' })] };
    expect(nets(scenario(key), facts)).toEqual({ a: 50_000 - 25_000 });
    // With proRata: false the subsidy is the whole 500 kr, which uses up the charge.
    const noProRata = { ...key, subsidies: [{ ...key.subsidies[0], proRata: false }] };
    expect(nets(scenario(noProRata), facts)).toEqual({ a: 0 });
  });

  it('lets an override replace only components meant for the member (their appliesTo)', () => {
    // o replaces f, which is for regions only: the municipality pays nothing although o's condition holds.
    const key = { components: [{ type: 'fixed', id: 'f', amount: '100', appliesTo: { categories: ['region'] } }, { type: 'override', id: 'o', when: { metric: 'population', atLeast: 0 }, replaces: ['f'], with: { type: 'fixed', id: 'x', amount: '7' } }] };
    expect(nets(scenario(key), { members: [member('m', 5), { ...(member('r', 5) as object), category: 'region' }] })).toEqual({ m: 0, r: 700 });
  });

  it('gives the last öre of a tie to the larger exact share, then the smaller id', () => {
    // Pool 0.03 kr, 100 % by population 1 : 1 : 2 → exact 0.75 : 0.75 : 1.5 öre; floors 0 + 0 + 1 = 1,
    // two öre left; remainders .75, .75, .5 → a and b (larger remainders) get one each: 1, 1, 1.
    // Pool 0.02 kr over a, b, c, d : e = 1 : 1 : 1 : 1 : 4 (exact 0.25 öre each and 1 öre): e's floor
    // is 1; one öre left among the equal remainders .25 and equal shares of a–d → the smallest id, a.
    const alloc = (costs: string): unknown => scenario({ family: 'allocation', components: [{ type: 'proportional', id: 'p', share: '100', metric: 'population' }] }, { costs: { byYear: { '2025': costs } } });
    const ids = ['b', 'a', 'c', 'd', 'e'];
    expect(nets(alloc('0.03'), { members: [member('a', 1), member('b', 1), member('c', 2)] })).toEqual({ a: 1, b: 1, c: 1 });
    expect(nets(alloc('0.02'), { members: ids.map((id) => member(id, id === 'e' ? 4 : 1)) })).toEqual({ a: 1, b: 0, c: 0, d: 0, e: 1 });
  });

  it('counts planned member contributions in the funding summary, not in the balance', () => {
    const definition = scenario({ components: [{ type: 'fixed', id: 'f', amount: '100' }] }, { costs: { byYear: { '2025': '1000' } }, funding: [{ source: 'State', kind: 'external', byYear: { '2025': { amount: '300', status: 'secured' } } }, { source: 'Members', kind: 'members', byYear: { '2025': { amount: '700', status: 'expected' } } }] });
    const o = oracle(definition, { members: [member('a', 1)] });
    // funding: 300 secured + 700 expected; balance: 100 (charge) + 300 (State) − 1 000 = −600 kr.
    expect(o.funding[0]).toEqual({ year: 2025, secured: 30_000n, expected: 70_000n, uncertain: 0n });
    expect(o.balance[0]?.balance).toBe(-60_000n);
    const r = live.computeScenario(live.resolveScenario(definition as live.ScenarioDefinitionInput, { members: [member('a', 1)] } as live.ScenarioFactsInput));
    expect([r.funding.byYear[0]?.secured, r.funding.byYear[0]?.expected, r.balance[0]?.balance]).toEqual([30_000, 70_000, -60_000]);
  });

  it('shares a pool of 0 among nobody, and refuses a pool above 0 with nobody to share it', () => {
    const key = { family: 'allocation', components: [{ type: 'proportional', id: 'p', share: '100', metric: 'population' }] };
    const observers = { members: [{ ...(member('o', 1) as object), role: 'observer' }] };
    expect(nets(scenario(key, { costs: { byYear: { '2025': '0' } } }), observers)).toEqual({ o: 0 });
    expect(() => oracle(scenario(key, { costs: { byYear: { '2025': '10' } } }), observers)).toThrow(OracleInvalid);
    expect(() => live.computeScenario(live.resolveScenario(scenario(key, { costs: { byYear: { '2025': '10' } } }) as live.ScenarioDefinitionInput, observers as live.ScenarioFactsInput))).toThrow('no paying members');
  });

  it('finds invalid what the doc refuses', () => {
    const facts = { members: [member('a', 1)] };
    // Shares not adding up to 100 %; a pool that is not a multiple of the unit; a band gap.
    expect(() => oracle(scenario({ family: 'allocation', components: [{ type: 'equal', id: 'e', share: '60' }] }, { costs: { byYear: { '2025': '10' } } }), facts)).toThrow(OracleInvalid);
    expect(() => oracle(scenario({ family: 'allocation', rounding: { unit: '1', mode: 'half-up' }, components: [{ type: 'equal', id: 'e', share: '100' }] }, { costs: { byYear: { '2025': '10.50' } } }), facts)).toThrow(OracleInvalid);
    expect(() => oracle(scenario({ components: [{ type: 'banded', id: 'b', metric: 'population', bands: [{ from: 0, to: 10, amount: '1' }, { from: 11, amount: '2' }] }] }), facts)).toThrow(OracleInvalid);
  });
});
