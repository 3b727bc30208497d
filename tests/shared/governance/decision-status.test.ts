import { describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/errors';
import {
  allowedTransitions,
  assertStatusChange,
  assertSupersededBy,
  assertTransition,
  canTransition,
  decisionStatuses,
  isTerminalStatus,
  supersedingDecisionIds,
  type DecisionStatus,
} from '../../../src/shared/governance/decision-status';
import { AndelError } from '../../../src/shared/errors';

// The machine written out independently of the implementation, as issue 5 and the brief state it.
const allowed: ReadonlySet<string> = new Set([
  'proposed→adopted',
  'proposed→rejected',
  'proposed→postponed',
  'postponed→proposed',
  'postponed→adopted',
  'postponed→rejected',
  'adopted→implemented',
  'adopted→superseded',
  'implemented→superseded',
]);

const allPairs = decisionStatuses.flatMap((from) => decisionStatuses.map((to) => [from, to] as const));
const allowedPairs = allPairs.filter(([from, to]) => allowed.has(`${from}→${to}`));
const forbiddenPairs = allPairs.filter(([from, to]) => !allowed.has(`${from}→${to}`));

function conflictOf(action: () => void): AndelError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AndelError);
    expect((error as AndelError).code).toBe('CONFLICT');
    return error as AndelError;
  }
  throw new Error('expected a CONFLICT');
}

describe('decision status transitions', () => {
  it('covers all 36 pairs: 9 allowed, 27 forbidden', () => {
    expect(allPairs).toHaveLength(36);
    expect(allowedPairs).toHaveLength(9);
    expect(forbiddenPairs).toHaveLength(27);
  });

  it.each(allowedPairs)('%s → %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(forbiddenPairs)('%s → %s is refused with a clear message', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    const error = conflictOf(() => assertTransition(from, to));
    const options = decisionStatuses.filter((s) => allowed.has(`${from}→${s}`));
    const verb = from === to ? `is already ${to}` : `cannot become ${to}`;
    expect(error.message).toBe(`A decision that is ${from} ${verb}; allowed from ${from}: ${options.length ? options.join(', ') : 'none'}`);
    expect(error.issues).toMatchObject([{ path: 'status', message: `${from} → ${to} is not allowed` }]);
  });

  it.each([
    ['rejected', 'adopted', 'A decision that is rejected cannot become adopted; allowed from rejected: none'],
    ['superseded', 'adopted', 'A decision that is superseded cannot become adopted; allowed from superseded: none'],
    ['adopted', 'proposed', 'A decision that is adopted cannot become proposed; allowed from adopted: implemented, superseded'],
    ['implemented', 'adopted', 'A decision that is implemented cannot become adopted; allowed from implemented: superseded'],
    ['proposed', 'implemented', 'A decision that is proposed cannot become implemented; allowed from proposed: adopted, rejected, postponed'],
    ['adopted', 'adopted', 'A decision that is adopted is already adopted; allowed from adopted: implemented, superseded'],
  ] as const)('message for %s → %s reads as English', (from, to, message) => {
    expect(() => assertTransition(from, to)).toThrow(message);
  });

  it.each([
    ['sv', 'Ett beslut med status antaget kan inte få status förslag; tillåtet från antaget: genomfört, ersatt', 'antaget → förslag är inte tillåtet'],
    ['nb', 'Et vedtak med status vedtatt kan ikke få status forslag; tillatt fra vedtatt: gjennomført, erstattet', 'vedtatt → forslag er ikke tillatt'],
  ] as const)('the same refusal reads in %s, statuses in its own words', (lang, message, field) => {
    const error = localizeError(conflictOf(() => assertTransition('adopted', 'proposed')).toApiError(), lang);
    expect(error.message).toBe(message);
    expect(error.issues?.[0]?.message).toBe(field);
  });

  it('rejected and superseded are the only terminal statuses', () => {
    expect(decisionStatuses.filter(isTerminalStatus)).toEqual(['rejected', 'superseded']);
    expect(allowedTransitions('rejected')).toEqual([]);
  });
});

describe('superseding needs a link from a decision in force', () => {
  const statuses = new Map<number, DecisionStatus>([
    [1, 'adopted'],
    [2, 'adopted'],
    [3, 'proposed'],
    [4, 'implemented'],
  ]);
  const statusOf = (id: number): DecisionStatus | undefined => statuses.get(id);

  it('finds the decisions that supersede one, ignoring other kinds and self-links', () => {
    const links = [
      { decisionId: 2, kind: 'supersedes', targetDecisionId: 1 },
      { decisionId: 4, kind: 'supersedes', targetDecisionId: 1 },
      { decisionId: 3, kind: 'relates_to', targetDecisionId: 1 },
      { decisionId: 1, kind: 'supersedes', targetDecisionId: 1 },
      { decisionId: 2, kind: 'supersedes', targetDecisionId: 1 },
    ];
    expect(supersedingDecisionIds(1, links)).toEqual([2, 4]);
    expect(supersedingDecisionIds(2, links)).toEqual([]);
  });

  it('accepts a link from an adopted or implemented decision and returns its id', () => {
    expect(assertSupersededBy(1, [{ decisionId: 2, kind: 'supersedes', targetDecisionId: 1 }], statusOf)).toBe(2);
    expect(assertSupersededBy(1, [{ decisionId: 4, kind: 'supersedes', targetDecisionId: 1 }], statusOf)).toBe(4);
  });

  it('refuses without a link', () => {
    const error = conflictOf(() => assertSupersededBy(1, [{ decisionId: 2, kind: 'relates_to', targetDecisionId: 1 }], statusOf));
    expect(error.message).toBe('Decision 1 can only be marked superseded with a link from the decision that supersedes it; none links to it');
  });

  it('refuses a link from a decision that is only proposed, or unknown', () => {
    const links = [
      { decisionId: 3, kind: 'supersedes', targetDecisionId: 1 },
      { decisionId: 99, kind: 'supersedes', targetDecisionId: 1 },
    ];
    const error = conflictOf(() => assertSupersededBy(1, links, statusOf));
    expect(error.message).toBe('Decision 1 can only be superseded by a decision that is adopted or implemented; linked: 3 (proposed), 99 (not found)');
  });

  it('assertStatusChange checks the step first, then the link', () => {
    const link = [{ decisionId: 2, kind: 'supersedes', targetDecisionId: 1 }];
    expect(() => assertStatusChange({ decisionId: 1, from: 'adopted', to: 'superseded', links: link, statusOf })).not.toThrow();
    expect(() => assertStatusChange({ decisionId: 1, from: 'adopted', to: 'superseded', links: [], statusOf })).toThrow(/link/);
    expect(() => assertStatusChange({ decisionId: 1, from: 'proposed', to: 'superseded', links: link, statusOf })).toThrow(
      'A decision that is proposed cannot become superseded',
    );
    expect(() => assertStatusChange({ decisionId: 1, from: 'proposed', to: 'adopted', links: [], statusOf })).not.toThrow();
  });
});
