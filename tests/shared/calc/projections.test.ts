/**
 * The resolve step says, as data, which metric values it projected by the scenario's growth rate
 * rather than read from the facts: for which year, from which known year, at what rate, for
 * which charge years and members. The Skaraborg facts hold populations for 2016 only, and the key
 * reads the population of the year before the charge year (yearOffset −1).
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario, withParameters, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../src/shared/calc';
import { demo } from '../../helpers/demo-keys';

const keys = [demo<KeyDefinitionInput>('skaraborg-9.key.json')];
const facts = demo<ScenarioFactsInput>('skaraborg-9.facts.json');
const base = demo<ScenarioDefinitionInput>('skaraborg-9.scenario.json');
// The eight paying municipalities; Falköping is an observer, charged nothing, so it needs no value.
const paying = ['gullspang', 'hjo', 'karlsborg', 'mariestad', 'skovde', 'tibro', 'tidaholm', 'toreboda'];

describe('projected metric values', () => {
  it('lists the projection of a 2027–2028 scenario on 2016 figures: ten and eleven years at 0.5 %/yr', () => {
    const resolved = resolveScenario({ ...base, horizon: { from: 2027, to: 2028 }, costs: { byYear: { '2027': '1000000', '2028': '1000000' } } }, facts, { keys });
    // Charge year 2027 reads the population of 2026 (2026 − 2016 = 10 years); 2028 reads 2027 (11 years).
    expect(resolved.projections).toEqual([
      { metric: 'population', year: 2026, fromYear: 2016, rate: '0.5', chargeYears: [2027], members: paying },
      { metric: 'population', year: 2027, fromYear: 2016, rate: '0.5', chargeYears: [2028], members: paying },
    ]);
    // The same facts as the members' metric arrays say (projected = true) for both years.
    for (const m of resolved.members.filter((x) => paying.includes(x.id))) expect(Object.values(m.metrics)[0]?.projected).toEqual([true, true]);
    // A parameter change keeps the same projections (the studio's slider path).
    expect(withParameters(resolved, { equalShare: '20' }).projections).toEqual(resolved.projections);
  });

  it('lists only the years without a known value: the demo 2017–2018 scenario projects 2017 from 2016', () => {
    const resolved = resolveScenario(base, facts, { keys });
    // 2017's charge reads 2016 (known); 2018's reads 2017, one year on from 2016.
    expect(resolved.projections).toEqual([{ metric: 'population', year: 2017, fromYear: 2016, rate: '0.5', chargeYears: [2018], members: paying }]);
  });

  it('lists nothing when every value is known', () => {
    const resolved = resolveScenario({ ...base, horizon: { from: 2017, to: 2017 }, costs: { byYear: { '2017': '1000000' } } }, facts, { keys });
    expect(resolved.projections).toEqual([]);
  });
});
