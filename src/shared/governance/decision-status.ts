/**
 * The life of a decision in the register. A proposal is adopted, rejected or postponed; a postponed
 * matter comes back (re-tabled as a proposal, or decided directly at a later meeting); an adopted
 * decision is carried out (implemented) or replaced (superseded) by a later one. Rejected and
 * superseded are final: reopening a rejected matter is a new proposal with a new number, so the
 * register keeps what was actually decided.
 */
import { AndelError, issue, ref, type MessageRef } from '../errors';
import { decisionStatuses, type MeetingStatus } from '../document/record-words';

export type DecisionStatus = (typeof decisionStatuses)[number];

export { decisionStatuses };

export const decisionTransitions: { readonly [From in DecisionStatus]: readonly DecisionStatus[] } = {
  proposed: ['adopted', 'rejected', 'postponed'],
  postponed: ['proposed', 'adopted', 'rejected'],
  adopted: ['implemented', 'superseded'],
  implemented: ['superseded'],
  rejected: [],
  superseded: [],
};

export function allowedTransitions(from: DecisionStatus): readonly DecisionStatus[] {
  return decisionTransitions[from];
}

export function canTransition(from: DecisionStatus, to: DecisionStatus): boolean {
  return decisionTransitions[from].includes(to);
}

export function isTerminalStatus(status: DecisionStatus): boolean {
  return decisionTransitions[status].length === 0;
}

/**
 * Whether the adopt dialog offers a decision: a proposal (what a coming meeting will decide), or a
 * decision being recorded — adopted at a meeting whose minutes are not recorded yet (the meeting is
 * not held). A decision recorded at a held meeting, or without a meeting, already says what it
 * decided (e.g. the choice of library system) and is not offered.
 */
export function offeredForAdoption(decision: { status: DecisionStatus; meetingId: number | null; meetingStatus: MeetingStatus | null }): boolean {
  if (decision.status === 'proposed') return true;
  return decision.status === 'adopted' && decision.meetingId !== null && decision.meetingStatus === 'planned';
}

/** Statuses in which a decision is in force, and so may supersede another. */
export const inForceStatuses: readonly DecisionStatus[] = ['adopted', 'implemented'];

const statusWord = (status: DecisionStatus): MessageRef => ref(`enum.decisionStatus.${status}`);

const allowedWords = (from: DecisionStatus): MessageRef | MessageRef[] => {
  const allowed = decisionTransitions[from];
  return allowed.length === 0 ? ref('error.decision.nothingAllowed') : allowed.map(statusWord);
};

/** CONFLICT unless `from → to` is an allowed step; staying in the same status is not a step. */
export function assertTransition(from: DecisionStatus, to: DecisionStatus): void {
  if (canTransition(from, to)) return;
  const params = { from: statusWord(from), to: statusWord(to) };
  throw new AndelError('CONFLICT', ref(from === to ? 'error.decision.transitionSame' : 'error.decision.transition', { ...params, allowed: allowedWords(from) }), [
    issue('status', 'error.decision.transitionField', params),
  ]);
}

/** The parts of a decision link (see the workspace document) that say who supersedes whom. */
export interface SupersedesLink {
  /** The newer decision, the one that carries the link. */
  readonly decisionId: number;
  readonly kind: string;
  /** The older decision it replaces. */
  readonly targetDecisionId: number | null;
}

/** Ids of the decisions that say they supersede `decisionId`, ascending, excluding a self-link. */
export function supersedingDecisionIds(decisionId: number, links: Iterable<SupersedesLink>): number[] {
  const ids = new Set<number>();
  for (const link of links) {
    if (link.kind === 'supersedes' && link.targetDecisionId === decisionId && link.decisionId !== decisionId) ids.add(link.decisionId);
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * A decision may only be marked superseded when the register shows what replaced it: a
 * `supersedes` link from another decision that is in force. Without the link a reader of the
 * register could not follow the chain; a mere proposal cannot replace anything yet.
 * Returns the id of the superseding decision (the lowest, should there be several).
 */
export function assertSupersededBy(
  decisionId: number,
  links: Iterable<SupersedesLink>,
  statusOf: (id: number) => DecisionStatus | undefined,
): number {
  const candidates = supersedingDecisionIds(decisionId, links);
  if (candidates.length === 0) {
    throw new AndelError('CONFLICT', ref('error.decision.supersededNeedsLink', { id: decisionId }), [issue('status', 'error.decision.noSupersedingLinked')]);
  }
  const inForce = candidates.find((id) => {
    const status = statusOf(id);
    return status !== undefined && inForceStatuses.includes(status);
  });
  if (inForce === undefined) {
    const linked = candidates.map((id) => {
      const status = statusOf(id);
      return status ? ref('error.decision.linkedStatus', { id, status: statusWord(status) }) : ref('error.decision.linkedMissing', { id });
    });
    throw new AndelError('CONFLICT', ref('error.decision.supersededByAdopted', { id: decisionId, linked }), [issue('status', 'error.decision.supersedingNotInForce')]);
  }
  return inForce;
}

/** One status change with everything it needs checked: the step itself, and for `superseded`, the link. */
export function assertStatusChange(change: {
  readonly decisionId: number;
  readonly from: DecisionStatus;
  readonly to: DecisionStatus;
  readonly links: Iterable<SupersedesLink>;
  readonly statusOf: (id: number) => DecisionStatus | undefined;
}): void {
  assertTransition(change.from, change.to);
  if (change.to === 'superseded') assertSupersededBy(change.decisionId, change.links, change.statusOf);
}
