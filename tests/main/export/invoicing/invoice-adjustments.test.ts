// Per-member adjustments on the invoicing basis: each is a line of its own, a surcharge split over
// the quarters like any charge, a discount a credit on the year's first invoice; the lines add up
// to what the engine charges. Figures by hand in the comments.
import { describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario } from '../../../../src/shared/calc';
import { computeInvoiceLines } from '../../../../src/main/export/invoicing/invoice-lines';

describe('invoicing per-member adjustments', () => {
  const definition = {
    schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 },
    key: { schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'fee-schedule', components: [{ type: 'fixed', id: 'fee', amount: '40000' }] },
    adjustments: [
      { id: 'big', kind: 'surcharge', members: ['a'], percent: '10', reason: 'largest', label: 'Large' },
      { id: 'host', kind: 'discount', members: ['b'], amount: '5000', reason: 'hosts', label: 'Host' },
    ],
  };
  const facts = { members: ['a', 'b'].map((id) => ({ id, name: id.toUpperCase(), category: 'municipality', metrics: {} })) };
  const resolved = resolveScenario(definition, facts);
  const result = computeScenario(resolved);
  const lines = computeInvoiceLines(resolved, result, { default: 'quarterly' });

  it('invoices a surcharge over the quarters and a discount as a credit on the first invoice', () => {
    // a: 10 % of 40 000 = 4 000 kr, 1 000 kr a quarter
    expect(lines.filter((l) => l.memberId === 'a' && l.componentId === 'adjustment:big').map((l) => [l.quarter, l.net, l.label])).toEqual([
      [1, 1_000_00, 'Large'],
      [2, 1_000_00, 'Large'],
      [3, 1_000_00, 'Large'],
      [4, 1_000_00, 'Large'],
    ]);
    // b: −5 000 kr on the year's first invoice
    expect(lines.filter((l) => l.memberId === 'b' && l.componentId === 'adjustment:host').map((l) => [l.quarter, l.due, l.net])).toEqual([[0, '2025-01-01', -5_000_00]]);
  });

  it('adds up to the engine\'s net per member and year', () => {
    for (const m of result.members) {
      const sum = lines.filter((l) => l.memberId === m.id).reduce((s, l) => s + l.net, 0);
      expect(sum, m.id).toBe(m.years[0]?.net);
    }
    // a: 40 000 + 4 000 = 44 000 kr; b: 40 000 − 5 000 = 35 000 kr
    expect(result.members.map((m) => m.years[0]?.net)).toEqual([44_000_00, 35_000_00]);
  });
});
