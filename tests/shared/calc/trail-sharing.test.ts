/**
 * computeScenario with every trail shares the trails' equal parts (metric, band, pro rata,
 * override objects) between charges: each trail must still read exactly as the one explainCharge
 * builds on its own for that member-year, and sharing must be only between equal values.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario, explainCharge, resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../src/shared/calc';
import { demo } from '../../helpers/demo-keys';

const keys = [demo<KeyDefinitionInput>('skaraborg-9.key.json')];
const facts = demo<ScenarioFactsInput>('skaraborg-9.facts.json');
const base = demo<ScenarioDefinitionInput>('skaraborg-9.scenario.json');

describe('trails of a whole computation', () => {
  it('read the same as each member-year explained alone, over an eight-year horizon with joins and projections', () => {
    const byYear: Record<string, string> = {};
    for (let y = 2017; y <= 2024; y++) byYear[String(y)] = String(1000000 + 1000 * (y - 2017));
    const resolved = resolveScenario({ ...base, horizon: { from: 2017, to: 2024 }, costs: { byYear } }, facts, { keys });
    const result = computeScenario(resolved, { trail: true });
    let trails = 0;
    for (const m of result.members) {
      for (const y of m.years) {
        const alone = explainCharge(resolved, m.id, y.year);
        expect(JSON.parse(JSON.stringify(y))).toEqual(JSON.parse(JSON.stringify(alone)));
        trails += y.components.filter((c) => c.trail !== null).length;
      }
    }
    // Nine members over eight years, at least one trail for each charged member-year.
    expect(trails).toBeGreaterThanOrEqual(result.members.filter((m) => m.years.some((y) => y.charged)).length);
    // Without trails the numbers are the same.
    const plain = computeScenario(resolved);
    expect(plain.members.map((m) => m.years.map((y) => y.components.map((c) => c.amount)))).toEqual(result.members.map((m) => m.years.map((y) => y.components.map((c) => c.amount))));
  });
});
