/**
 * Issue [3/9] item 12: what is wrong with a body's decision-number pattern reads in the reader's
 * language, in the body form and in the API's refusal. Expected words written by hand.
 */
import { describe, expect, it } from 'vitest';
import { decisionNumberPatternProblems, numberingProblemText, parseDecisionNumberPattern } from '../../../src/shared/governance/decision-number';
import { AndelError, localizeError } from '../../../src/shared/errors';

describe('decision-number pattern problems in Swedish and Norwegian', () => {
  it('in the form', () => {
    expect(decisionNumberPatternProblems('SG {year}:{N}', 'sv')).toEqual(['{N} är ingen platshållare; använd {year}, {n} eller {n:3}', 'måste innehålla {n} (eller {n:3} för inledande nollor)']);
    expect(decisionNumberPatternProblems('', 'nb')).toEqual(['kan ikke være tomt', 'må inneholde {year}', 'må inneholde {n} (eller {n:3} for innledende nuller)']);
    expect(decisionNumberPatternProblems('SG {year}:{n', 'en')).toEqual(['has an unmatched brace in ":{n"', 'must contain {n} (or {n:3} for zero padding)']);
  });

  it('in the refusal: every problem in English for logs, the first in Swedish for the reader', () => {
    let refused: unknown;
    try {
      parseDecisionNumberPattern('SG {n}');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AndelError);
    const error = refused as AndelError;
    expect(error.message).toBe('decisionNumberPattern "SG {n}": must contain {year}');
    const sv = localizeError(error.toApiError(), 'sv');
    expect(sv.message).toBe('decisionNumberPattern: måste innehålla {year}');
    expect(sv.issues?.map((found) => found.message)).toEqual(['måste innehålla {year}']);
  });

  it("a register's broken numbering, as the register view shows it", () => {
    const problem = { missing: [2, 3], duplicates: [1], invalid: [] };
    expect(numberingProblemText(problem, 'en')).toBe('numbers 2, 3 are missing; number 1 is used more than once');
    expect(numberingProblemText(problem, 'sv')).toBe('nummer 2, 3 saknas; nummer 1 används mer än en gång');
    expect(numberingProblemText({ missing: [4], duplicates: [] }, 'nb')).toBe('nummer 4 mangler');
  });
});
