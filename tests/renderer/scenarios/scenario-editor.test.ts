/**
 * The scenario editor's form and the stored definition, both ways: every demo scenario survives
 * form → definition unchanged; typed Swedish and English text becomes the definition's decimal
 * text; each refusal (the editor's own, the schema's, the engine's, the backend's) lands at the
 * field it is about; and the balance with "only secured funding" shows the uncertain money missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures, resolveScenario, scenarioDefinitionSchema, type ScenarioDefinitionInput } from '../../../src/shared/calc';
import { editorBalance } from '../../../src/renderer/src/features/scenarios/scenario-editor/editor-balance';
import { definitionOf, editorYears, fieldOfPath, formOf, placeIssues, type EditorForm } from '../../../src/renderer/src/features/scenarios/scenario-editor/editor-form';
import { fundingRowFromBudget } from '../../../src/renderer/src/features/scenarios/scenario-editor/budget-funding';

interface DemoDocument {
  scenarios: { name: string; definition: ScenarioDefinitionInput }[];
  distributionKeys: { definition: { id: string } & Record<string, unknown> }[];
}
const demo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/demo/demo-workspace.json'), 'utf8')) as DemoDocument;
const skaraborgKey = demo.distributionKeys.find((k) => k.definition.id === 'skaraborg-9')?.definition;
if (!skaraborgKey) throw new Error('the demo has no skaraborg-9 key');

/** Two municipalities: A with 30 000 inhabitants, B with 10 000 (31 Dec 2018, read for 2019). */
const facts = {
  members: [
    { id: 'a', name: 'A kommun', category: 'municipality', metrics: { population: { '2018': { value: 30_000 } } } },
    { id: 'b', name: 'B kommun', category: 'municipality', metrics: { population: { '2018': { value: 10_000 } } } },
  ],
};
const engine = { facts, keys: [skaraborgKey] };

const base: ScenarioDefinitionInput = {
  schemaVersion: 1,
  id: 'test-2019',
  name: 'Test 2019',
  currency: 'SEK',
  horizon: { from: 2019, to: 2019 },
  key: { ref: 'skaraborg-9', version: 1 },
  costs: { byYear: { '2019': '1000000' } },
};

const formFor = (over: Partial<EditorForm> = {}, language: 'sv' | 'en' = 'sv'): EditorForm => ({ ...formOf(base, language), ...over });

describe('the editor form and the scenario definition', () => {
  it('gives back every demo scenario unchanged (as the schema reads it) when nothing is edited', () => {
    for (const scenario of demo.scenarios) {
      for (const language of ['sv', 'nb', 'en'] as const) {
        const built = definitionOf(formOf(scenario.definition, language), scenario.definition, language);
        expect(built.ok, `${scenario.name} (${language})`).toBe(true);
        if (built.ok) expect(scenarioDefinitionSchema.parse(built.definition), scenario.name).toEqual(scenarioDefinitionSchema.parse(scenario.definition));
      }
    }
  });

  it('lays amounts and rates out in the person’s language', () => {
    const definition: ScenarioDefinitionInput = {
      ...base,
      costs: { base: { year: 2019, amount: '1250000.5' }, indexRate: '2.5' },
      growth: { population: { rate: '0.5' } },
      funding: [{ source: 'Staten', byYear: { '2019': { amount: '300000.25', status: 'uncertain' } } }],
    };
    const sv = formOf(definition, 'sv');
    expect(sv).toMatchObject({ costMode: 'indexed', baseYear: '2019', baseAmount: '1250000,5', indexRate: '2,5', growth: '0,5' });
    expect(sv.funding).toEqual([{ source: 'Staten', kind: 'external', budgetSource: null, years: { '2019': { amount: '300000,25', status: 'uncertain' } } }]);
    expect(formOf(definition, 'en')).toMatchObject({ baseAmount: '1250000.5', indexRate: '2.5' });
  });

  it('turns typed text into the definition: costs, pool basis, growth, changes, members only here, funding', () => {
    const form = formFor({
      to: '2020',
      costsByYear: { '2019': '1 000 000', '2020': '1 050 000' },
      poolBasis: 'costs-less-external-funding',
      growth: '1,5 %',
      changes: [{ member: 'b', joined: '', left: '2020-06-30' }],
      extraMembers: [{ id: 'c', name: 'C kommun', category: 'municipality', joined: '2020-01-01', left: '', population: '5 000', populationYear: '2018', rest: {} }],
      funding: [
        // A year outside the horizon is dropped, and an empty year is no entry.
        { source: 'Regionen', kind: 'external', budgetSource: null, years: { '2019': { amount: '200 000', status: 'secured' }, '2020': { amount: '', status: 'secured' }, '2031': { amount: '5', status: 'secured' } } },
        { source: 'Budget: Staten', kind: 'external', budgetSource: 7, years: { '2020': { amount: '300000', status: 'uncertain' } } },
      ],
    });
    const built = definitionOf(form, base, 'sv', engine);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.definition).toMatchObject({
      horizon: { from: 2019, to: 2020 },
      costs: { byYear: { '2019': '1000000', '2020': '1050000' } },
      poolBasis: 'costs-less-external-funding',
      growth: { population: { rate: '1.5' } },
      memberChanges: [{ member: 'b', left: '2020-06-30' }],
      additionalMembers: [{ id: 'c', name: 'C kommun', category: 'municipality', joined: '2020-01-01', metrics: { population: { '2018': { value: 5000 } } } }],
      funding: [
        { source: 'Regionen', kind: 'external', byYear: { '2019': { amount: '200000', status: 'secured' } } },
        { source: 'Budget: Staten', kind: 'external', budgetSource: 7, byYear: { '2020': { amount: '300000', status: 'uncertain' } } },
      ],
    });
    expect(built.definition.memberChanges?.[0]).not.toHaveProperty('joined');
    // Round trip: the definition laid out again is the form as the editor keeps it.
    expect(definitionOf(formOf(built.definition, 'sv'), built.definition, 'sv', engine)).toEqual(built);
  });

  it('reads English amounts with thousands commas', () => {
    const built = definitionOf(formFor({ costsByYear: { '2019': '1,000,000.50' } }, 'en'), base, 'en');
    expect(built.ok && built.definition.costs).toEqual({ byYear: { '2019': '1000000.5' } });
  });

  it('refuses what it can check itself, each at its field, with a translated message key', () => {
    const built = definitionOf(
      formFor({
        name: ' ',
        costsByYear: { '2019': 'mycket' },
        growth: 'fem',
        changes: [{ member: 'a', joined: '2019-02-31', left: '' }],
        extraMembers: [
          { id: 'c', name: 'C', category: 'municipality', joined: '', left: '', population: '', populationYear: '', rest: {} },
          { id: 'c', name: '', category: 'municipality', joined: '2020-01-01', left: '2019-01-01', population: '-4', populationYear: '2018', rest: {} },
        ],
        funding: [{ source: '', kind: 'external', budgetSource: null, years: { '2019': { amount: '12,345', status: 'secured' } } }],
      }),
      base,
      'sv',
      engine,
    );
    expect(built).toEqual({
      ok: false,
      unplaced: [],
      errors: {
        name: { key: 'validation.required' },
        'cost:2019': { key: 'validation.amount' },
        growth: { key: 'scenarioEditor.errors.rate' },
        'change:0:joined': { key: 'validation.date' },
        'extra:1:id': { key: 'scenarioEditor.errors.duplicateMember' },
        'extra:1:name': { key: 'validation.required' },
        'extra:1:left': { key: 'validation.leftBeforeJoined' },
        'extra:1:population': { key: 'validation.wholeNumber' },
        'funding:0:source': { key: 'validation.required' },
        // "12,345" in Swedish is twelve kronor and 345 hundredths: not an amount.
        'funding:0:2019': { key: 'validation.amount' },
      },
    });
    expect(definitionOf(formFor({ from: '2020', to: '2019' }), base, 'sv').ok).toBe(false);
    expect(definitionOf(formFor({ from: '2020', to: '2019' }), base, 'sv')).toMatchObject({ errors: { to: { key: 'scenarioEditor.errors.toBeforeFrom' } } });
    expect(definitionOf(formFor({ from: '2000', to: '2060' }), base, 'sv')).toMatchObject({ errors: { to: { key: 'scenarioEditor.errors.tooLong' } } });
  });

  it('keeps the schema’s own refusals with their catalogue key, so they read in the person’s language', () => {
    // A currency the form does not edit, written in lower case: only the engine's schema refuses it.
    const lower = definitionOf(formFor(), { ...base, currency: 'sek' }, 'sv');
    expect(lower).toEqual({ ok: false, errors: {}, unplaced: [{ path: 'currency', message: 'expected an ISO 4217 code such as "SEK"', messageKey: 'error.field.pattern.currency' }] });
  });

  it('places the engine’s refusals at the field: an unknown member, a cost its rounding cannot share', () => {
    const unknown = definitionOf(formFor({ changes: [{ member: 'nobody', joined: '', left: '2019-06-30' }] }), base, 'sv', engine);
    expect(unknown.ok).toBe(false);
    // The engine's refusal keeps its catalogue key, so the editor says it in the person's language.
    if (!unknown.ok) expect(unknown.errors['change:0:member']).toEqual({ detail: expect.stringContaining('nobody') as string, messageKey: 'error.engine.noMember', params: { id: 'nobody' } });
    // The key shares whole kronor: 1 000 000,50 cannot be shared out.
    const half = definitionOf(formFor({ costsByYear: { '2019': '1000000,50' } }), base, 'sv', engine);
    expect(half.ok).toBe(false);
    if (!half.ok) expect(Object.keys(half.errors)).toEqual(['cost:2019']);
  });

  it('places the backend’s issue paths (definition.…) at the form’s fields', () => {
    expect(fieldOfPath('definition.horizon.to', 'byYear')).toBe('to');
    expect(fieldOfPath('definition.costs.byYear.2020', 'byYear')).toBe('cost:2020');
    expect(fieldOfPath('definition.costs', 'indexed')).toBe('baseAmount');
    expect(fieldOfPath('funding[1].byYear.2027.amount', 'byYear')).toBe('funding:1:2027');
    expect(fieldOfPath('definition.funding[0].budgetSource', 'byYear')).toBe('funding:0:source');
    expect(fieldOfPath('additionalMembers[2].metrics.population.2018.value', 'byYear')).toBe('extra:2:population');
    expect(fieldOfPath('memberChanges[0].left', 'byYear')).toBe('change:0:left');
    expect(fieldOfPath('adjustments[0].percent', 'byYear')).toBe('adjustment:0:value');
    expect(fieldOfPath('definition.key.ref', 'byYear')).toBeNull();
    // An issue with the catalogue's key keeps it, so the editor can say it in the person's language.
    expect(placeIssues([{ path: 'definition.horizon.to', message: 'm', messageKey: 'k', params: { year: 2020 } }], 'byYear').errors).toEqual({ to: { detail: 'm', messageKey: 'k', params: { year: 2020 } } });
    expect(placeIssues([{ path: 'definition.name', message: 'must not be empty' }, { path: 'definition.key.ref', message: 'no such key' }], 'byYear')).toEqual({
      ok: false,
      errors: { name: { detail: 'must not be empty' } },
      unplaced: [{ path: 'definition.key.ref', message: 'no such key' }],
    });
  });

  it('lays out the horizon’s years only while it is one', () => {
    expect(editorYears({ from: '2025', to: '2027' })).toEqual([2025, 2026, 2027]);
    expect(editorYears({ from: '2027', to: '2025' })).toEqual([]);
    expect(editorYears({ from: '', to: '2025' })).toEqual([]);
  });

  it('takes a budget funding source by id, with its amounts (minor units) and statuses', () => {
    const row = fundingRowFromBudget(
      { id: 4, cooperationId: 1, name: 'Staten', funderOrganisationId: null, funderName: null, purpose: null, rowVersion: 1, amounts: [{ year: 2027, amount: 1_000_000_000, status: 'uncertain' }, { year: 2028, amount: 50, status: 'expected' }] },
      'NOK',
      'nb',
    );
    // 1 000 000 000 øre = 10 000 000 kr; 50 øre = 0,50 kr.
    expect(row).toEqual({ source: 'Staten', kind: 'external', budgetSource: 4, years: { '2027': { amount: '10000000', status: 'uncertain' }, '2028': { amount: '0,50', status: 'expected' } } });
  });
});

describe('per-member adjustments in the editor', () => {
  const adjustments = [
    { id: 'large', kind: 'surcharge', members: ['a'], percent: '20', reason: 'den största kommunen betalar 20 % mer' },
    { id: 'host', kind: 'discount', members: ['b'], amount: '50000', years: [2019], reason: 'värd för servrarna' },
    { id: 'param', kind: 'surcharge', members: ['a', 'b'], percent: { param: 'equalShare' }, reason: 'en parameter' },
  ];
  const withAdjustments = { ...base, adjustments } as ScenarioDefinitionInput;

  it('gives back surcharges and discounts, in percent, as an amount, or as a key parameter, unchanged', () => {
    const form = formOf(withAdjustments, 'sv');
    expect(form.adjustments.map((a) => [a.id, a.kind, a.basis, a.value, a.members])).toEqual([
      ['large', 'surcharge', 'percent', '20', ['a']],
      ['host', 'discount', 'amount', '50000', ['b']],
      ['param', 'surcharge', 'percent', '', ['a', 'b']],
    ]);
    const built = definitionOf(form, withAdjustments, 'sv', engine);
    expect(built.ok).toBe(true);
    if (built.ok) expect(scenarioDefinitionSchema.parse(built.definition)).toEqual(scenarioDefinitionSchema.parse(withAdjustments));
  });

  it('refuses an adjustment without members or reason, at its fields', () => {
    const form = formOf(withAdjustments, 'sv');
    form.adjustments[0] = { ...form.adjustments[0]!, members: [], reason: ' ', value: 'tjugo' };
    expect(definitionOf(form, withAdjustments, 'sv', engine)).toMatchObject({
      ok: false,
      errors: { 'adjustment:0:members': { key: 'scenarioEditor.errors.noMembers' }, 'adjustment:0:reason': { key: 'validation.required' }, 'adjustment:0:value': { key: 'scenarioEditor.errors.rate' } },
    });
  });

  it('counts a surcharge in the balance: the members pay more than the costs', () => {
    const form = formOf(base, 'sv');
    form.adjustments = [{ id: 'large', kind: 'surcharge', members: ['a'], basis: 'percent', value: '20', reason: 'störst', rest: {} }];
    const built = definitionOf(form, base, 'sv', engine);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const balance = editorBalance(computeFigures(resolveScenario(built.definition, facts, { keys: [skaraborgKey] as never[] })), false);
    // By hand (15 % equal, 85 % by population 30 000 : 10 000): A = 150 000 / 2 + 850 000 × 3/4 = 712 500 kr,
    // B = 75 000 + 212 500 = 287 500 kr. A's 20 % surcharge: 142 500 kr more than the 1 000 000 kr of costs.
    expect(balance.years[0]).toMatchObject({ costs: 100_000_000, memberCharges: 114_250_000, balance: 14_250_000 });
  });
});

describe('the editor’s balance', () => {
  it('shows the deficit when the uncertain money does not come', () => {
    const built = definitionOf(
      formFor({
        poolBasis: 'costs-less-external-funding',
        funding: [
          { source: 'Regionen', kind: 'external', budgetSource: null, years: { '2019': { amount: '200 000', status: 'secured' } } },
          { source: 'Staten', kind: 'external', budgetSource: null, years: { '2019': { amount: '300 000', status: 'uncertain' } } },
        ],
      }),
      base,
      'sv',
      engine,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const figures = computeFigures(resolveScenario(built.definition, facts, { keys: [skaraborgKey] as never[] }));
    // By hand: costs 1 000 000 kr; the members share 1 000 000 − 200 000 − 300 000 = 500 000 kr.
    // With all funding: 500 000 + 200 000 + 300 000 − 1 000 000 = 0.
    // Only secured: 500 000 + 200 000 − 1 000 000 = −300 000 kr = −30 000 000 öre.
    const all = editorBalance(figures, false);
    expect(all.years).toEqual([
      { year: 2019, costs: 100_000_000, memberCharges: 50_000_000, subsidies: 0, secured: 20_000_000, expected: 0, uncertain: 30_000_000, plannedMemberFunding: 0, balance: 0 },
    ]);
    expect(all).toMatchObject({ total: 0, deficit: 0 });
    const secured = editorBalance(figures, true);
    expect(secured.years[0]).toMatchObject({ memberCharges: 50_000_000, secured: 20_000_000, uncertain: 0, balance: -30_000_000 });
    expect(secured).toMatchObject({ total: -30_000_000, deficit: -30_000_000 });
  });

  it('has no balance without costs (a fee schedule), and counts planned member funding apart', () => {
    const summary = {
      balance: [{ year: 2025, costs: null, memberCharges: 10, subsidies: 0, externalFunding: 5, plannedMemberFunding: 7, balance: null }],
      funding: {
        sources: [
          { source: 'x', kind: 'external' as const, byYear: [{ year: 2025, amount: 5, status: 'expected' as const }], total: 5 },
          { source: 'm', kind: 'members' as const, byYear: [{ year: 2025, amount: 7, status: 'uncertain' as const }], total: 7 },
        ],
        byYear: [],
        secured: 0,
        expected: 5,
        uncertain: 7,
        total: 12,
        notSecured: 12,
      },
    };
    expect(editorBalance(summary, true)).toEqual({
      years: [{ year: 2025, costs: null, memberCharges: 10, subsidies: 0, secured: 0, expected: 0, uncertain: 0, plannedMemberFunding: 7, balance: null }],
      total: null,
      deficit: 0,
    });
  });
});
