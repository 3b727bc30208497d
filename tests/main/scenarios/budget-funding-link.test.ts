/**
 * One source for funding, through the API on a real demo workspace file: a scenario funding line
 * that refers to a budget funding source (`budgetSource`) takes the source's name, amounts and
 * statuses from the budget when it is saved and whenever it is computed or opened; the budget
 * shows which scenarios use a source and refuses to delete one in use; a reference to a source
 * the cooperation's budget lacks is refused at its field.
 */
import { describe, expect, it } from 'vitest';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const SKARABORG = 1;
const FFL = 4;

/** A Norwegian platform scenario of 2027–2028 (its key, the cooperation's) with one funding line from the budget. */
async function scenarioWithStateFunding(stateId: number, name = 'Med statens midler fra budsjettet') {
  const stored = (await f.value('scenarios:list', { cooperationId: FFL }))[0];
  if (!stored) throw new Error('the demo platform has no scenario');
  const detail = await f.value('scenarios:get', { id: stored.id });
  const base = detail.definition as Record<string, unknown> & { costs: { byYear: Record<string, string> } };
  return f.call('scenarios:save', {
    cooperationId: FFL,
    name,
    definition: {
      ...base,
      id: 'ffl-budget-link',
      name,
      horizon: { from: 2027, to: 2028 },
      costs: { byYear: { '2027': base.costs.byYear['2027'], '2028': base.costs.byYear['2028'] } },
      // Typed wrongly on purpose: the budget's name and amounts replace these.
      funding: [{ source: 'skrevet feil', kind: 'external', budgetSource: stateId, byYear: {} }],
    },
  });
}

describe('a scenario funding line from the budget', () => {
  it('takes the source’s name, amounts and statuses, and the budget shows who uses it', async () => {
    const budget = await f.value('budgets:get', { cooperationId: FFL });
    const state = budget.funding.find((s) => s.name.startsWith('Staten'));
    if (!state) throw new Error('no state funding in the demo budget');
    const saved = await scenarioWithStateFunding(state.id);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const id = (saved.value as { id: number }).id;

    // The demo budget: the state's 10 000 000 kr (1 000 000 000 øre) in 2027 and 2028, both uncertain.
    const stored = await f.value('scenarios:get', { id });
    expect((stored.definition as { funding: unknown[] }).funding).toEqual([
      { source: state.name, kind: 'external', budgetSource: state.id, byYear: { '2027': { amount: '10000000', status: 'uncertain' }, '2028': { amount: '10000000', status: 'uncertain' } } },
    ]);
    const after = await f.value('budgets:get', { cooperationId: FFL });
    expect(after.funding.find((s) => s.id === state.id)?.usedByScenarios).toEqual([{ id, name: 'Med statens midler fra budsjettet' }]);
    expect(after.funding.find((s) => s.name === 'Kommunene')?.usedByScenarios).toEqual([]);

    // The budget changes: 2027 becomes secured with 12 000 000 kr. The scenario follows without being saved again.
    await f.value('funding:save', {
      id: state.id,
      cooperationId: FFL,
      name: state.name,
      funderOrganisationId: state.funderOrganisationId,
      purpose: state.purpose,
      amounts: state.amounts.map((a) => (a.year === 2027 ? { year: 2027, amount: 1_200_000_000, status: 'secured' as const } : a)),
    });
    const computed = await f.value('scenarios:compute', { scenarioId: id });
    expect(computed.result.funding.sources[0]?.byYear).toEqual([
      { year: 2027, amount: 1_200_000_000, status: 'secured' },
      { year: 2028, amount: 1_000_000_000, status: 'uncertain' },
    ]);
    const inputs = await f.value('studio:inputs', { scenarioId: id });
    expect(inputs.definition.funding?.[0]?.byYear['2027']).toEqual({ amount: '12000000', status: 'secured' });

    // A source in use is not deleted.
    const refused = await f.call('funding:delete', { id: state.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.message).toContain('Med statens midler fra budsjettet');
    }
    expect((await f.value('budgets:get', { cooperationId: FFL })).funding.some((s) => s.id === state.id)).toBe(true);
  });

  it('refuses a source that is not in the cooperation’s budget, at its field', async () => {
    const other = (await f.value('budgets:get', { cooperationId: SKARABORG })).funding[0];
    if (!other) throw new Error('no Skaraborg funding source in the demo');
    const refused = await scenarioWithStateFunding(other.id, 'Feil kilde');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('INVALID_INPUT');
      expect(refused.error.issues?.[0]?.path).toBe('definition.funding[0].budgetSource');
    }
    expect((await f.value('scenarios:list', { cooperationId: FFL })).some((s) => s.name === 'Feil kilde')).toBe(false);
  });
});
