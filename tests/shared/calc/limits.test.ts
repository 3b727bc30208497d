// The largest amount the engine accepts (src/shared/calc/limits.ts, docs/key-format.md rule 7):
// 10^13 minor units. Exactly that is computed; one öre more is refused with INVALID_INPUT naming
// the field, in the catalogue's words (sv, nb, en) — for a cost, a fee's annual amount (rate ×
// metric) and a year's total of charges.
import { describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario } from '../../../src/shared/calc';
import { MAX_AMOUNT } from '../../../src/shared/calc/limits';
import { issuePlace, localizeError } from '../../../src/shared/errors';
import { refusal } from './helpers';

const member = (id: string, population: number) => ({ id, name: id, category: 'municipality', metrics: { population: { '2025': { value: population } } } });

function allocation(cost: string) {
  const key = {
    schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'allocation', rounding: { unit: '0.01', mode: 'half-up' },
    components: [{ type: 'equal', id: 'equal', share: '15' }, { type: 'proportional', id: 'population', share: 'rest', metric: 'population' }],
  };
  const definition = { schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 }, key, costs: { byYear: { '2025': cost } } };
  return computeScenario(resolveScenario(definition, { members: [member('a', 3), member('b', 7)] }));
}

function perUnit(rate: string, population: number, extra: Record<string, unknown> = {}) {
  const key = {
    schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' },
    components: [{ type: 'per-unit', id: 'media', metric: 'population', rate, ...extra }],
  };
  const definition = { schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 }, key };
  return computeScenario(resolveScenario(definition, { members: [member('a', population), member('b', 0)] }));
}

describe('the largest amount the engine accepts', () => {
  it('is 10^13 minor units: 100 000 000 000,00 kr', () => {
    expect(MAX_AMOUNT).toBe(10 ** 13);
  });

  it('computes a pool of exactly the largest amount, and the members pay all of it', () => {
    const result = allocation('100000000000.00');
    expect(result.totals[0]?.pool).toBe(10 ** 13);
    expect(result.totals[0]?.net).toBe(10 ** 13);
  });

  it('refuses a cost one öre past it, naming the field, in sv, nb and en', () => {
    const error = refusal(() => allocation('100000000000.01'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toBe('costs.byYear.2025');
    expect(error.issues?.[0]?.messageKey).toBe('error.limits.amountTooLarge');
    expect(error.message).toContain('costs.byYear.2025: the amount becomes larger than Andel computes exactly');
    const api = error.toApiError();
    expect(localizeError(api, 'sv').message).toContain('costs.byYear.2025: beloppet blir större än vad Andel räknar exakt');
    expect(localizeError(api, 'nb').message).toContain('costs.byYear.2025: beløpet blir større enn det Andel regner nøyaktig');
  });

  it('refuses a rate × metric past it (before pro rata), unless a cap holds the annual amount', () => {
    // 1 000 000 inhabitants × 100 000.00 kr = 10^11 kr = 10^13 öre: exactly the largest amount.
    expect(perUnit('100000', 1_000_000).members[0]?.years[0]?.net).toBe(10 ** 13);
    // One inhabitant more: 10^13 + 10^7 öre.
    const error = refusal(() => perUnit('100000', 1_000_001));
    expect(error.issues?.[0]?.path).toBe('key.components.media');
    expect(error.issues?.[0]?.messageKey).toBe('error.limits.amountTooLarge');
    // A cap of 5 000 kr per member holds it: 5 000,00 kr = 500 000 öre.
    expect(perUnit('100000', 1_000_001, { max: '5000' }).members[0]?.years[0]?.net).toBe(500_000);
    // Past 2^53 as well (10^12 inhabitants × 100 000 kr = 10^19 öre), the cap still holds.
    expect(perUnit('100000', 10 ** 12, { max: '5000' }).members[0]?.years[0]?.net).toBe(500_000);
  });

  it('refuses a year whose charges add up past it, though each member stays below', () => {
    // Two members of 600 000 inhabitants at 100 000 kr: 6·10^12 öre each, 1.2·10^13 öre together.
    const key = {
      schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' },
      components: [{ type: 'per-unit', id: 'media', metric: 'population', rate: '100000' }],
    };
    const definition = { schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 }, key };
    const error = refusal(() => computeScenario(resolveScenario(definition, { members: [member('a', 600_000), member('b', 600_000)] })));
    expect(error.issues?.[0]?.messageKey).toBe('error.limits.amountTooLarge');
    expect(error.issues?.[0]?.path).toBe('charges.2025');
    // The path stays the same in every language; the place is in the reader's words.
    expect(issuePlace(error.issues![0]!, 'sv')).toBe('avgifterna år 2025');
    expect(issuePlace(error.issues![0]!, 'en')).toBe('charges in 2025');
    expect(localizeError(error.toApiError(), 'sv').message).toMatch(/^avgifterna år 2025: beloppet blir större/u);
  });
});
