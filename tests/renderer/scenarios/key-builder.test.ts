/**
 * The key builder's form ↔ key mapping and its error mapping: the form writes what the key format
 * says (docs/key-format.md), reads every demo key back without loss (judged by the engine's own
 * normalisation), and the engine's refusals land on the field that holds the offending value, with
 * words in sv, nb and en.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../src/renderer/src/i18n/en.json';
import nb from '../../../src/renderer/src/i18n/nb.json';
import sv from '../../../src/renderer/src/i18n/sv.json';
import { edgeExample } from '../../../src/renderer/src/features/scenarios/key-builder/edge-rule';
import { decimalOf, emptyBand, emptyComponent, emptyKeyForm, emptySubsidy, fromKey, toKey, type KeyForm } from '../../../src/renderer/src/features/scenarios/key-builder/key-form';
import { catalogueSentence, checkKey, engineText, fieldIds, fieldOfPath, issuesOfApi, placeIssues } from '../../../src/renderer/src/features/scenarios/key-builder/key-issues';
import { keySchema, validateKey } from '../../../src/shared/calc';
import { demo, demoDir } from '../../helpers/demo-keys';

const band = (from: string, to: string, amount: string) => ({ ...emptyBand(from), to, amount });

/** 15 % equal, the rest by population, a banded fee and a 50 % subsidy of it for members joining in 2022. */
function sampleForm(): KeyForm {
  const form = emptyKeyForm('test-key');
  form.name = 'Test key';
  form.parameters = [{ name: 'equalShare', value: '15' }];
  const equal = emptyComponent('equal', 'equal');
  equal.share = { mode: 'param', value: '', param: 'equalShare' };
  const proportional = emptyComponent('proportional', 'population');
  proportional.share = { mode: 'rest', value: '', param: '' };
  const banded = emptyComponent('banded', 'platform');
  banded.fee.bands = [band('0', '7000', '5000'), band('7000', '15 000', '10 000'), band('15000', '', '20000,50')];
  form.components = [equal, proportional, banded];
  const subsidy = emptySubsidy('vgr', 'platform');
  subsidy.funder = 'VGR';
  subsidy.share = { mode: 'value', value: '50', param: '' };
  subsidy.joinedFrom = '2022-01-01';
  subsidy.joinedTo = '2022-12-31';
  subsidy.contractYears = '1, 2';
  form.subsidies = [subsidy];
  return form;
}

describe('form → key', () => {
  it('writes the key format: params, rest, bands with integers, decimal text, subsidy windows and contract years', () => {
    expect(toKey(sampleForm())).toEqual({
      schemaVersion: 1,
      id: 'test-key',
      version: 1,
      name: 'Test key',
      family: 'allocation',
      parameters: { equalShare: '15' },
      rounding: { unit: '1', mode: 'half-up' },
      proRata: { join: 'none', leave: 'none' },
      components: [
        { type: 'equal', id: 'equal', share: { param: 'equalShare' } },
        { type: 'proportional', id: 'population', share: 'rest', metric: 'population' },
        {
          type: 'banded',
          id: 'platform',
          metric: 'population',
          edge: 'lower-inclusive',
          bands: [
            { from: 0, to: 7000, amount: '5000' },
            { from: 7000, to: 15000, amount: '10000' },
            { from: 15000, amount: '20000.50' },
          ],
        },
      ],
      subsidies: [{ id: 'vgr', funder: 'VGR', component: 'platform', share: '50', eligibility: { joinedFrom: '2022-01-01', joinedTo: '2022-12-31' }, years: { contract: [1, 2] } }],
    });
    expect(checkKey(sampleForm(), 'SEK')).toEqual([]);
  });

  it('writes every other component type: per-unit with rate steps, banded rates and marginal bands, category, fixed, override, and fee options', () => {
    const form = emptyKeyForm('fees', 'fee-schedule');
    form.name = 'Fees';
    const perUnit = emptyComponent('per-unit', 'rate');
    perUnit.fee.rate = { mode: 'value', value: '0,70', param: '' };
    perUnit.fee.rateFrom = [{ fromYear: '2027', rate: { mode: 'value', value: '0.75', param: '' } }];
    perUnit.fee.metric = { name: 'population', yearOffset: '-1', asOf: '12-31' };
    perUnit.fee.proRata = { own: true, join: 'month', leave: 'month' };
    perUnit.fee.rounding = { own: true, unit: '100', mode: 'down' };
    perUnit.fee.min = '1 000';
    perUnit.fee.max = '50000';
    const byBand = emptyComponent('per-unit', 'byband');
    byBand.fee.perUnitMode = 'bands';
    byBand.fee.edge = 'upper-inclusive';
    byBand.fee.bands = [{ ...emptyBand('0'), to: '50000', rate: { mode: 'value', value: '1', param: '' } }, { ...emptyBand('50000'), amount: '60000', useAmount: true }];
    const marginal = emptyComponent('per-unit', 'marginal');
    marginal.fee.perUnitMode = 'marginal';
    marginal.fee.bands = [{ ...emptyBand('0'), to: '150000', rate: { mode: 'value', value: '25', param: '' } }, { ...emptyBand('150000'), rate: { mode: 'value', value: '12.50', param: '' } }];
    const category = emptyComponent('category', 'cat');
    category.fee.amounts = [{ category: 'other', amount: '25000' }];
    category.fee.recurrence = 'on-join';
    category.fee.categories = 'other';
    const fixed = emptyComponent('fixed', 'base');
    fixed.fee.amount = '1000';
    fixed.fee.members = ['org-1'];
    fixed.fee.membership = 'group';
    const override = emptyComponent('override', 'big');
    override.when = { useMetric: true, metric: { name: 'population', yearOffset: '0', asOf: '' }, comparator: 'atLeast', threshold: '100000', categories: '' };
    override.replaces = ['rate'];
    override.withType = 'fixed';
    override.fee.amount = '80000';
    form.components = [perUnit, byBand, marginal, category, fixed, override];
    expect(toKey(form).components).toEqual([
      { type: 'per-unit', id: 'rate', proRata: { join: 'month', leave: 'month' }, rounding: { unit: '100', mode: 'down' }, min: '1000', max: '50000', metric: { name: 'population', yearOffset: -1, asOf: '12-31' }, rate: '0.70', rateFrom: [{ fromYear: 2027, rate: '0.75' }] },
      { type: 'per-unit', id: 'byband', metric: 'population', edge: 'upper-inclusive', bands: [{ from: 0, to: 50000, rate: '1' }, { from: 50000, amount: '60000' }] },
      { type: 'per-unit', id: 'marginal', metric: 'population', bandMode: 'marginal', edge: 'lower-inclusive', bands: [{ from: 0, to: 150000, rate: '25' }, { from: 150000, rate: '12.50' }] },
      { type: 'category', id: 'cat', recurrence: 'on-join', appliesTo: { categories: ['other'] }, amounts: { other: '25000' } },
      { type: 'fixed', id: 'base', appliesTo: { members: ['org-1'], membership: 'group' }, amount: '1000' },
      { type: 'override', id: 'big', when: { metric: 'population', atLeast: 100000 }, replaces: ['rate'], with: { type: 'fixed', id: 'big-fee', amount: '80000' } },
    ]);
    expect(checkKey(form, 'SEK')).toEqual([]);
    // And back: the form read from that key writes the same key.
    expect(toKey(fromKey(toKey(form)))).toEqual(toKey(form));
  });

  it('reads decimals as people type them', () => {
    expect(decimalOf(' 1 250 000,50 ')).toBe('1250000.50');
    expect(decimalOf('1,250,000.50')).toBe('1250000.50');
    expect(decimalOf('0.70')).toBe('0.70');
    expect(decimalOf('−5')).toBe('-5');
  });
});

describe('key → form → key', () => {
  const keyFiles = readdirSync(demoDir).filter((f) => f.endsWith('.key.json'));
  it.each(keyFiles)('%s comes back as the same key (the engine normalises both alike)', (file) => {
    const original = demo<Record<string, unknown>>(file);
    const currency = file.startsWith('norway') ? 'NOK' : 'SEK';
    const again = toKey(fromKey(original));
    expect(keySchema.safeParse(again).success).toBe(true);
    expect(validateKey(again, currency)).toEqual(validateKey(original, currency));
  });
});

describe('engine refusals at their fields', () => {
  const issueAt = (form: KeyForm) => {
    const issues = checkKey(form, 'SEK');
    const placed = placeIssues(issues, form);
    return { issues, placed };
  };

  it('a band gap: the second band\'s "from", with both edges in the words', () => {
    const form = sampleForm();
    form.components[2]!.fee.bands = [band('0', '7000', '5000'), band('8000', '', '10000')];
    const { issues, placed } = issueAt(form);
    expect(issues).toEqual([{ path: 'components[2].bands[1].from', text: { key: null, values: {}, message: { messageKey: 'error.engine.bandGap', params: { to: 7000, from: 8000 } }, raw: expect.any(String) } }]);
    expect(Object.keys(placed.byField)).toEqual(['components[2].bands[1].from']);
  });

  it('shares adding to 95 %: the last share, with the sum', () => {
    const form = sampleForm();
    form.components[1]!.share = { mode: 'value', value: '80', param: '' };
    const { issues } = issueAt(form);
    // 15 (equalShare) + 80 = 95
    expect(issues).toEqual([{ path: 'components[1].share', text: { key: null, values: {}, message: { messageKey: 'error.engine.sharesSum', params: { sum: 95 } }, raw: expect.any(String) } }]);
    // The field's sentence in each language, written by hand from the catalogue's wording.
    const text = issues[0]!.text;
    expect(catalogueSentence(text.message!, 'sv')).toBe('Andelarna blir 95 %, inte 100 %.');
    expect(catalogueSentence(text.message!, 'nb')).toBe('Andelene blir 95 %, ikke 100 %.');
    expect(catalogueSentence(text.message!, 'en')).toBe('The shares of the pool add up to 95 %, not 100 %.');
  });

  it('schema issues (all at once): a band edge that is not a number, a share that is not a decimal, an empty name', () => {
    const form = sampleForm();
    form.name = '';
    form.components[0]!.share = { mode: 'value', value: 'abc', param: '' };
    form.components[2]!.fee.bands[1]!.from = 'sju';
    const { issues, placed } = issueAt(form);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.text.key]));
    expect(byPath).toEqual({ name: 'required', 'components[0].share': 'decimal', 'components[2].bands[1].from': 'wholeNumber' });
    expect(Object.keys(placed.byField).sort()).toEqual(['components[0].share', 'components[2].bands[1].from', 'name']);
    expect(placed.unplaced).toEqual([]);
  });

  it('an unknown parameter lands on the share that names it; a subsidy window ending before it starts on its end', () => {
    const form = sampleForm();
    form.components[0]!.share = { mode: 'param', value: '', param: 'nope' };
    expect(issueAt(form).placed.byField).toEqual({ 'components[0].share': { key: null, values: {}, message: { messageKey: 'error.engine.unknownParameter', params: { name: 'nope' } }, raw: expect.any(String) } });
    const window = sampleForm();
    window.subsidies[0]!.joinedTo = '2021-12-31';
    expect(Object.keys(issueAt(window).placed.byField)).toEqual(['subsidies[0].eligibility.joinedTo']);
    const badDate = sampleForm();
    badDate.subsidies[0]!.joinedFrom = '2022-02-30';
    expect(issueAt(badDate).issues.map((i) => [i.path, i.text.message?.messageKey])).toEqual([['subsidies[0].eligibility.joinedFrom', 'error.engine.notCalendarDate']]);
  });

  it('a path below a field finds the field; a path of no field finds none', () => {
    const fields = new Set(fieldIds(sampleForm()));
    expect(fieldOfPath('components[1].metric.name', fields)).toBe('components[1].metric');
    expect(fieldOfPath('subsidies[0].years.contract[1]', fields)).toBe('subsidies[0].years.contract');
    expect(fieldOfPath('components[0].share.param', fields)).toBe('components[0].share');
    expect(fieldOfPath('somethingElse', fields)).toBeNull();
  });

  it('every schema issue key the mapping can produce has the builder\'s words in sv, nb and en', () => {
    const produced = ['required', 'wholeNumber', 'atLeastOne', 'atLeast', 'atMost', 'date', 'monthDay', 'id', 'decimal', 'choose', 'unknownField'];
    for (const resource of [sv, nb, en]) {
      const errors = (resource as unknown as { keyBuilder: { errors: Record<string, string> } }).keyBuilder.errors;
      for (const key of produced) expect(errors[key], key).toBeTruthy();
    }
  });

  it('every refusal of the engine comes with its catalogue key, and reads differently in sv, nb and en', () => {
    const broken: [string, (form: KeyForm) => void][] = [
      ['a band gap', (f) => (f.components[2]!.fee.bands = [band('0', '7000', '5000'), band('8000', '', '10000')])],
      ['an overlap', (f) => (f.components[2]!.fee.bands = [band('0', '7000', '5000'), band('6000', '', '10000')])],
      ['a first band from 5', (f) => (f.components[2]!.fee.bands = [band('5', '7000', '5000'), band('7000', '', '10000')])],
      ['a closed last band', (f) => (f.components[2]!.fee.bands = [band('0', '7000', '5000'), band('7000', '9000', '10000')])],
      ['shares of 95 %', (f) => (f.components[1]!.share = { mode: 'value', value: '80', param: '' })],
      ['an unknown parameter', (f) => (f.components[0]!.share = { mode: 'param', value: '', param: 'nope' })],
      ['a window ending before it starts', (f) => (f.subsidies[0]!.joinedTo = '2021-12-31')],
      ['a subsidy of a missing component', (f) => (f.subsidies[0]!.component = 'nothing')],
      ['a subsidy over 100 %', (f) => (f.subsidies[0]!.share = { mode: 'value', value: '150', param: '' })],
      ['a duplicate component id', (f) => (f.components[1]!.id = 'equal')],
    ];
    for (const [label, breakIt] of broken) {
      const form = sampleForm();
      breakIt(form);
      const issues = checkKey(form, 'SEK');
      expect(issues.length, label).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.text.message?.messageKey, `${label}: ${issue.text.raw}`).toMatch(/^error\.engine\./u);
        const english = catalogueSentence(issue.text.message!, 'en');
        // English is the engine's own message, as a sentence.
        expect(english.toLowerCase(), label).toBe(`${issue.text.raw}.`.toLowerCase());
        for (const lang of ['sv', 'nb'] as const) expect(catalogueSentence(issue.text.message!, lang), `${label} [${lang}]`).not.toBe(english);
      }
    }
  });

  it('takes the API\'s issues (already carrying their keys) onto the builder\'s paths', () => {
    const found = issuesOfApi([{ path: 'definition.components[1].share', message: 'the shares of the pool add up to 95 %, not 100 %', messageKey: 'error.engine.sharesSum', params: { sum: 95 } }]);
    expect(found).toEqual([{ path: 'components[1].share', text: { key: null, values: {}, message: { messageKey: 'error.engine.sharesSum', params: { sum: 95 } }, raw: 'the shares of the pool add up to 95 %, not 100 %' } }]);
    // An issue from an older build without a key is shown as it came.
    expect(engineText({ message: 'something new' })).toEqual({ key: null, values: {}, raw: 'something new' });
  });
});

describe('the edge rule, as the engine decides it', () => {
  const bands = [band('0', '7000', '1'), band('7000', '15000', '2'), band('15000', '', '3')];
  it('lower-inclusive: exactly 7 000 is in the band 7 000 – 15 000 (the second)', () => {
    expect(edgeExample(bands, 'lower-inclusive')).toEqual({ value: 7000, band: 1 });
  });
  it('upper-inclusive: exactly 7 000 is in the band 0 – 7 000 (the first)', () => {
    expect(edgeExample(bands, 'upper-inclusive')).toEqual({ value: 7000, band: 0 });
  });
  it('no rule is stated for a table with a gap', () => {
    expect(edgeExample([band('0', '7000', '1'), band('8000', '', '2')], 'lower-inclusive')).toBeNull();
  });
});
