/**
 * The voting-rule builder: conditions typed by the user become the rule bodies:setVotingRule
 * accepts, checked by the contract's schema before saving; a threshold that is no fraction, above 1
 * or with a denominator past 1000 names its row.
 */
import { describe, expect, it } from 'vitest';
import { builtRule, draftOf, parseThreshold } from '../../../src/renderer/src/features/governance/rule-builder';
import { twoThirdsAndHalfPopulationRule, voteRuleSchema } from '../../../src/shared/governance/vote-tally';

describe('the voting-rule builder', () => {
  it('reads thresholds as fractions of whole numbers', () => {
    expect(parseThreshold('2/3')).toEqual({ num: 2, den: 3 });
    expect(parseThreshold(' 1 / 2 ')).toEqual({ num: 1, den: 2 });
    expect(parseThreshold('0,5')).toBeNull();
    expect(parseThreshold('50%')).toBeNull();
    expect(parseThreshold('2/')).toBeNull();
  });

  it('builds a qualified rule of two conditions: two thirds of the members and more than half of the population present', () => {
    const built = builtRule([
      { measure: 'members', base: 'entitled', comparison: 'at_least', threshold: '2/3' },
      { measure: 'weight', base: 'present', comparison: 'more_than', threshold: '1/2' },
    ]);
    expect(built).toEqual({
      rule: {
        conditions: [
          { measure: 'members', base: 'entitled', comparison: 'at_least', num: 2, den: 3 },
          { measure: 'weight', base: 'present', comparison: 'more_than', num: 1, den: 2 },
        ],
      },
    });
    expect(voteRuleSchema.safeParse((built as { rule: unknown }).rule).success).toBe(true);
  });

  it('starts from a stored rule as it is and gives it back unchanged', () => {
    const drafts = twoThirdsAndHalfPopulationRule.conditions.map(draftOf);
    expect(drafts.map((d) => d.threshold)).toEqual(['2/3', '1/2']);
    expect(builtRule(drafts)).toEqual({ rule: twoThirdsAndHalfPopulationRule });
  });

  it('names the row of a threshold that is no fraction, above 1, or too fine', () => {
    const ok = { measure: 'members', base: 'cast', comparison: 'more_than', threshold: '1/2' } as const;
    expect(builtRule([ok, { ...ok, threshold: 'hälften' }])).toEqual({ row: 1 });
    expect(builtRule([{ ...ok, threshold: '3/2' }, ok])).toEqual({ row: 0 });
    expect(builtRule([ok, ok, { ...ok, threshold: '1/1001' }])).toEqual({ row: 2 });
  });
});
