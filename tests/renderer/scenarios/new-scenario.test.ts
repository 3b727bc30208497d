import { describe, expect, it } from 'vitest';
import { scenarioDefinitionSchema } from '../../../src/shared/calc';
import { buildNewScenario, fieldOfIssue, horizonYears, scenarioIdFor, type NewScenarioForm } from '../../../src/renderer/src/features/scenarios/new-scenario';

const key = { id: 'skaraborg-9', version: 1, family: 'allocation', rounding: { unit: '1' } };
const now = new Date('2026-11-21T10:00:00Z');
const form = (over: Partial<NewScenarioForm> = {}): NewScenarioForm => ({
  name: 'Skaraborg 2019',
  from: 2019,
  to: 2019,
  costMode: 'byYear',
  costsByYear: { '2019': '500 000' },
  baseAmount: '',
  indexRate: '',
  growth: '',
  ...over,
});

describe('a new scenario from the dialog', () => {
  it('builds a valid schemaVersion 1 definition referring to the key by id and version', () => {
    const built = buildNewScenario(form({ growth: '0,5' }), key, 'SEK', 'sv', now);
    expect(built).toEqual({
      ok: true,
      definition: {
        schemaVersion: 1,
        id: `skaraborg-2019-${now.getTime().toString(36)}`,
        name: 'Skaraborg 2019',
        currency: 'SEK',
        horizon: { from: 2019, to: 2019 },
        key: { ref: 'skaraborg-9', version: 1 },
        costs: { byYear: { '2019': '500000' } },
        growth: { population: { rate: '0.5', mode: 'half-up' } },
      },
    });
    if (built.ok) expect(scenarioDefinitionSchema.safeParse(built.definition).success).toBe(true);
  });

  it('indexes a base amount with the key’s rounding unit, and reads amounts in the interface language', () => {
    const built = buildNewScenario(form({ to: 2021, costMode: 'indexed', baseAmount: '1,250,000.50', indexRate: '2.5 %' }), key, 'SEK', 'en', now);
    expect(built.ok && built.definition.costs).toEqual({ base: { year: 2019, amount: '1250000.5' }, indexRate: '2.5', rounding: { unit: '1', mode: 'half-up' } });
  });

  it('leaves costs out for a fee schedule', () => {
    const built = buildNewScenario(form({ costsByYear: {} }), { ...key, family: 'fee-schedule' }, 'SEK', 'sv', now);
    expect(built.ok && 'costs' in built.definition).toBe(false);
  });

  it('names the fields it refuses before asking the backend', () => {
    expect(buildNewScenario(form({ name: ' ', to: 2018 }), key, 'SEK', 'sv', now)).toEqual({ ok: false, errors: { name: 'validation.required', to: 'studio.new.toBeforeFrom' } });
    expect(buildNewScenario(form({ to: 2020, costsByYear: { '2019': 'mycket', '2020': '-5' } }), key, 'SEK', 'sv', now)).toEqual({
      ok: false,
      errors: { 'cost:2019': 'validation.amount', 'cost:2020': 'validation.positiveAmount' },
    });
    expect(buildNewScenario(form({ growth: 'x' }), null, 'SEK', 'sv', now)).toEqual({ ok: false, errors: { key: 'validation.required', growth: 'studio.new.rate' } });
  });

  it('places the backend’s issue paths beside the dialog’s fields', () => {
    expect(fieldOfIssue('definition.costs.byYear.2020', 'byYear')).toBe('cost:2020');
    expect(fieldOfIssue('definition.costs.byYear.2020', 'indexed')).toBe('baseAmount');
    expect(fieldOfIssue('definition.costs.indexRate', 'indexed')).toBe('indexRate');
    expect(fieldOfIssue('definition.horizon.to', 'byYear')).toBe('to');
    expect(fieldOfIssue('definition.key.ref', 'byYear')).toBe('key');
    expect(fieldOfIssue('definition.growth.population.rate', 'byYear')).toBe('growth');
    expect(fieldOfIssue('name', 'byYear')).toBe('name');
    expect(fieldOfIssue('definition.currency', 'byYear')).toBeNull();
  });

  it('lays out the horizon’s years, and makes ids from names', () => {
    expect(horizonYears(2019, '2021')).toEqual([2019, 2020, 2021]);
    expect(horizonYears(2019, 2018)).toEqual([]);
    expect(horizonYears('', 2018)).toEqual([]);
    expect(scenarioIdFor('Göteborg — 2027/28', now)).toMatch(/^goteborg-2027-28-[0-9a-z]+$/u);
    expect(scenarioIdFor('!!!', now)).toMatch(/^scenario-/u);
  });
});
