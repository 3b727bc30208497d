/**
 * The studio's charges table with per-member surcharges and discounts: each row carries the
 * member's adjustment, so the columns shown (components, rounding, surcharges/discounts) add up
 * to gross. Figures by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeFigures, resolveScenario } from '../../../src/shared/calc';
import { chargeRows } from '../../../src/renderer/src/features/scenarios/studio-model';

/** Four municipalities share 1 000 000 kr equally (250 000 kr each); A pays 10 % more, D 20 000 kr less. */
const definition = {
  schemaVersion: 1,
  id: 's',
  name: 's',
  currency: 'SEK',
  horizon: { from: 2027, to: 2027 },
  key: {
    schemaVersion: 1,
    id: 'equal',
    version: 1,
    name: 'equal',
    family: 'allocation',
    parameters: {},
    rounding: { unit: '0.01', mode: 'half-up' },
    components: [{ type: 'equal', id: 'equal', share: '100' }],
  },
  costs: { byYear: { '2027': '1000000' } },
  adjustments: [
    { id: 'big', kind: 'surcharge', members: ['a'], percent: '10', reason: 'largest', label: 'Big' },
    { id: 'far', kind: 'discount', members: ['d'], amount: '20000', reason: 'furthest away', label: 'Far' },
  ],
};
const facts = { members: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), category: 'municipality', metrics: {} })) };

describe('charge rows with surcharges and discounts', () => {
  const rows = chargeRows(computeFigures(resolveScenario(definition, facts)), null, 2027);
  const byId = new Map(rows.map((r) => [r.id, r]));

  it("carry each member's adjustment: A +25 000 kr (10 % of 250 000), D −20 000 kr, B and C none", () => {
    expect(['a', 'b', 'c', 'd'].map((id) => byId.get(id)?.memberAdjustment)).toEqual([2_500_000, 0, 0, -2_000_000]);
    // A pays 275 000 kr, D 230 000 kr, B and C 250 000 kr.
    expect(['a', 'b', 'c', 'd'].map((id) => byId.get(id)?.gross)).toEqual([27_500_000, 25_000_000, 25_000_000, 23_000_000]);
  });

  it('add up, column by column, to gross in every row', () => {
    for (const r of rows) {
      const components = Object.values(r.components).reduce((s, x) => s + x, 0);
      expect(components + r.roundingAdjustment + r.memberAdjustment).toBe(r.gross);
    }
  });
});
