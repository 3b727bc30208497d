import { describe, expect, it } from 'vitest';
import type { StudioInputs } from '../../../src/shared/api/channels/studio.channels';
import { computeScenario, withParameters, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../src/shared/calc';
import {
  chargeRows,
  compareRows,
  computeWith,
  definitionWithDraft,
  draftOf,
  fundingByYear,
  largestDeltas,
  parameterControls,
  resolveInputs,
  topPayers,
} from '../../../src/renderer/src/features/scenarios/studio-model';
import { demo } from '../../helpers/demo-keys';

const inputs: StudioInputs = {
  scenarioId: 1,
  rowVersion: 1,
  cooperationId: 1,
  cooperationName: 'Skaraborg',
  name: 'Skaraborg',
  description: null,
  keyId: 1,
  baselineScenarioId: null,
  definition: demo<ScenarioDefinitionInput>('skaraborg-9.scenario.json'),
  keys: [demo<KeyDefinitionInput>('skaraborg-9.key.json')],
  facts: demo<ScenarioFactsInput>('skaraborg-9.facts.json'),
  members: [],
  warnings: [],
};

describe('studio model', () => {
  const resolved = resolveInputs(inputs);
  const baseline = computeWith(resolved, {});
  const year = baseline.years[0] as number;

  it('offers the equal share as a slider', () => {
    expect(parameterControls(resolved.keyDefinition)).toEqual([expect.objectContaining({ name: 'equalShare', kind: 'share' })]);
  });

  it('keeps the pool whatever the equal share, and reports each member’s delta', () => {
    const changed = computeWith(resolved, { equalShare: '40' });
    const rows = chargeRows(changed, baseline, year);
    const pool = changed.totals[0]?.pool ?? 0;
    expect(rows.reduce((acc, r) => acc + r.net + r.subsidies, 0)).toBe(pool);
    // The baseline covers the year: every row has a baseline and a change.
    expect(rows.reduce((acc, r) => acc + (r.delta ?? Number.NaN), 0)).toBe(0);
    for (const r of rows) expect(r.delta).toBe(r.net - (r.baseline ?? Number.NaN));
    const deltas = largestDeltas(rows, 3);
    expect(deltas).toHaveLength(3);
    expect(deltas.map((d) => d.value)).toEqual([...deltas.map((d) => d.value)].sort((a, b) => b - a));
  });

  it('reads from the columnar figures what the detailed result says of each member-year', () => {
    const figures = computeWith(resolved, { equalShare: '25' });
    const detailed = computeScenario(withParameters(resolved, { equalShare: '25' }));
    detailed.years.forEach((y) => {
      const rows = chargeRows(figures, baseline, y);
      expect(rows).toHaveLength(detailed.members.length);
      detailed.members.forEach((m, i) => {
        const charge = m.years.find((c) => c.year === y);
        const row = rows[i];
        expect(row?.id).toBe(m.id);
        expect(row && { charged: row.charged, gross: row.gross, subsidies: row.subsidies, net: row.net, roundingAdjustment: row.roundingAdjustment, components: row.components }).toEqual({
          charged: charge?.charged,
          gross: charge?.gross,
          subsidies: charge?.subsidies,
          net: charge?.net,
          roundingAdjustment: charge?.roundingAdjustment,
          components: Object.fromEntries((charge?.components ?? []).map((c) => [c.componentId, c.amount])),
        });
      });
    });
    // The observer is listed, charged nothing.
    expect(chargeRows(figures, null, year).filter((r) => !r.charged).length).toBeGreaterThan(0);
  });

  it('leaves members charged nothing out of the payers chart', () => {
    const rows = chargeRows(baseline, null, year).map((r, i) => (i === 0 ? { ...r, net: 0, gross: 0 } : r));
    const bars = topPayers(rows, 20, (n) => `${n} others`);
    expect(bars.map((b) => b.id)).not.toContain(rows[0]?.id);
    expect(bars).toHaveLength(rows.filter((r) => r.charged && r.net !== 0).length);
  });

  it('sums what the largest payers leave into one bar', () => {
    const rows = chargeRows(baseline, null, year);
    const bars = topPayers(rows, 3, (n) => `${n} others`);
    expect(bars).toHaveLength(4);
    expect(bars.reduce((acc, b) => acc + b.value, 0)).toBe(rows.reduce((acc, r) => acc + r.net, 0));
    expect(bars[3]?.name).toBe(`${rows.filter((r) => r.charged).length - 3} others`);
  });

  it('carries the last cost forward when the horizon grows', () => {
    const draft = draftOf(inputs.definition, resolved.keyDefinition);
    const longer = definitionWithDraft(inputs.definition, { ...draft, horizon: { from: draft.horizon.from, to: draft.horizon.to + 2 } });
    const result = computeWith(resolveInputs(inputs, longer), {});
    expect(result.years).toHaveLength(baseline.years.length + 2);
    expect(result.totals.at(-1)?.pool).toBe(result.totals.at(-3)?.pool);
  });

  it('stacks the members’ charges in the funding chart per year', () => {
    const { series, data } = fundingByYear(baseline, 'Members');
    expect(series[0]).toEqual({ key: 'members', label: 'Members', kind: 'members' });
    expect(data.map((d) => d.values['members']?.amount)).toEqual(baseline.balance.map((b) => b.memberCharges));
  });
});

describe('the change shown in the Distribution and Compare tabs', () => {
  const resolved = resolveInputs(inputs);
  const stored = computeWith(resolved, {});
  const draft = draftOf(inputs.definition, resolved.keyDefinition);

  it('gives a member who leaves the same negative change in both tabs', () => {
    // Hjo leaves at the end of 2017: in 2018 it pays nothing, so its change is minus what it paid under the stored scenario.
    const leaving = computeWith(resolveInputs(inputs, definitionWithDraft(inputs.definition, { ...draft, memberChanges: [{ member: 'hjo', left: '2017-12-31' }] })), {});
    const hjoStored = chargeRows(stored, null, 2018).find((r) => r.id === 'hjo')?.net ?? 0;
    expect(hjoStored).toBeGreaterThan(0);
    const distribution = chargeRows(leaving, stored, 2018);
    // Compare in the saved scenario: the stored one is the scenario compared with (its baseline).
    const compare = compareRows(leaving, stored, 2018);
    expect(distribution.find((r) => r.id === 'hjo')?.delta).toBe(-hjoStored);
    expect(compare.find((r) => r.id === 'hjo')).toEqual({ id: 'hjo', name: 'Hjo', other: hjoStored, current: 0, delta: -hjoStored });
    // Every member: the same change in both tabs.
    for (const row of compare) expect(row.delta).toBe(distribution.find((r) => r.id === row.id)?.delta);
    // The others share Hjo's part: the changes add up to 0, and they all pay more.
    expect(compare.reduce((acc, r) => acc + (r.delta ?? 0), 0)).toBe(0);
    expect(compare.filter((r) => r.id !== 'hjo').every((r) => (r.delta ?? 0) > 0)).toBe(true);
  });

  it('shows no change, rather than a change against 0, for a year the baseline does not cover', () => {
    const later = definitionWithDraft(inputs.definition, { ...draft, horizon: { from: 2027, to: 2028 } });
    const figures = computeWith(resolveInputs(inputs, later), {});
    const rows = chargeRows(figures, stored, 2027);
    expect(rows.filter((r) => r.charged)).toHaveLength(8);
    for (const row of rows) {
      expect(row.baseline).toBeNull();
      expect(row.delta).toBeNull();
    }
    expect(largestDeltas(rows, 10)).toEqual([]);
    for (const row of compareRows(figures, stored, 2027)) expect(row).toMatchObject({ other: null, delta: null });
  });
});
