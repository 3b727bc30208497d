/**
 * Votes on an agenda item, tallied by the rule the body declares. Pure and exact: every share is a
 * rational compared by cross-multiplication in BigInt, never a float, so "two thirds" means 2/3 and
 * a tally of 20 yes out of 30 members passes "at least 2/3" exactly.
 *
 * A rule is a list of conditions that must all hold:
 *   - measure: count `members` (one member one vote) or sum their `weight` (a metric of the key,
 *     such as population as of a reference date, supplied by the caller);
 *   - base: what the yes side is a share of — all `entitled` members (those with a voting right on
 *     the day, present or not), those `present` (in person or by proxy), or the votes `cast`
 *     (yes + no; abstentions and absences left out);
 *   - comparison: `at_least` (yes ≥ threshold × base) or `more_than` (yes > threshold × base);
 *   - threshold: a fraction num/den with 0 ≤ num ≤ den.
 * A condition whose base is empty (nothing cast, nobody present, no weight) does not pass: a body
 * cannot decide with nothing behind the decision.
 *
 * The presets name the common rules: a simple majority of votes cast, by members or by weight, and
 * the qualified majority of Finland's joint authorities (at least two thirds of the members and at
 * least half of their population). Who holds a voting right on the day is the caller's business
 * (the seats); a member not in `votes` is absent.
 */
import { z } from 'zod';
import { invalidField, ref } from '../errors';
import { fieldRefine, schemaIssueMessage, type SchemaIssueLike } from '../i18n/zod-issues';
import { formatPath } from '../calc/parse';

export const voteChoices = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof voteChoices)[number];

export const voteMeasures = ['members', 'weight'] as const;
export const voteBases = ['entitled', 'present', 'cast'] as const;
export const voteComparisons = ['at_least', 'more_than'] as const;

/** Largest threshold denominator accepted (a share such as 2/3 or 50/100, not a float in disguise). */
export const MAX_THRESHOLD_DENOMINATOR = 1000;
/** Most conditions a rule may hold. */
export const MAX_RULE_CONDITIONS = 6;

export const voteConditionSchema = z
  .object({
    measure: z.enum(voteMeasures),
    base: z.enum(voteBases),
    comparison: z.enum(voteComparisons),
    num: z.number().int().min(0),
    den: z.number().int().min(1).max(MAX_THRESHOLD_DENOMINATOR),
  })
  .strict()
  .refine((c) => c.num <= c.den, { ...fieldRefine('error.field.thresholdAtMostOne'), path: ['num'] });

export const voteRuleSchema = z
  .object({
    conditions: z.array(voteConditionSchema).min(1).max(MAX_RULE_CONDITIONS),
  })
  .strict();

export type VoteCondition = z.infer<typeof voteConditionSchema>;
export type VoteRule = z.infer<typeof voteRuleSchema>;

/** One member one vote: more than half of the votes cast are yes. */
export const simpleMajorityRule: VoteRule = { conditions: [{ measure: 'members', base: 'cast', comparison: 'more_than', num: 1, den: 2 }] };
/** By a metric of the key: the yes side holds more than half of the weight of the votes cast. */
export const weightedMajorityRule: VoteRule = { conditions: [{ measure: 'weight', base: 'cast', comparison: 'more_than', num: 1, den: 2 }] };
/** Finland's joint authorities: at least two thirds of the members, holding at least half of their population. */
export const twoThirdsAndHalfPopulationRule: VoteRule = {
  conditions: [
    { measure: 'members', base: 'entitled', comparison: 'at_least', num: 2, den: 3 },
    { measure: 'weight', base: 'entitled', comparison: 'at_least', num: 1, den: 2 },
  ],
};

export interface EntitledMember {
  /** The member (a party of the agreement, or a seat holder): any stable id. */
  memberId: number;
  /** Its weight under the body's metric (e.g. population on the reference date); 1 when voting per member. */
  weight: number;
}

export interface CastVote {
  memberId: number;
  choice: VoteChoice;
  /** Voted through a proxy holder rather than in person. */
  byProxy?: boolean;
}

export interface Rational {
  num: number;
  den: number;
}

export interface SideTotals {
  entitled: number;
  present: number;
  proxies: number;
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

export interface ConditionTally {
  condition: VoteCondition;
  /** The yes side in the condition's measure (members, or weight). */
  yes: number;
  /** The base it is a share of, in the same measure. */
  base: number;
  /** yes / base reduced to lowest terms; null when the base is empty. */
  share: Rational | null;
  passed: boolean;
}

export interface VoteTally {
  members: SideTotals;
  weight: SideTotals;
  conditions: ConditionTally[];
  /** Every condition passed. */
  passed: boolean;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduce(num: bigint, den: bigint): Rational {
  const g = gcd(num, den) || 1n;
  return { num: Number(num / g), den: Number(den / g) };
}

function safeSum(values: readonly number[], path: string): number {
  const total = values.reduce((sum, v) => sum + BigInt(v), 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidField(path, 'error.tally.weightsTooLarge', { max: Number.MAX_SAFE_INTEGER });
  return Number(total);
}

/** Whether `yes` meets `num/den × base` under the comparison, exactly. An empty base never passes. */
export function conditionHolds(condition: Pick<VoteCondition, 'comparison' | 'num' | 'den'>, yes: number, base: number): boolean {
  if (base <= 0) return false;
  const lhs = BigInt(yes) * BigInt(condition.den);
  const rhs = BigInt(condition.num) * BigInt(base);
  return condition.comparison === 'at_least' ? lhs >= rhs : lhs > rhs;
}

/**
 * Tallies the votes of one item. `entitled` lists every member with a voting right on the day;
 * `votes` the members present (in person or by proxy) and how they voted. Refuses (INVALID_INPUT)
 * a rule that does not parse, a weight that is not a whole non-negative number, a member listed
 * twice, or a vote by a member without a voting right.
 */
export function tallyVotes(rule: VoteRule, entitled: readonly EntitledMember[], votes: readonly CastVote[]): VoteTally {
  const parsed = voteRuleSchema.safeParse(rule);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const found = first ? schemaIssueMessage(first as SchemaIssueLike) : { messageKey: 'error.field.invalid' as const };
    throw invalidField(formatPath('rule', first?.path ?? []), 'error.tally.notARule', { detail: ref(found.messageKey, found.params) });
  }
  const weights = new Map<number, number>();
  entitled.forEach((member, index) => {
    if (!Number.isSafeInteger(member.weight) || member.weight < 0) {
      throw invalidField(`entitled[${index}].weight`, 'error.tally.badWeight', { weight: member.weight });
    }
    if (weights.has(member.memberId)) throw invalidField(`entitled[${index}].memberId`, 'error.tally.listedTwice', { id: member.memberId });
    weights.set(member.memberId, member.weight);
  });
  const voted = new Map<number, CastVote>();
  votes.forEach((vote, index) => {
    if (!weights.has(vote.memberId)) throw invalidField(`votes[${index}].memberId`, 'error.tally.noRight', { id: vote.memberId });
    if (voted.has(vote.memberId)) throw invalidField(`votes[${index}].memberId`, 'error.tally.votedTwice', { id: vote.memberId });
    if (!voteChoices.includes(vote.choice)) throw invalidField(`votes[${index}].choice`, 'error.tally.badChoice', { choice: String(vote.choice) });
    voted.set(vote.memberId, vote);
  });

  const pick = (filter: (memberId: number) => boolean, measure: 'members' | 'weight', path: string): number => {
    const chosen = [...weights.entries()].filter(([id]) => filter(id));
    return measure === 'members' ? chosen.length : safeSum(chosen.map(([, w]) => w), path);
  };
  const choiceIs = (choice: VoteChoice) => (id: number) => voted.get(id)?.choice === choice;
  const totals = (measure: 'members' | 'weight'): SideTotals => ({
    entitled: pick(() => true, measure, 'entitled'),
    present: pick((id) => voted.has(id), measure, 'votes'),
    proxies: pick((id) => voted.get(id)?.byProxy === true, measure, 'votes'),
    yes: pick(choiceIs('yes'), measure, 'votes'),
    no: pick(choiceIs('no'), measure, 'votes'),
    abstain: pick(choiceIs('abstain'), measure, 'votes'),
    absent: pick((id) => !voted.has(id), measure, 'entitled'),
  });
  const members = totals('members');
  const weight = totals('weight');

  const conditions = parsed.data.conditions.map((condition): ConditionTally => {
    const side = condition.measure === 'members' ? members : weight;
    const base = condition.base === 'entitled' ? side.entitled : condition.base === 'present' ? side.present : side.yes + side.no;
    return {
      condition,
      yes: side.yes,
      base,
      share: base > 0 ? reduce(BigInt(side.yes), BigInt(base)) : null,
      passed: conditionHolds(condition, side.yes, base),
    };
  });
  return { members, weight, conditions, passed: conditions.every((c) => c.passed) };
}
