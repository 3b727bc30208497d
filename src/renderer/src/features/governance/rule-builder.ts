/**
 * The voting-rule builder's logic (VotesPanel's RuleModal): conditions as the user edits them, the
 * threshold typed as a fraction ("2/3"), turned into a rule the contract's own schema accepts
 * (voteRuleSchema, the same check bodies:setVotingRule makes), or the row that is wrong.
 */
import { voteRuleSchema, type VoteCondition, type VoteRule } from '../../../../shared/governance/vote-tally';

/** A condition as the builder edits it: the threshold as typed ("2/3"). */
export interface DraftCondition {
  measure: VoteCondition['measure'];
  base: VoteCondition['base'];
  comparison: VoteCondition['comparison'];
  threshold: string;
}

export const draftOf = (c: VoteCondition): DraftCondition => ({ measure: c.measure, base: c.base, comparison: c.comparison, threshold: `${c.num}/${c.den}` });

/** "2/3", "1 / 2", "50/100": a share as a fraction of whole numbers; null when it is not one. */
export function parseThreshold(text: string): { num: number; den: number } | null {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/u.exec(text);
  return match ? { num: Number(match[1]), den: Number(match[2]) } : null;
}

/** The rule the builder holds, checked by the contract's own schema (voteRuleSchema): the rule, or the first problem's row. */
export function builtRule(conditions: readonly DraftCondition[]): { rule: VoteRule } | { row: number | null } {
  const parsed = conditions.map((c) => ({ ...c, fraction: parseThreshold(c.threshold) }));
  const unparsed = parsed.findIndex((c) => c.fraction === null);
  if (unparsed >= 0) return { row: unparsed };
  const rule = { conditions: parsed.map(({ measure, base, comparison, fraction }) => ({ measure, base, comparison, num: fraction!.num, den: fraction!.den })) };
  const checked = voteRuleSchema.safeParse(rule);
  if (checked.success) return { rule: checked.data };
  const row = checked.error.issues[0]?.path[1];
  return { row: typeof row === 'number' ? row : null };
}
