/**
 * parameterUsers(key, name): the components that write `{ "param": name }` somewhere, read from the
 * key's structure (docs/key-format.md), and whether the parameter is the component's share.
 */
import { describe, expect, it } from 'vitest';
import { keySchema, parameterUsers } from '../../../src/shared/calc';

// A fee schedule would not take shares, so two keys: an allocation (shares) and a fee schedule (rates in bands).
const allocation = keySchema.parse({
  schemaVersion: 1,
  id: 'users',
  version: 1,
  name: 'parameter users',
  family: 'allocation',
  parameters: { equalShare: '15', other: '5' },
  rounding: { unit: '1', mode: 'half-up' },
  proRata: { join: 'none', leave: 'none' },
  components: [
    { type: 'equal', id: 'equal', label: 'Lika', share: { param: 'equalShare' } },
    { type: 'proportional', id: 'population', share: 'rest', metric: 'population' },
  ],
  subsidies: [],
});

const fees = keySchema.parse({
  schemaVersion: 1,
  id: 'rates',
  version: 1,
  name: 'marginal rates',
  family: 'fee-schedule',
  parameters: { rateBase: '25', rateAbove: '12.5', equalShare: '10' },
  rounding: { unit: '1', mode: 'half-up' },
  proRata: { join: 'none', leave: 'none' },
  components: [
    { type: 'per-unit', id: 'inhabitants', metric: 'population', bandMode: 'marginal', bands: [{ from: 0, to: 150000, rate: { param: 'rateBase' } }, { from: 150000, rate: { param: 'rateAbove' } }] },
    { type: 'fixed', id: 'base', label: 'Grundavgift', amount: '1000' },
  ],
  subsidies: [],
});

describe('parameterUsers', () => {
  it('finds the component whose share is the parameter, and says it is a share', () => {
    const uses = parameterUsers(allocation, 'equalShare');
    expect(uses.map((u) => [u.component.id, u.asShare])).toEqual([['equal', true]]);
  });

  it('finds a parameter nested in a band rate, not as a share', () => {
    expect(parameterUsers(fees, 'rateAbove').map((u) => [u.component.id, u.asShare])).toEqual([['inhabitants', false]]);
    expect(parameterUsers(fees, 'rateBase').map((u) => u.component.id)).toEqual(['inhabitants']);
  });

  it('finds nothing for a parameter no component refers to, nor for a prefix of a used name', () => {
    expect(parameterUsers(allocation, 'other')).toEqual([]);
    expect(parameterUsers(fees, 'equalShare')).toEqual([]);
    expect(parameterUsers(fees, 'rate')).toEqual([]);
  });
});
