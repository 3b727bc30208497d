import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkRegisterNumbering,
  checkSequences,
  decisionNumberPatternProblems,
  formatDecisionNumber,
  parseDecisionNumberPattern,
} from '../../../src/shared/governance/decision-number';
import { AndelError } from '../../../src/shared/errors';

describe('formatDecisionNumber', () => {
  it.each([
    ['SG {year}:{n}', 2016, 7, 'SG 2016:7'],
    ['SG {year}:{n}', 2016, 12, 'SG 2016:12'],
    ['SG {year}:{n:3}', 2016, 7, 'SG 2016:007'],
    ['SG {year}:{n:3}', 2016, 1234, 'SG 2016:1234'],
    ['{n:2}/{year}', 2024, 3, '03/2024'],
    ['Styrgruppen § {n}, {year}', 2017, 1, 'Styrgruppen § 1, 2017'],
    ['FR-{year}-{n:4}', 2025, 42, 'FR-2025-0042'],
    ['{year}{n:2}', 2025, 5, '202505'],
  ])('%s, %i, %i → %s', (pattern, year, sequence, expected) => {
    expect(formatDecisionNumber(pattern, year, sequence)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses sequence %s', (sequence) => {
    expect(() => formatDecisionNumber('SG {year}:{n}', 2016, sequence)).toThrow(/sequence/);
  });

  it('refuses a year that is not four digits', () => {
    expect(() => formatDecisionNumber('SG {year}:{n}', 16, 1)).toThrow(/four-digit year/);
  });

  it('refuses an invalid pattern with every problem named', () => {
    try {
      formatDecisionNumber('SG {yaer}', 2016, 1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AndelError);
      expect((error as AndelError).code).toBe('INVALID_INPUT');
      expect((error as AndelError).message).toContain('{yaer} is not a placeholder');
      expect((error as AndelError).message).toContain('must contain {year}');
      expect((error as AndelError).message).toContain('must contain {n}');
    }
  });
});

describe('pattern validation', () => {
  it.each([
    ['SG {year}:{n}', []],
    ['SG {year}:{n:3}', []],
    ['', ['must not be empty', 'must contain {year}', 'must contain {n} (or {n:3} for zero padding)']],
    ['SG {n}', ['must contain {year}']],
    ['SG {year}', ['must contain {n} (or {n:3} for zero padding)']],
    ['{year} {year}:{n}', ['must contain {year} only once']],
    ['{year}:{n}/{n:2}', ['must contain {n} only once']],
    ['SG {year}:{n:0}', ['{n:0}: the width must be between 1 and 9', 'must contain {n} (or {n:3} for zero padding)']],
    ['SG {year}:{n:10}', ['{n:10}: the width must be between 1 and 9', 'must contain {n} (or {n:3} for zero padding)']],
    ['SG {year}:{N}', ['{N} is not a placeholder; use {year}, {n} or {n:3}', 'must contain {n} (or {n:3} for zero padding)']],
    ['SG {year}:{n', ['has an unmatched brace in ":{n"', 'must contain {n} (or {n:3} for zero padding)']],
    ['SG {year}:n}', ['has an unmatched brace in ":n}"', 'must contain {n} (or {n:3} for zero padding)']],
    [`${'x'.repeat(60)}{year}{n}`, ['must be at most 60 characters']],
  ])('%j → %j', (pattern, problems) => {
    expect(decisionNumberPatternProblems(pattern)).toEqual(problems);
  });

  it('parses a pattern into its parts', () => {
    expect(parseDecisionNumberPattern('SG {year}:{n:3}')).toEqual([
      { kind: 'text', text: 'SG ' },
      { kind: 'year' },
      { kind: 'text', text: ':' },
      { kind: 'sequence', width: 3 },
    ]);
  });
});

describe('checkSequences', () => {
  it.each([
    [[], { ok: true, missing: [], duplicates: [], invalid: [] }],
    [[1, 2, 3], { ok: true, missing: [], duplicates: [], invalid: [] }],
    [[3, 1, 2], { ok: true, missing: [], duplicates: [], invalid: [] }],
    [[1, 3], { ok: false, missing: [2], duplicates: [], invalid: [] }],
    [[2, 5], { ok: false, missing: [1, 3, 4], duplicates: [], invalid: [] }],
    [[1, 2, 2, 3, 3, 3], { ok: false, missing: [], duplicates: [2, 3], invalid: [] }],
    [[1, 1, 4], { ok: false, missing: [2, 3], duplicates: [1], invalid: [] }],
    [[1, 0, -2, 2.5], { ok: false, missing: [], duplicates: [], invalid: [0, -2, 2.5] }],
  ])('%j → %j', (sequences, expected) => {
    expect(checkSequences(sequences)).toEqual(expected);
  });

  it('a permutation of 1..n is always fine, and removing one inner number is always reported', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }).chain((n) =>
          fc.tuple(fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i + 1), { minLength: n, maxLength: n }), fc.integer({ min: 1, max: n - 1 })),
        ),
        ([sequences, removed]) => {
          expect(checkSequences(sequences).ok).toBe(true);
          const withGap = sequences.filter((s) => s !== removed);
          expect(checkSequences(withGap).missing).toEqual([removed]);
          expect(checkSequences([...sequences, removed]).duplicates).toEqual([removed]);
        },
      ),
    );
  });
});

describe('checkRegisterNumbering', () => {
  it('checks each body and year on its own and says what is wrong', () => {
    const decisions = [
      { bodyId: 1, year: 2016, sequence: 1 },
      { bodyId: 1, year: 2016, sequence: 2 },
      { bodyId: 1, year: 2017, sequence: 1 },
      { bodyId: 1, year: 2017, sequence: 3 },
      { bodyId: 2, year: 2016, sequence: 1 },
      { bodyId: 2, year: 2016, sequence: 1 },
      { bodyId: 2, year: 2016, sequence: 4 },
    ];
    expect(checkRegisterNumbering(decisions)).toEqual([
      { bodyId: 1, year: 2017, missing: [2], duplicates: [], invalid: [], message: 'body 1, 2017: number 2 is missing' },
      {
        bodyId: 2,
        year: 2016,
        missing: [2, 3],
        duplicates: [1],
        invalid: [],
        message: 'body 2, 2016: numbers 2, 3 are missing; number 1 is used more than once',
      },
    ]);
  });

  it('is empty for a register numbered 1..n per body and year', () => {
    expect(checkRegisterNumbering([{ bodyId: 1, year: 2016, sequence: 1 }, { bodyId: 2, year: 2016, sequence: 1 }])).toEqual([]);
  });
});
