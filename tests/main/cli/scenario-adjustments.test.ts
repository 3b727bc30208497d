/**
 * The CLI's charge table with per-member adjustments: a column for them appears (table and CSV)
 * only when a scenario has some, and components + rounding + adjustments add up to gross.
 * Expected figures by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario, scenarioCharges } from '../../../src/shared/calc';
import { chargeTable, toCsv, type ChargesComputation } from '../../../src/main/cli/commands/scenario.command';

function computation(adjustments: unknown[]): ChargesComputation {
  const definition = {
    schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 },
    key: { schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'allocation', components: [{ type: 'equal', id: 'equal', share: '100' }] },
    costs: { byYear: { '2025': '900000' } },
    adjustments,
  };
  const facts = { members: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), category: 'municipality', metrics: {} })) };
  const resolved = resolveScenario(definition, facts);
  return {
    scenario: { id: 1, name: 's' },
    members: resolved.members.map((m, i) => ({ memberId: m.id, organisationId: i + 1, name: m.name })),
    resolved,
    charges: scenarioCharges(resolved),
  };
}

describe('the CLI charge table with per-member adjustments', () => {
  it('shows them in a column of their own, adding up to gross', () => {
    const table = chargeTable(computation([{ id: 'big', kind: 'surcharge', members: ['a'], percent: '20', reason: 'largest' }]));
    expect(table.adjusted).toBe(true);
    const csv = toCsv(table).trim().split('\n');
    expect(csv[0]).toBe('member,organisation_id,year,equal,rounding_adjustment,member_adjustments,gross,subsidies,net');
    // A: 900 000 / 3 = 300 000 kr, + 20 % = 60 000 kr → 360 000 kr; B and C 300 000 kr; total 960 000 kr
    expect(csv[1]).toBe('A,1,2025,300000.00,0.00,60000.00,360000.00,0.00,360000.00');
    expect(csv[2]).toBe('B,2,2025,300000.00,0.00,0.00,300000.00,0.00,300000.00');
    expect(csv[4]).toBe('TOTAL,,2025,900000.00,0.00,60000.00,960000.00,0.00,960000.00');
  });

  it('keeps the table as it was when a scenario has none', () => {
    const table = chargeTable(computation([]));
    expect(table.adjusted).toBe(false);
    expect(toCsv(table).split('\n')[0]).toBe('member,organisation_id,year,equal,rounding_adjustment,gross,subsidies,net');
  });
});
