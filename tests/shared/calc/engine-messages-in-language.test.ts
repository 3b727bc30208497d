/**
 * Every refusal of the engine reads in the reader's language. A table of bad keys, scenarios,
 * facts, budgets and staff periods goes through the engine's public entries (resolveScenario,
 * computeScenario, explainCharge, validateKey, sweepParameter, computeBudget, computeStaffCost,
 * allocate) and, for the few refusals the schemas already keep out, the parsing helpers the
 * engine calls. Each refusal must carry a catalogue key on the error and on every issue; in
 * Swedish and Norwegian no message equals the English one and none holds an English word; in
 * English the text is the engine's wording as the CLI has always printed it. Together the cases
 * must reach every `error.engine.*` message, so a new message without a case fails here.
 */
import { describe, expect, it } from 'vitest';
import { allocate, computeBudget, computeScenario, computeStaffCost, currencyExponent, explainCharge, resolveScenario, sweepParameter, validateKey } from '../../../src/shared/calc';
import { parseDate } from '../../../src/shared/calc/dates';
import { parseDecimal, parseMoney, parseRate } from '../../../src/shared/calc/decimal';
import { roundRatioBig } from '../../../src/shared/calc/exact';
import { localizeError, type ApiError } from '../../../src/shared/errors';
import { engineMessages } from '../../../src/shared/i18n/messages.engine';
import type { MessageLanguage } from '../../../src/shared/i18n/translate';
import { refusal } from './helpers';

const equal = { type: 'equal', id: 'lika', share: '15' };
const byPopulation = { type: 'proportional', id: 'folk', share: '85', metric: 'population' };
const key = (components: unknown[], extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'allocation', components, ...extra });
const fees = (components: unknown[], extra: Record<string, unknown> = {}) => key(components, { family: 'fee-schedule', ...extra });
const okKey = key([equal, byPopulation]);
const banded = (bands: unknown[]) => fees([{ type: 'banded', id: 'b', metric: 'population', bands }]);
const perUnit = (extra: Record<string, unknown>) => fees([{ type: 'per-unit', id: 'r', metric: 'population', ...extra }]);
const scenario = (extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2017, to: 2017 }, key: okKey, costs: { byYear: { '2017': '1000' } }, ...extra });
const member = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, category: 'municipality', metrics: { population: { '2017': { value: 1000 } } }, ...extra });
const two = { members: [member('a'), member('b')] };
const resolve = (extra: Record<string, unknown>, facts: unknown = two) => () => resolveScenario(scenario(extra), facts as never);
const compute = (extra: Record<string, unknown>, facts: unknown = two) => () => computeScenario(resolveScenario(scenario(extra), facts as never));
const subsidy = (extra: Record<string, unknown>) => ({ id: 'bidrag', funder: 'Regionen', component: 'lika', share: '50', ...extra });
const adjustment = (extra: Record<string, unknown>) => ({ id: 'just', kind: 'surcharge', members: ['a'], percent: '10', reason: 'beslut', ...extra });
const staff = (periods: unknown[], extra: Record<string, unknown> = {}) => () => computeStaffCost({ annualCost: 600_000_00, periods, proRata: 'day', ...extra } as never);
const huge = 2 ** 52;

/** Each bad input, what it is, and the thunk that the engine refuses. */
const cases: [string, () => unknown][] = [
  // The schemas' own issues, one and several.
  ['a share that is not a decimal', () => validateKey(key([{ ...equal, share: '15 %' }, byPopulation]))],
  ['two bad fields', () => validateKey(key([{ ...equal, share: 'x' }, { ...byPopulation, share: 'y' }]))],
  // Bands.
  ['a first band from 5', () => validateKey(banded([{ from: 5, to: 7000, amount: '1' }, { from: 7000, amount: '2' }]))],
  ['an open band before the last', () => validateKey(banded([{ from: 0, amount: '1' }, { from: 7000, amount: '2' }]))],
  ['a band gap', () => validateKey(banded([{ from: 0, to: 7000, amount: '1' }, { from: 7001, amount: '2' }]))],
  ['a band overlap', () => validateKey(banded([{ from: 0, to: 7000, amount: '1' }, { from: 6000, amount: '2' }]))],
  ['a band ending before it starts', () => validateKey(banded([{ from: 0, to: 0, amount: '1' }, { from: 0, amount: '2' }]))],
  ['a closed last band', () => validateKey(banded([{ from: 0, to: 7000, amount: '1' }, { from: 7000, to: 9000, amount: '2' }]))],
  ['a banded fee with a rate', () => validateKey(banded([{ from: 0, rate: '1' }]))],
  ['a marginal band with an amount', () => validateKey(perUnit({ bandMode: 'marginal', bands: [{ from: 0, amount: '1' }] }))],
  ['a band with a rate and an amount', () => validateKey(perUnit({ bands: [{ from: 0, rate: '1', amount: '1' }] }))],
  // The key's own rules.
  ['a rounding unit of 0', () => validateKey(key([equal, byPopulation], { rounding: { unit: '0', mode: 'half-up' } }))],
  ['an unknown parameter', () => validateKey(key([{ ...equal, share: { param: 'saknas' } }, byPopulation]))],
  ['a floor above the cap', () => validateKey(perUnit({ rate: '1', min: '100', max: '50' }))],
  ['rate steps going back', () => validateKey(perUnit({ rate: '1', rateFrom: [{ fromYear: 2027, rate: '2' }, { fromYear: 2026, rate: '3' }] }))],
  ['a per-unit fee without a rate', () => validateKey(perUnit({}))],
  ['marginal charging without bands', () => validateKey(perUnit({ rate: '1', bandMode: 'marginal' }))],
  ['a category fee naming no category', () => validateKey(fees([{ type: 'category', id: 'c', amounts: {} }]))],
  ['join by day, leave by month', () => validateKey(key([equal, byPopulation], { proRata: { join: 'day', leave: 'month' } }))],
  ['a subsidy of a missing component', () => validateKey(key([equal, byPopulation], { subsidies: [subsidy({ component: 'saknas' })] }))],
  ['a subsidy with neither share nor amount', () => validateKey(key([equal, byPopulation], { subsidies: [subsidy({ share: undefined })] }))],
  ['a subsidy of 150 %', () => validateKey(key([equal, byPopulation], { subsidies: [subsidy({ share: '150' })] }))],
  ['an offer window ending before it starts', () => validateKey(key([equal, byPopulation], { subsidies: [subsidy({ eligibility: { joinedFrom: '2022-01-01', joinedTo: '2021-12-31' } })] }))],
  ['two subsidies with one id', () => validateKey(key([equal, byPopulation], { subsidies: [subsidy({}), subsidy({})] }))],
  ['two components with one id', () => validateKey(key([equal, { ...byPopulation, id: 'lika' }]))],
  ['an equal share in a fee schedule', () => validateKey(fees([equal]))],
  ['a proportional share in a fee schedule', () => validateKey(fees([byPopulation]))],
  ['two components taking the rest', () => validateKey(key([{ ...equal, share: 'rest' }, { ...byPopulation, share: 'rest' }]))],
  ['an override without a condition', () => validateKey(fees([{ type: 'fixed', id: 'f', amount: '1' }, { type: 'override', id: 'o', when: {}, replaces: ['f'], with: { type: 'fixed', id: 'g', amount: '2' } }]))],
  ['an override metric without a limit', () => validateKey(fees([{ type: 'fixed', id: 'f', amount: '1' }, { type: 'override', id: 'o', when: { metric: 'population' }, replaces: ['f'], with: { type: 'fixed', id: 'g', amount: '2' } }]))],
  ['an override replacing no fee', () => validateKey(fees([{ type: 'fixed', id: 'f', amount: '1' }, { type: 'override', id: 'o', when: { metric: 'population', above: 5 }, replaces: ['saknas'], with: { type: 'fixed', id: 'g', amount: '2' } }]))],
  ['an allocation key without a share of the pool', () => validateKey(key([{ type: 'fixed', id: 'f', amount: '1' }]))],
  ['shares over 100 % before the rest', () => validateKey(key([{ ...equal, share: '60' }, { ...byPopulation, share: '50' }, { ...byPopulation, id: 'rest', share: 'rest' }]))],
  ['shares of 95 %', () => validateKey(key([equal, { ...byPopulation, share: '80' }]))],
  // Numbers, dates and currencies.
  ['a cost with three decimals', resolve({ costs: { byYear: { '2017': '1000.505' } } })],
  ['a negative cost', resolve({ costs: { byYear: { '2017': '-5' } } })],
  ['a negative rate', () => validateKey(perUnit({ rate: '-1' }))],
  ['a negative share', () => validateKey(key([{ ...equal, share: '-5' }, { ...byPopulation, share: 'rest' }]))],
  ['a share of 27 digits', () => validateKey(key([{ ...equal, share: '999999999999999.999999999999' }, byPopulation]))],
  ['a date that does not exist', resolve({}, { members: [member('a', { joined: '2018-06-31' })] })],
  ['text that is not a decimal', () => parseDecimal('femton', 'share')],
  ['an amount too large in minor units', () => parseMoney('900719925474099', 2, 'amount')],
  ['a rate too large in minor units', () => parseRate('900719925474099', 2, 'rate')],
  ['a date with slashes', () => parseDate('2017/01/01', 'joined')],
  ['a currency in lower case', () => currencyExponent('sek')],
  ['a quotient beyond 2^53', () => roundRatioBig(10n ** 30n, 1n, { unit: 1, mode: 'half-up' }, 'costs.byYear.2017')],
  // The scenario and its facts.
  ['a key that is not there', resolve({ key: { ref: 'saknas' } })],
  ['a key version that is not there', resolve({ key: { ref: 'saknas', version: 2 } })],
  ['a cost outside the horizon', resolve({ costs: { byYear: { '2017': '1', '2030': '1' } } })],
  ['a year without a cost', resolve({ horizon: { from: 2017, to: 2018 }, costs: { byYear: { '2017': '1' } } })],
  ['a base year after the first year', resolve({ costs: { base: { year: 2020, amount: '1000' }, indexRate: '2' } })],
  ['funding outside the horizon', resolve({ funding: [{ source: 'Staten', byYear: { '2030': { amount: '1', status: 'secured' } } }] })],
  ['two members with one id', resolve({}, { members: [member('a'), member('a')] })],
  ['a change of a member that is not there', resolve({ memberChanges: [{ member: 'saknas', left: '2017-06-30' }] })],
  ['invoiced via a member that is not there', resolve({}, { members: [member('a', { invoicedVia: 'saknas' }), member('b')] })],
  ['a metric no member has', resolve({ key: key([{ ...byPopulation, share: '100', metric: 'lan' }]) })],
  ['a metric a member without metrics lacks', resolve({ key: key([{ ...byPopulation, share: '100' }]) }, { members: [member('a', { metrics: {} })] })],
  ['a value dated otherwise than the key reads it', resolve({ key: key([{ ...byPopulation, share: '100', metric: { name: 'population', asOf: '12-31' } }]) }, { members: [member('a', { metrics: { population: { '2017': { value: 5, referenceDate: '2017-06-30' } } } })] })],
  ['a missing year, with growth but nothing earlier', resolve({ growth: { population: { rate: '1' } } }, { members: [member('a', { metrics: { population: { '2018': { value: 5 } } } })] })],
  ['a missing year without growth', resolve({ horizon: { from: 2017, to: 2018 }, costs: { byYear: { '2017': '1', '2018': '1' } } })],
  ['a horizon ending before it starts', resolve({ horizon: { from: 2018, to: 2017 } })],
  ['a horizon of 61 years', resolve({ horizon: { from: 2000, to: 2060 } })],
  ['a leave before the join', resolve({}, { members: [member('a', { joined: '2017-03-01', left: '2016-12-31' })] })],
  ['a parameter the key does not have', resolve({ key: key([equal, byPopulation], { parameters: { lika: '15' } }), parameters: { saknas: '1' } })],
  ['a parameter of a key without parameters', resolve({ parameters: { saknas: '1' } })],
  ['an adjustment of a member that is not there', resolve({ adjustments: [adjustment({ members: ['saknas'] })] })],
  ['an adjustment naming a member twice', resolve({ adjustments: [adjustment({ members: ['a', 'a'] })] })],
  ['an adjustment without percent or amount', resolve({ adjustments: [adjustment({ percent: undefined })] })],
  ['a discount of 150 %', resolve({ adjustments: [adjustment({ kind: 'discount', percent: '150' })] })],
  ['two adjustments with one id', resolve({ adjustments: [adjustment({}), adjustment({})] })],
  ['an allocation key without costs', resolve({ costs: undefined })],
  ['funding above the cost', resolve({ poolBasis: 'costs-less-external-funding', funding: [{ source: 'Staten', byYear: { '2017': { amount: '2000', status: 'secured' } } }] })],
  ['a pool that is no multiple of the key\'s unit', resolve({ key: key([equal, byPopulation], { rounding: { unit: '1', mode: 'half-up' } }), costs: { byYear: { '2017': '1000.50' } } })],
  // Sharing a pool.
  ['only observers', compute({}, { members: [member('a', { role: 'observer' })] })],
  ['populations too large to add up', compute({}, { members: [member('a', { metrics: { population: { '2017': { value: huge } } } }), member('b', { metrics: { population: { '2017': { value: huge } } } })] })],
  ['a population of zero everywhere', compute({ key: key([{ ...byPopulation, share: '100' }]) }, { members: [member('a', { metrics: { population: { '2017': { value: 0 } } } })] })],
  ['populations too large to weigh by days', compute({ key: key([{ ...byPopulation, share: '100' }], { proRata: { join: 'day', leave: 'day' } }) }, { members: [member('a', { joined: '2017-03-01', metrics: { population: { '2017': { value: huge } } } })] })],
  ['allocate: a pool no multiple of the unit', () => allocate(5, 2, ['a'], [{ share: { n: 1, d: 1 }, weights: [1], path: 'lika' }])],
  ['allocate: weights too large', () => allocate(100, 1, ['a', 'b'], [{ share: { n: 1, d: 1 }, weights: [huge, huge], path: 'folk' }])],
  ['allocate: weights of zero', () => allocate(100, 1, ['a'], [{ share: { n: 1, d: 1 }, weights: [0], path: 'folk' }])],
  ['allocate: nobody to pay', () => allocate(100, 1, [], [])],
  // One member-year, a sweep, a budget, staff costs.
  ['explaining a member that is not there', () => explainCharge(resolveScenario(scenario(), two as never), 'saknas', 2017)],
  ['explaining a year outside the horizon', () => explainCharge(resolveScenario(scenario(), two as never), 'a', 2030)],
  ['sweeping a parameter the key does not have', () => sweepParameter(resolveScenario(scenario(), two as never), 'saknas', ['1'])],
  ['a budget line of half an öre', () => computeBudget([{ id: 'x', label: 'x', kind: 'revenue', amount: 0.5 }])],
  ['a negative revenue', () => computeBudget([{ id: 'x', label: 'x', kind: 'revenue', amount: -5 }])],
  ['a positive cost', () => computeBudget([{ id: 'x', label: 'x', kind: 'other-cost', amount: 5 }])],
  ['a negative annual cost', staff([{ from: '2025-01-01', to: '2025-12-31', share: '50' }], { annualCost: -1 })],
  ['a period ending before it starts', staff([{ from: '2025-06-01', to: '2025-05-31', share: '50' }])],
  ['overlapping periods', staff([{ from: '2025-01-01', to: '2025-06-30', share: '50' }, { from: '2025-06-30', to: '2025-12-31', share: '30' }])],
  ['a month period starting on the 2nd', staff([{ from: '2025-01-02', to: '2025-06-30', share: '50' }], { proRata: 'month' })],
  ['a month period ending on the 29th', staff([{ from: '2025-01-01', to: '2025-06-29', share: '50' }], { proRata: 'month' })],
];

/** The messages only reached through what the schemas already refuse (yearOf reads keys the schema holds to four digits). */
const keptOutBySchemas = new Set(['error.engine.notYear']);
/** Words, not messages: parameters of the messages above. */
const words = new Set(['error.engine.word.theKey', 'error.engine.word.noMetrics']);

/**
 * English words that have no business in a Swedish or Norwegian sentence (none is a word of
 * either language: "for", "to", "over", "under", "per" and "har" are left out for that reason).
 */
const ENGLISH = /\b(the|is|are|not|must|of|and|or|no|with|be|an|has|have|than|only|give|there|this|cannot|may|needs?|before|after|between|too|large|values?|amount|members?|key|bands?|shares?|pool|years?|rate|unknown|duplicate|outside|horizon|exceeds|written|whole|number|minor|units?|metric|category|percent|discount|component|floor|cap|window|offer|given|got|expected)\b/iu;

/** Paths (`key.components[0].metric`) are the engine's names for fields, the same in every language: not words to translate. */
const PATH = /[A-Za-z][\w-]*(?:\[\d+\]|\.[\w-]+)+/gu;
const text = (message: string, path = ''): string => (path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message).replace(PATH, '');

describe('the engine refuses in the reader\'s language', () => {
  const refused = cases.map(([label, thunk]) => ({ label, error: refusal(thunk) }));

  it('every refusal carries a catalogue key, on the error and on each issue', () => {
    const missing = refused.filter(({ error }) => !error.messageKey || (error.issues ?? []).some((found) => !found.messageKey)).map(({ label, error }) => `${label}: ${error.message}`);
    expect(missing).toEqual([]);
  });

  it('in Swedish and Norwegian, no message equals the English one and none holds an English word', () => {
    const problems: string[] = [];
    for (const { label, error } of refused) {
      const english = error.toApiError();
      for (const lang of ['sv', 'nb'] as MessageLanguage[]) {
        const local: ApiError = localizeError(english, lang);
        if (local.message === english.message) problems.push(`${label} [${lang}]: message untranslated: ${local.message}`);
        if (ENGLISH.test(text(local.message, english.issues?.[0]?.path))) problems.push(`${label} [${lang}]: ${local.message}`);
        (local.issues ?? []).forEach((found, i) => {
          if (found.message === english.issues?.[i]?.message) problems.push(`${label} [${lang}]: issue untranslated: ${found.message}`);
          if (ENGLISH.test(text(found.message))) problems.push(`${label} [${lang}]: issue ${found.message}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('in English, the message is "path: words" as before, for the CLI and the logs', () => {
    // Written by hand from the engine's wording before the messages moved to the catalogue.
    const byLabel = new Map(refused.map(({ label, error }) => [label, error.message]));
    expect(byLabel.get('a band gap')).toBe('components[0].bands[1].from: gap between 7000 and 7001: values there have no band');
    expect(byLabel.get('shares of 95 %')).toBe('components[1].share: the shares of the pool add up to 95 %, not 100 %');
    expect(byLabel.get('a metric a member without metrics lacks')).toBe('facts.members[0].metrics.population: unknown metric "population" (read by key.components[0].metric); this member has no metrics');
    expect(byLabel.get('a parameter the key does not have')).toBe('parameters.saknas: unknown parameter "saknas"; the key has lika');
    expect(byLabel.get('a missing year without growth')).toBe('facts.members[0].metrics.population.2018: no population value for 2018 (needed by key.components[1].metric for 2018); add it or give the scenario a growth rate for this metric');
    expect(byLabel.get('a date that does not exist')).toBe('facts.members[0].joined: 2018-06-31 is not a calendar date (month 06 has no day 31 in 2018)');
    expect(byLabel.get('two bad fields')).toMatch(/^components\[0\]\.share: expected a decimal number as text, e\.g\. "0\.70" or "15" \(and 1 more\)$/u);
    expect(byLabel.get('only observers')).toBe('costs.byYear.2017: no paying members in 2017 to share the pool (observers are left out)');
  });

  it('the Swedish words of a few, checked by hand', () => {
    const sv = (label: string): string => localizeError(refused.find((r) => r.label === label)!.error.toApiError(), 'sv').message;
    expect(sv('a band gap')).toBe('components[0].bands[1].from: lucka mellan 7000 och 7001: värden där saknar intervall');
    expect(sv('shares of 95 %')).toBe('components[1].share: andelarna blir 95 %, inte 100 %');
    expect(sv('a metric a member without metrics lacks')).toBe('facts.members[0].metrics.population: okänt mått ”population” (läses av key.components[0].metric); den här medlemmen har inga mått');
    // The engine schema's own pattern, as specific as the English "expected a decimal number as text, …".
    expect(sv('two bad fields')).toBe('components[0].share: är inget decimaltal skrivet som text, t.ex. ”0.70” eller ”15” (och 1 till)');
  });

  it('a pool component in one year: the path stays machine-stable, the place reads in the language (no English "in")', () => {
    const zero = refused.find((r) => r.label === 'a population of zero everywhere')!.error;
    // The first pool component (index 0) in the horizon's first year, 2017.
    expect(zero.issues?.[0]?.path).toBe('key.components[0].2017');
    expect(zero.message.startsWith('key.components[0] in 2017: ')).toBe(true);
    expect(localizeError(zero.toApiError(), 'sv').message.startsWith('key.components[0] år 2017: ')).toBe(true);
    expect(localizeError(zero.toApiError(), 'nb').message.startsWith('key.components[0] i 2017: ')).toBe(true);
  });

  it('the cases reach every message of the engine', () => {
    const reached = new Set<string>();
    for (const { error } of refused) {
      if (error.messageKey) reached.add(error.messageKey);
      for (const found of error.issues ?? []) if (found.messageKey) reached.add(found.messageKey);
    }
    const unreached = Object.keys(engineMessages).filter((k) => !reached.has(k) && !keptOutBySchemas.has(k) && !words.has(k));
    expect(unreached).toEqual([]);
  });
});
