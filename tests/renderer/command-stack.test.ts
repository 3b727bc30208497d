/** The undo stack as a pure unit: order, labels, redo cleared by a new edit, failures kept. */
import { describe, expect, it } from 'vitest';
import { CommandStack, type Command } from '../../src/renderer/src/undo/command-stack';
import { AndelError, localizeError } from '../../src/shared/errors';
import { navigationItems } from '../../src/renderer/src/app/navigation';
import { shortcutFor } from '../../src/renderer/src/app/shortcuts';
import { validateMetric, validateOrganisation } from '../../src/renderer/src/features/members/member-validation';
import { parseMoneyInput } from '../../src/renderer/src/features/budgets/money-input';

/** A value in a "database" with set commands, as the channels would change it. */
function setup() {
  const db = { population: 100 };
  const set = (label: string, to: number, fail?: { run?: boolean; revert?: boolean }): Command => {
    let before = 0;
    return {
      label: () => label,
      run: async () => {
        if (fail?.run) throw new Error('refused');
        before = db.population;
        db.population = to;
      },
      revert: async () => {
        if (fail?.revert) throw new Error('The figure was changed elsewhere.');
        db.population = before;
      },
    };
  };
  return { db, set, stack: new CommandStack() };
}

describe('CommandStack', () => {
  it('undoes and redoes in order, naming the edit each time', async () => {
    const { db, set, stack } = setup();
    await stack.execute(set('population of Skövde 2017', 200));
    await stack.execute(set('population of Skövde 2018', 300));
    expect(stack.getState()).toMatchObject({ undoLabel: 'population of Skövde 2018', redoLabel: null });
    expect(await stack.undo()).toBe(true);
    expect(db.population).toBe(200);
    expect(stack.getState()).toMatchObject({ undoLabel: 'population of Skövde 2017', redoLabel: 'population of Skövde 2018' });
    await stack.undo();
    expect(db.population).toBe(100);
    expect(await stack.undo()).toBe(false);
    await stack.redo();
    await stack.redo();
    expect(db.population).toBe(300);
    expect(stack.canRedo).toBe(false);
  });

  it('forgets what was undone once a new edit is made', async () => {
    const { set, stack } = setup();
    await stack.execute(set('a', 1));
    await stack.undo();
    await stack.execute(set('b', 2));
    expect(stack.getState()).toMatchObject({ undoLabel: 'b', redoLabel: null });
  });

  it('does not record an edit the API refused, and keeps an edit whose undo failed', async () => {
    const { db, set, stack } = setup();
    await expect(stack.execute(set('refused', 5, { run: true }))).rejects.toThrow('refused');
    expect(stack.getState().undoLabel).toBeNull();
    await stack.execute(set('kept', 7, { revert: true }));
    expect(await stack.undo()).toBe(false);
    expect(db.population).toBe(7);
    expect(stack.getState()).toMatchObject({ undoLabel: 'kept', error: 'The figure was changed elsewhere.' });
  });

  it('notifies subscribers with a new state object only when something changed', async () => {
    const { set, stack } = setup();
    const states: unknown[] = [];
    stack.subscribe(() => states.push(stack.getState()));
    const first = stack.getState();
    expect(stack.getState()).toBe(first);
    await stack.execute(set('a', 1));
    expect(states.length).toBeGreaterThan(0);
    expect(stack.getState()).not.toBe(first);
    stack.clear();
    expect(stack.getState()).toMatchObject({ undoLabel: null, redoLabel: null });
  });

  it('refuses a second edit while one is being saved, in the reader\'s language', async () => {
    const { set, stack } = setup();
    let release = (): void => undefined;
    const slow: Command = { label: () => 'slow', run: () => new Promise<void>((resolve) => (release = resolve)), revert: async () => undefined };
    const first = stack.execute(slow);
    const refused = await stack.execute(set('population 200', 200)).then(() => null, (error: unknown) => error);
    release();
    await first;
    expect(refused).toBeInstanceOf(AndelError);
    const api = (refused as AndelError).toApiError();
    expect(api.messageKey).toBe('error.undo.busy');
    expect(localizeError(api, 'sv').message).toBe('En annan ändring håller fortfarande på att sparas.');
    expect(localizeError(api, 'nb').message).toBe('En annen endring holder fortsatt på å bli lagret.');
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; inField: boolean }> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inField: false,
    ...mods,
  });
  it.each([
    [press('z', { ctrlKey: true }), false, { type: 'undo' }],
    [press('Z', { ctrlKey: true, shiftKey: true }), false, { type: 'redo' }],
    [press('y', { ctrlKey: true }), false, { type: 'redo' }],
    [press('f', { ctrlKey: true, inField: true }), false, { type: 'focusFilter' }],
    // The side bar's order: members, scenarios, governance, budgets, exports, cooperations.
    [press('3', { altKey: true }), false, { type: 'navigate', to: 'governance' }],
    [press('4', { altKey: true }), false, { type: 'navigate', to: 'budgets' }],
    [press('6', { altKey: true }), false, { type: 'navigate', to: 'cooperations' }],
    [press('b'), true, { type: 'navigate', to: 'budgets' }],
    [press('m'), true, { type: 'navigate', to: 'members' }],
  ])('maps %j (after g: %s) to %j', (keyPress, pendingG, expected) => {
    expect(shortcutFor(keyPress, pendingG, false).action).toEqual(expected);
  });

  it('leaves Ctrl+Z to a text field, and "b" alone without a "g" before it', () => {
    expect(shortcutFor(press('z', { ctrlKey: true, inField: true }), false, false).action).toBeNull();
    expect(shortcutFor(press('b'), false, false).action).toBeNull();
    expect(shortcutFor(press('g'), false, false)).toEqual({ action: null, pendingG: true });
    expect(shortcutFor(press('m', { inField: true }), true, false).action).toBeNull();
    expect(shortcutFor(press('z', { metaKey: true }), false, true).action).toEqual({ type: 'undo' });
    // Seven views (the seventh, a member viewer's own charges): Alt+8 is nothing.
    expect(shortcutFor(press('8', { altKey: true }), false, false).action).toBeNull();
  });

  it('follows the side bar: Alt+n opens its n-th item', () => {
    navigationItems.forEach((item, index) => {
      expect(shortcutFor(press(String(index + 1), { altKey: true }), false, false).action).toEqual({ type: 'navigate', to: item.name });
    });
  });
});

describe('member form checks', () => {
  it('names each wrong field', () => {
    expect(validateMetric({ metric: 'population', year: '2018', value: '-1', referenceDate: '2018-06-31', source: '' })).toEqual({
      value: 'validation.notNegative',
      referenceDate: 'validation.date',
    });
    expect(validateMetric({ metric: 'Population', year: 1800, value: '12,5', referenceDate: '', source: '' })).toEqual({
      metric: 'validation.metricName',
      year: 'validation.year',
      value: 'validation.wholeNumber',
      referenceDate: 'validation.required',
    });
    expect(validateMetric({ metric: 'population', year: 2024, value: '57 321', referenceDate: '2024-12-31', source: '' })).toEqual({});
    expect(validateOrganisation({ name: ' ', kind: 'municipality', orgNumber: 'abc', officialCode: '', countryCode: 'SE', notes: '' })).toEqual({ name: 'validation.required', orgNumber: 'validation.orgNumber' });
  });
});

describe('money typed by people', () => {
  it.each([
    ['1 234 567', 'sv', 123_456_700],
    ['1234567,50', 'nb', 123_456_750],
    ['1.234.567', 'nb', 123_456_700],
    ['1,234,567.5', 'en', 123_456_750],
    ['17 715', 'sv', 1_771_500],
  ] as const)('%s (%s) is %d minor units', (text, language, expected) => {
    expect(parseMoneyInput(text, language)).toBe(expected);
  });
  it.each([['12,345', 'en', 1_234_500], ['abc', 'sv', null], ['1,234', 'sv', null], ['1.2.3', 'sv', null]] as const)('%s (%s) → %s', (text, language, expected) => {
    expect(parseMoneyInput(text, language)).toBe(expected);
  });
});
