import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareNatural,
  decisionSearchSchema,
  searchDecisions,
  type SearchableDecision,
} from '../../../src/shared/governance/decision-search';
import { foldText, queryTerms } from '../../../src/shared/governance/fold-text';

const decision = (d: Partial<SearchableDecision> & Pick<SearchableDecision, 'id' | 'number' | 'title'>): SearchableDecision => ({
  bodyId: 1,
  year: 2016,
  sequence: d.id,
  decidedOn: null,
  text: '',
  status: 'adopted',
  tags: [],
  ...d,
});

// A small Skaraborg register (steering group = body 1, management team = body 2).
const register: SearchableDecision[] = [
  decision({ id: 1, number: 'SG 2016:1', decidedOn: '2016-09-15', title: 'Procurement of a library system', text: 'The steering group starts a joint procurement.', tags: ['procurement'] }),
  decision({ id: 2, number: 'SG 2016:9', decidedOn: '2016-12-08', title: 'Choice of library system', text: 'The steering group chooses KOHA as library system.', tags: ['Koha', 'procurement'] }),
  decision({ id: 3, number: 'SG 2016:10', decidedOn: '2016-12-08', title: 'Server operation at Skövde IT', text: 'Skövde kommun hosts the servers.', tags: ['hosting'], status: 'implemented' }),
  decision({ id: 4, number: 'SG 2017:1', year: 2017, sequence: 1, decidedOn: '2017-02-02', title: 'Distribution key 15/85', text: '15 % equal share, 85 % by population (Töreboda, Gullspång …).', tags: ['key'] }),
  decision({ id: 5, number: 'LG 2017:1', bodyId: 2, year: 2017, sequence: 1, decidedOn: '2017-02-02', title: 'Loan rules', text: 'Common loan rules for all branches.', tags: ['rules'], status: 'proposed' }),
  decision({ id: 6, number: 'SG 2017:2', year: 2017, sequence: 2, title: 'Transport between libraries', text: 'Postponed to the spring meeting.', status: 'postponed', tags: ['transport'] }),
  decision({ id: 7, number: 'SG 2016:2', decidedOn: '2016-09-15', title: 'Rejected: own servers in Hjo', text: 'Søknad om egne servere i Hjo avslås.', status: 'rejected' }),
];
const ids = (found: SearchableDecision[]): number[] => found.map((d) => d.id);

describe('foldText', () => {
  it.each([
    ['Skövde', 'skovde'],
    ['KOHA', 'koha'],
    ['Töreboda Gullspång', 'toreboda gullspang'],
    ['Søknad Ærø', 'soknad aero'],
    ['Straße', 'strasse'],
    ['Café', 'cafe'],
    ['ﬁle', 'file'], // compatibility ligature
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('splits a query into folded words', () => {
    expect(queryTerms('  "Skövde  IT" ')).toEqual(['skovde', 'it']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('searchDecisions', () => {
  it('without filters returns everything by date, then number, undated last', () => {
    expect(ids(searchDecisions(register))).toEqual([1, 7, 2, 3, 5, 4, 6]);
  });

  it('sorts numbers numerically: SG 2016:9 before SG 2016:10', () => {
    expect(ids(searchDecisions(register, { query: '2016' }))).toEqual([1, 7, 2, 3]);
  });

  it('newest first on request', () => {
    expect(ids(searchDecisions(register, { order: 'desc' }))).toEqual([6, 4, 5, 3, 2, 7, 1]);
  });

  it.each([
    [{ query: 'koha' }, [2]],
    [{ query: 'KOHA' }, [2]],
    [{ query: 'skovde' }, [3]],
    [{ query: 'SKÖVDE it' }, [3]],
    [{ query: 'toreboda' }, [4]],
    [{ query: 'soknad' }, [7]],
    [{ query: 'søknad' }, [7]],
    [{ query: 'library system' }, [1, 2]],
    [{ query: 'system library' }, [1, 2]], // words in any order
    [{ query: 'SG 2016:9' }, [2]],
    [{ query: '2016:1' }, [1, 3]], // a substring of SG 2016:1 and SG 2016:10
    [{ query: 'koha hosting' }, []], // every word must match
    [{ query: '' }, [1, 7, 2, 3, 5, 4, 6]],
    [{ bodyId: 2 }, [5]],
    [{ bodyId: [1, 2], year: 2017 }, [5, 4, 6]],
    [{ year: 2016 }, [1, 7, 2, 3]],
    [{ year: [2016, 2017], status: 'proposed' }, [5]],
    [{ status: ['adopted', 'implemented'] }, [1, 2, 3, 4]],
    [{ status: 'superseded' }, []],
    [{ tag: 'procurement' }, [1, 2]],
    [{ tag: 'koha' }, [2]], // tags match case-insensitively, but whole
    [{ tag: 'proc' }, []],
    [{ tag: 'procurement', query: 'koha' }, [2]],
    [{ bodyId: 1, year: 2016, status: 'adopted', tag: 'procurement', query: 'steering' }, [1, 2]],
  ] as const)('%j → %j', (search, expected) => {
    expect(ids(searchDecisions(register, decisionSearchSchema.parse(search)))).toEqual(expected);
  });

  it('the schema refuses unknown filters and statuses', () => {
    expect(decisionSearchSchema.safeParse({ status: 'approved' }).success).toBe(false);
    expect(decisionSearchSchema.safeParse({ body: 1 }).success).toBe(false);
    expect(decisionSearchSchema.safeParse({ tag: '  ' }).success).toBe(false);
  });

  it('filtering never adds, and the result is always in register order', () => {
    const statuses = ['proposed', 'adopted', 'rejected', 'postponed', 'implemented', 'superseded'] as const;
    const arbitraryDecision = fc.record({
      id: fc.integer({ min: 1, max: 1000 }),
      bodyId: fc.integer({ min: 1, max: 3 }),
      year: fc.integer({ min: 2015, max: 2018 }),
      sequence: fc.integer({ min: 1, max: 30 }),
      number: fc.string({ maxLength: 12 }),
      decidedOn: fc.option(fc.constantFrom('2016-01-01', '2016-06-30', '2017-12-31'), { nil: null }),
      title: fc.string({ maxLength: 20 }),
      text: fc.string({ maxLength: 40 }),
      status: fc.constantFrom(...statuses),
      tags: fc.array(fc.constantFrom('a', 'B', 'ä'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryDecision, { maxLength: 25 }), fc.string({ maxLength: 3 }), fc.constantFrom(...statuses), (decisions, query, status) => {
        const all = searchDecisions(decisions);
        expect(all).toHaveLength(decisions.length);
        const found = searchDecisions(decisions, { query, status });
        expect(found.every((d) => all.includes(d) && d.status === status)).toBe(true);
        expect(all.filter((d) => found.includes(d))).toEqual(found);
        // the same records in another order give the same result
        expect(searchDecisions([...decisions].reverse(), { query, status }).map((d) => d.id)).toEqual(found.map((d) => d.id));
      }),
    );
  });
});

describe('compareNatural', () => {
  it.each([
    ['SG 2016:9', 'SG 2016:10', -1],
    ['SG 2016:10', 'SG 2016:9', 1],
    ['SG 2016:007', 'SG 2016:7', 1],
    ['SG 2016:7', 'SG 2016:7', 0],
    ['LG 2017:1', 'SG 2016:1', -1],
    ['SG 2017:1', 'sg 2017:2', -1],
    ['SG 2016:99999999999999999999', 'SG 2016:100000000000000000000', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareNatural(a, b))).toBe(sign);
  });
});
