/**
 * compareWithBaseline / compareYear: the change is scenario − baseline (a member who leaves pays
 * less: a negative change), and only a year both cover is compared; a year the baseline lacks has
 * no change at all rather than a change against 0.
 *
 * The figures use the Skaraborg key with its equal share set to 100 %, so each charged member pays
 * the cost divided by the number of charged members — easy to work out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  compareYear,
  computeFigures,
  computeScenario,
  resolveScenario,
  type KeyDefinitionInput,
  type ScenarioDefinitionInput,
  type ScenarioFactsInput,
} from '../../../src/shared/calc';
import { demo } from '../../helpers/demo-keys';

const keys = [demo<KeyDefinitionInput>('skaraborg-9.key.json')];
const facts = demo<ScenarioFactsInput>('skaraborg-9.facts.json');
const base = demo<ScenarioDefinitionInput>('skaraborg-9.scenario.json');

function scenario(change: Partial<ScenarioDefinitionInput>) {
  const definition = { ...base, parameters: { equalShare: '100' }, ...change } as ScenarioDefinitionInput;
  const resolved = resolveScenario(definition, facts, { keys });
  return { result: computeScenario(resolved, { trail: false }), figures: computeFigures(resolved) };
}

// Eight paying municipalities (Falköping is an observer): 800 000 kr / 8 = 100 000 kr each in 2017,
// 700 000 kr / 8 = 87 500 kr each in 2018.
const baseline = scenario({ costs: { byYear: { '2017': '800000', '2018': '700000' } } });

describe('compareWithBaseline', () => {
  it('gives a member who leaves a negative change (scenario − baseline), the others a positive one', () => {
    // Hjo leaves at the end of 2017: in 2018 the seven others share 700 000 kr, 100 000 kr each.
    const leaving = scenario({ costs: { byYear: { '2017': '800000', '2018': '700000' } }, memberChanges: [{ member: 'hjo', left: '2017-12-31' }] });
    for (const [b, s] of [
      [baseline.result, leaving.result],
      [baseline.figures, leaving.figures],
    ] as const) {
      const cmp = compareWithBaseline(b, s);
      expect(cmp.comparedYears).toEqual([2017, 2018]);
      expect(cmp.yearsWithoutBaseline).toEqual([]);
      const hjo = cmp.members.find((m) => m.id === 'hjo');
      // 2017 unchanged; 2018: 0 − 87 500 kr = −8 750 000 öre.
      expect(hjo?.byYear).toEqual([
        { year: 2017, baseline: 10_000_000, scenario: 10_000_000, delta: 0 },
        { year: 2018, baseline: 8_750_000, scenario: 0, delta: -8_750_000 },
      ]);
      expect(hjo?.verdict).toBe('pays-less');
      expect(cmp.paysLess).toEqual(['hjo']);
      // 100 000 − 87 500 = +12 500 kr for each of the seven who stay.
      const skovde = cmp.members.find((m) => m.id === 'skovde');
      expect(skovde?.byYear[1]?.delta).toBe(1_250_000);
      expect(cmp.paysMore).toHaveLength(7);
      // The pool is the same: the changes cancel out (7 × 12 500 − 87 500 = 0).
      expect(cmp.totalDeltaByYear).toEqual([0, 0]);
    }
  });

  it('compares no year when the baseline covers other years, and says which ones it lacks', () => {
    // The same key ten years on: 2027–2028, population projected from 2016 by the scenario's 0.5 %/yr.
    const later = scenario({ horizon: { from: 2027, to: 2028 }, costs: { byYear: { '2027': '800000', '2028': '800000' } } });
    for (const [b, s] of [
      [baseline.result, later.result],
      [baseline.figures, later.figures],
    ] as const) {
      const cmp = compareWithBaseline(b, s);
      expect(cmp.years).toEqual([2017, 2018, 2027, 2028]);
      expect(cmp.comparedYears).toEqual([]);
      expect(cmp.yearsWithoutBaseline).toEqual([2027, 2028]);
      expect(cmp.paysMore).toEqual([]);
      expect(cmp.paysLess).toEqual([]);
      expect(cmp.totalDeltaByYear).toEqual([null, null, null, null]);
      const skovde = cmp.members.find((m) => m.id === 'skovde');
      expect(skovde?.totalDelta).toBe(0);
      expect(skovde?.verdict).toBe('unchanged');
      // 2027: 800 000 kr / 8 under the scenario, nothing to compare with.
      expect(skovde?.byYear.find((y) => y.year === 2027)).toEqual({ year: 2027, baseline: null, scenario: 10_000_000, delta: null });
      expect(skovde?.byYear.find((y) => y.year === 2017)).toEqual({ year: 2017, baseline: 10_000_000, scenario: null, delta: null });
    }
  });

  it('compares the years both cover when the horizons overlap in part', () => {
    const shifted = scenario({ horizon: { from: 2018, to: 2019 }, costs: { byYear: { '2018': '800000', '2019': '800000' } } });
    const cmp = compareWithBaseline(baseline.figures, shifted.figures);
    expect(cmp.comparedYears).toEqual([2018]);
    expect(cmp.yearsWithoutBaseline).toEqual([2019]);
    // 2018: 100 000 − 87 500 = +12 500 kr for each of the eight; 2019 is not compared.
    for (const m of cmp.members.filter((x) => x.id !== 'falkoping')) expect(m.totalDelta).toBe(1_250_000);
    expect(cmp.totalDeltaByYear).toEqual([null, 8 * 1_250_000, null]);
  });
});

describe('compareYear', () => {
  it('has a change only where both cover the year, and none without a baseline', () => {
    const later = scenario({ horizon: { from: 2027, to: 2028 }, costs: { byYear: { '2027': '800000', '2028': '800000' } } });
    const noBaseline = compareYear(baseline.figures, later.figures, 2027);
    expect(noBaseline.get('hjo')).toEqual({ year: 2027, name: 'Hjo', baseline: null, scenario: 10_000_000, delta: null });
    expect(compareYear(null, later.figures, 2027).get('hjo')?.delta).toBeNull();
    expect(compareYear(baseline.figures, baseline.figures, 2018).get('hjo')).toEqual({ year: 2018, name: 'Hjo', baseline: 8_750_000, scenario: 8_750_000, delta: 0 });
  });
});
