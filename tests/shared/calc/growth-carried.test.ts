/**
 * Growth is carried forward year by year: a projected value continues from the previous projected
 * year, each year's step rounded (half-up, to a whole unit) as the rules say. The expected values
 * are compounded here by hand in integer arithmetic, independently of the engine, over a 20-year
 * horizon, including a known value in the middle from which projection restarts.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../src/shared/calc';
import { demo } from '../../helpers/demo-keys';

const keys = [demo<KeyDefinitionInput>('skaraborg-9.key.json')];
const facts = demo<ScenarioFactsInput>('skaraborg-9.facts.json');
const base = demo<ScenarioDefinitionInput>('skaraborg-9.scenario.json');

/** One year's growth at 0.5 %: v × 1.005 rounded half-up to a whole unit: floor((2 × v × 1005 + 1000) / 2000). */
function step(v: bigint): bigint {
  return (2n * v * 1005n + 1000n) / 2000n;
}

describe('growth carried forward', () => {
  it('projects 2017–2035 from 2016 (0.5 %/yr), restarting from a known 2025 value, the same as compounding each year by hand', () => {
    const from = 2017;
    const to = 2036;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const costs: Record<string, string> = {};
    for (const y of years) costs[String(y)] = '1000000';
    // Hjo gets a known 2025 population: the years after it grow from there, not from 2016.
    const withKnown: ScenarioFactsInput = {
      ...facts,
      members: (facts.members ?? []).map((m) =>
        m.id === 'hjo' ? { ...m, metrics: { population: { ...(m.metrics?.population ?? {}), '2025': { value: 9000, referenceDate: '2025-12-31' } } } } : m,
      ),
    };
    const resolved = resolveScenario({ ...base, horizon: { from, to }, costs: { byYear: costs } }, withKnown, { keys });
    const growthRate = (base as { growth?: Record<string, { rate: string }> }).growth?.population?.rate;
    expect(growthRate).toBe('0.5');
    for (const id of ['gullspang', 'hjo']) {
      const member = resolved.members.find((m) => m.id === id);
      const fact = (facts.members ?? []).find((m) => m.id === id);
      const metric = Object.values(member?.metrics ?? {})[0];
      // Charge year y reads the population of y − 1: 2016 … 2035.
      let v = BigInt((fact?.metrics?.population?.['2016'] as { value: number }).value);
      const expected: number[] = [];
      const projected: boolean[] = [];
      for (let target = 2016; target <= 2035; target++) {
        if (target === 2016) {
          projected.push(false);
        } else if (id === 'hjo' && target === 2025) {
          v = 9000n;
          projected.push(false);
        } else {
          v = step(v);
          projected.push(true);
        }
        expected.push(Number(v));
      }
      expect(metric?.values).toEqual(expected);
      expect(metric?.projected).toEqual(projected);
    }
    // Hjo's 2026 value grows one year from 9000: 9000 × 1.005 = 9045.
    expect(Object.values(resolved.members.find((m) => m.id === 'hjo')?.metrics ?? {})[0]?.values[10]).toBe(9045);
  });
});
