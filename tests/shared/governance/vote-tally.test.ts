import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  conditionHolds,
  simpleMajorityRule,
  tallyVotes,
  twoThirdsAndHalfPopulationRule,
  weightedMajorityRule,
  type CastVote,
  type EntitledMember,
  type VoteRule,
} from '../../../src/shared/governance/vote-tally';
import { AndelError } from '../../../src/shared/errors';

// Six member municipalities, population on the reference date. Total 100 000.
const A = 1, B = 2, C = 3, D = 4, E = 5, F = 6;
const entitled: EntitledMember[] = [
  { memberId: A, weight: 50_000 },
  { memberId: B, weight: 20_000 },
  { memberId: C, weight: 12_000 },
  { memberId: D, weight: 8_000 },
  { memberId: E, weight: 6_000 },
  { memberId: F, weight: 4_000 },
];

describe('tallyVotes: two thirds of the members and half of their population', () => {
  // B, C, D (by proxy), E vote yes; A votes no; F is absent.
  const votes: CastVote[] = [
    { memberId: A, choice: 'no' },
    { memberId: B, choice: 'yes' },
    { memberId: C, choice: 'yes' },
    { memberId: D, choice: 'yes', byProxy: true },
    { memberId: E, choice: 'yes' },
  ];
  const tally = tallyVotes(twoThirdsAndHalfPopulationRule, entitled, votes);

  it('passes the members condition and fails the population condition', () => {
    // Members: 4 yes of 6 entitled; 4·3 = 12 ≥ 2·6 = 12 → passes (exactly two thirds). Share 4/6 = 2/3.
    expect(tally.conditions[0]).toMatchObject({ yes: 4, base: 6, share: { num: 2, den: 3 }, passed: true });
    // Population: 20 000 + 12 000 + 8 000 + 6 000 = 46 000 of 100 000; 46 000·2 = 92 000 < 1·100 000 → fails.
    // Share 46 000/100 000 = 23/50.
    expect(tally.conditions[1]).toMatchObject({ yes: 46_000, base: 100_000, share: { num: 23, den: 50 }, passed: false });
    expect(tally.passed).toBe(false);
  });

  it('counts attendance, proxies and sides by members and by weight', () => {
    expect(tally.members).toEqual({ entitled: 6, present: 5, proxies: 1, yes: 4, no: 1, abstain: 0, absent: 1 });
    // present = 100 000 − F's 4 000 = 96 000; no = A's 50 000; proxy = D's 8 000.
    expect(tally.weight).toEqual({ entitled: 100_000, present: 96_000, proxies: 8_000, yes: 46_000, no: 50_000, abstain: 0, absent: 4_000 });
  });

  it('passes both when A joins the yes side', () => {
    const withA = votes.map((v) => (v.memberId === A ? { ...v, choice: 'yes' as const } : v));
    const result = tallyVotes(twoThirdsAndHalfPopulationRule, entitled, withA);
    // Members 5/6 ≥ 2/3; population 96 000/100 000 = 24/25 ≥ 1/2.
    expect(result.conditions.map((c) => [c.yes, c.base, c.passed])).toEqual([
      [5, 6, true],
      [96_000, 100_000, true],
    ]);
    expect(result.passed).toBe(true);
  });

  it('fails the members condition with three of six even when they hold most of the population', () => {
    const result = tallyVotes(twoThirdsAndHalfPopulationRule, entitled, [
      { memberId: A, choice: 'yes' },
      { memberId: B, choice: 'yes' },
      { memberId: C, choice: 'yes' },
      { memberId: D, choice: 'no' },
    ]);
    // Members 3·3 = 9 < 2·6 = 12 → fails; population 82 000·2 = 164 000 ≥ 100 000 → passes.
    expect(result.conditions.map((c) => c.passed)).toEqual([false, true]);
  });
});

describe('tallyVotes: majorities of votes cast', () => {
  const votes: CastVote[] = [
    { memberId: A, choice: 'no' },
    { memberId: B, choice: 'yes' },
    { memberId: C, choice: 'yes' },
    { memberId: D, choice: 'yes' },
    { memberId: E, choice: 'yes' },
    { memberId: F, choice: 'abstain' },
  ];

  it('one member one vote: 4 yes of 5 cast (the abstention left out) passes', () => {
    const result = tallyVotes(simpleMajorityRule, entitled, votes);
    // 4·2 = 8 > 1·5 → passes; share 4/5.
    expect(result.conditions[0]).toMatchObject({ yes: 4, base: 5, share: { num: 4, den: 5 }, passed: true });
    expect(result.members.abstain).toBe(1);
  });

  it('by population: 46 000 yes against 50 000 no fails', () => {
    const result = tallyVotes(weightedMajorityRule, entitled, votes);
    // cast = 46 000 + 50 000 = 96 000; 46 000·2 = 92 000 ≤ 96 000 → fails; share 46/96 = 23/48.
    expect(result.conditions[0]).toMatchObject({ yes: 46_000, base: 96_000, share: { num: 23, den: 48 }, passed: false });
    expect(result.weight.abstain).toBe(4_000);
  });

  it('a tie is not a majority; exactly half passes "at least half"', () => {
    const tie: EntitledMember[] = [
      { memberId: 1, weight: 1 },
      { memberId: 2, weight: 1 },
    ];
    const split: CastVote[] = [
      { memberId: 1, choice: 'yes' },
      { memberId: 2, choice: 'no' },
    ];
    expect(tallyVotes(simpleMajorityRule, tie, split).passed).toBe(false);
    const half: VoteRule = { conditions: [{ measure: 'members', base: 'cast', comparison: 'at_least', num: 1, den: 2 }] };
    expect(tallyVotes(half, tie, split).passed).toBe(true);
  });

  it('nothing cast passes nothing, not even a threshold of 0', () => {
    const zero: VoteRule = { conditions: [{ measure: 'members', base: 'cast', comparison: 'at_least', num: 0, den: 1 }] };
    const result = tallyVotes(zero, entitled, [{ memberId: A, choice: 'abstain' }]);
    expect(result.conditions[0]).toMatchObject({ yes: 0, base: 0, share: null, passed: false });
  });

  it('a base of members present counts proxies as present', () => {
    const present: VoteRule = { conditions: [{ measure: 'members', base: 'present', comparison: 'more_than', num: 1, den: 2 }] };
    const result = tallyVotes(present, entitled, [
      { memberId: A, choice: 'yes', byProxy: true },
      { memberId: B, choice: 'abstain' },
      { memberId: C, choice: 'no' },
    ]);
    // 1 yes of 3 present: 1·2 = 2 > 3? no → fails.
    expect(result.conditions[0]).toMatchObject({ yes: 1, base: 3, passed: false });
    expect(result.members.proxies).toBe(1);
  });
});

describe('tallyVotes: exact at the edge of a threshold', () => {
  it('20 of 30 is two thirds; 19 of 30 is not', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ memberId: i + 1, weight: 1 }));
    const yes = (n: number): CastVote[] => thirty.slice(0, n).map((m) => ({ memberId: m.memberId, choice: 'yes' }));
    expect(tallyVotes(twoThirdsAndHalfPopulationRule, thirty, yes(20)).conditions[0]?.passed).toBe(true);
    expect(tallyVotes(twoThirdsAndHalfPopulationRule, thirty, yes(19)).conditions[0]?.passed).toBe(false);
  });

  it('weights past 2^53 when multiplied are compared exactly', () => {
    // Member 1 weighs 2^52 + 1, member 2 weighs 2^52 − 2; base = 2^53 − 1 (still a safe sum).
    // Member 1 alone: (2^52 + 1)·2 = 2^53 + 2 > 2^53 − 1 → more than half. Member 2 alone:
    // (2^52 − 2)·2 = 2^53 − 4 < 2^53 − 1 → not. The products pass 2^53 and must not be rounded.
    const big = 2 ** 52 + 1;
    const other = 2 ** 53 - 1 - big;
    const members: EntitledMember[] = [
      { memberId: 1, weight: big },
      { memberId: 2, weight: other },
    ];
    const rule: VoteRule = { conditions: [{ measure: 'weight', base: 'entitled', comparison: 'more_than', num: 1, den: 2 }] };
    expect(tallyVotes(rule, members, [{ memberId: 1, choice: 'yes' }]).passed).toBe(true);
    expect(tallyVotes(rule, members, [{ memberId: 2, choice: 'yes' }]).passed).toBe(false);
  });

  it('conditionHolds agrees with a BigInt cross-multiplication written here', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 1000 }), fc.nat(1000), fc.boolean(), (yes, extra, den, rawNum, atLeast) => {
        const num = rawNum % (den + 1);
        const base = yes + extra;
        const expected = base === 0 ? false : atLeast ? BigInt(yes) * BigInt(den) >= BigInt(num) * BigInt(base) : BigInt(yes) * BigInt(den) > BigInt(num) * BigInt(base);
        expect(conditionHolds({ comparison: atLeast ? 'at_least' : 'more_than', num, den }, yes, base)).toBe(expected);
      }),
    );
  });

  it('turning an absent member into a yes never makes a passed vote fail (entitled base)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('yes', 'no', 'abstain', 'absent'), { minLength: 8, maxLength: 8 }), (weights, choices) => {
        const members = weights.map((weight, i) => ({ memberId: i + 1, weight }));
        const votes = members.flatMap((m, i): CastVote[] => (choices[i] === 'absent' ? [] : [{ memberId: m.memberId, choice: choices[i] as CastVote['choice'] }]));
        const before = tallyVotes(twoThirdsAndHalfPopulationRule, members, votes);
        const absentee = members.find((m) => !votes.some((v) => v.memberId === m.memberId));
        if (!absentee) return;
        const after = tallyVotes(twoThirdsAndHalfPopulationRule, members, [...votes, { memberId: absentee.memberId, choice: 'yes' }]);
        if (before.passed) expect(after.passed).toBe(true);
      }),
    );
  });
});

describe('tallyVotes refuses', () => {
  const expectInvalid = (run: () => unknown, path: RegExp): void => {
    try {
      run();
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(AndelError);
      expect((error as AndelError).code).toBe('INVALID_INPUT');
      expect((error as AndelError).issues?.[0]?.path).toMatch(path);
    }
  };

  it('a vote by a member without a voting right', () => {
    expectInvalid(() => tallyVotes(simpleMajorityRule, entitled, [{ memberId: 99, choice: 'yes' }]), /^votes\[0\]\.memberId$/);
  });
  it('a member voting twice', () => {
    expectInvalid(
      () =>
        tallyVotes(simpleMajorityRule, entitled, [
          { memberId: A, choice: 'yes' },
          { memberId: A, choice: 'no' },
        ]),
      /^votes\[1\]\.memberId$/,
    );
  });
  it('a member listed twice, a fractional or negative weight', () => {
    expectInvalid(() => tallyVotes(simpleMajorityRule, [...entitled, { memberId: A, weight: 1 }], []), /^entitled\[6\]\.memberId$/);
    expectInvalid(() => tallyVotes(simpleMajorityRule, [{ memberId: 1, weight: 1.5 }], []), /^entitled\[0\]\.weight$/);
    expectInvalid(() => tallyVotes(simpleMajorityRule, [{ memberId: 1, weight: -1 }], []), /^entitled\[0\]\.weight$/);
  });
  // Paths read as every refusal names a field (calc/parse formatPath): conditions[0], not conditions.0.
  it('a rule with a threshold above 1, no conditions, or an unknown base', () => {
    expectInvalid(() => tallyVotes({ conditions: [{ measure: 'members', base: 'cast', comparison: 'at_least', num: 3, den: 2 }] }, entitled, []), /^rule\.conditions\[0\]\.num$/);
    expectInvalid(() => tallyVotes({ conditions: [] }, entitled, []), /^rule\.conditions$/);
    expectInvalid(() => tallyVotes({ conditions: [{ measure: 'members', base: 'everyone', comparison: 'at_least', num: 1, den: 2 }] } as unknown as VoteRule, entitled, []), /^rule\.conditions\[0\]\.base$/);
  });
});
