import { describe, expect, it } from 'vitest';
import { AndelError } from '../../../src/shared/errors';
import { computeScenario, resolveScenario, validateKey } from '../../../src/shared/calc';

const key = (components: unknown[], extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'allocation', components, ...extra });
const okKey = key([{ type: 'equal', id: 'e', share: '15' }, { type: 'proportional', id: 'p', share: '85', metric: 'population' }]);
const scenario = (extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2017, to: 2017 }, key: okKey, costs: { byYear: { '2017': '1000' } }, ...extra });
const member = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, category: 'municipality', metrics: { population: { '2017': { value: 1000 } } }, ...extra });

function issuePath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AndelError);
    const err = e as AndelError;
    expect(err.code).toBe('INVALID_INPUT');
    return err.issues?.[0]?.path ?? '';
  }
  throw new Error('expected an error');
}

describe('bad keys and inputs name the field', () => {
  it('negative population', () => {
    expect(issuePath(() => resolveScenario(scenario(), { members: [member('a'), member('b', { metrics: { population: { '2017': { value: -5 } } } })] }))).toBe('facts.members[1].metrics.population.2017.value');
  });
  it('unknown metric', () => {
    const s = scenario({ key: key([{ type: 'proportional', id: 'p', share: '100', metric: 'loans' }]) });
    expect(issuePath(() => resolveScenario(s, { members: [member('a')] }))).toBe('facts.members[0].metrics.loans');
  });
  it('band gap', () => {
    const k = { ...okKey, family: 'fee-schedule', components: [{ type: 'banded', id: 'b', metric: 'population', bands: [{ from: 0, to: 7000, amount: '5000' }, { from: 7001, to: 15000, amount: '10000' }, { from: 15000, amount: '1' }] }] };
    expect(issuePath(() => validateKey(k))).toBe('components[0].bands[1].from');
  });
  it('band overlap', () => {
    const k = { ...okKey, family: 'fee-schedule', components: [{ type: 'banded', id: 'b', metric: 'population', bands: [{ from: 0, to: 7000, amount: '5000' }, { from: 7000, to: 15000, amount: '10000' }, { from: 14000, amount: '1' }] }] };
    expect(issuePath(() => validateKey(k))).toBe('components[0].bands[2].from');
  });
  it('shares not adding to 100 %', () => {
    expect(issuePath(() => validateKey(key([{ type: 'equal', id: 'e', share: '15' }, { type: 'proportional', id: 'p', share: '80', metric: 'population' }])))).toBe('components[1].share');
  });
  it('a date like 2018-06-31', () => {
    expect(issuePath(() => resolveScenario(scenario(), { members: [member('a', { joined: '2018-06-31' })] }))).toBe('facts.members[0].joined');
  });
  it('a leave date before the join date', () => {
    expect(issuePath(() => resolveScenario(scenario(), { members: [member('a', { joined: '2017-03-01', left: '2016-12-31' })] }))).toBe('facts.members[0].left');
    expect(issuePath(() => resolveScenario(scenario({ memberChanges: [{ member: 'a', left: '2010-01-01' }] }), { members: [member('a', { joined: '2016-01-01' })] }))).toBe('memberChanges[0].left');
  });
  it('a missing metric year, an unknown parameter, a bad rate and a pool not matching the unit', () => {
    expect(issuePath(() => resolveScenario(scenario({ horizon: { from: 2017, to: 2018 }, costs: { byYear: { '2017': '1', '2018': '1' } } }), { members: [member('a')] }))).toBe('facts.members[0].metrics.population.2018');
    expect(issuePath(() => resolveScenario(scenario({ parameters: { nope: '1' } }), { members: [member('a')] }))).toBe('parameters.nope');
    expect(issuePath(() => validateKey({ ...okKey, family: 'fee-schedule', components: [{ type: 'per-unit', id: 'r', metric: 'population', rate: '0,70' }] }))).toBe('components[0].rate');
    const bandRates = (rate: unknown) => ({ ...okKey, family: 'fee-schedule', parameters: { small: '0.70' }, components: [{ type: 'per-unit', id: 'r', metric: 'population', bands: [{ from: 0, to: 50000, rate: { param: 'small' } }, { from: 50000, rate }] }] });
    expect(issuePath(() => validateKey(bandRates({ param: 'large' })))).toBe('components[0].bands[1].rate.param');
    expect(issuePath(() => validateKey(bandRates('0,50')))).toBe('components[0].bands[1].rate');
    expect(() => validateKey(bandRates({ param: 'small' }))).not.toThrow();
    expect(issuePath(() => resolveScenario(scenario({ key: { ...okKey, rounding: { unit: '1', mode: 'half-up' } }, costs: { byYear: { '2017': '1000.50' } } }), { members: [member('a')] }))).toBe('costs.byYear.2017');
  });
  it('never computes with an observer-only pool', () => {
    expect(issuePath(() => computeScenario(resolveScenario(scenario(), { members: [member('a', { role: 'observer' })] })))).toBe('costs.byYear.2017');
  });
});
