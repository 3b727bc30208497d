/**
 * The life of a decision in the register. A proposal is adopted, rejected or postponed; a postponed
 * matter comes back (re-tabled as a proposal, or decided directly at a later meeting); an adopted
 * decision is carried out (implemented) or replaced (superseded) by a later one. Rejected and
 * superseded are final: reopening a rejected matter is a new proposal with a new number, so the
 * register keeps what was actually decided.
 */
import { AndelError } from '../errors';
import { decisionStatuses } from '../document/workspace-document.schema';

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
export function offeredForAdoption(decision: { status: DecisionStatus; meetingId: number | null; meetingStatus: 'planned' | 'held' | 'cancelled' | null }): boolean {
  if (decision.status === 'proposed') return true;
  return decision.status === 'adopted' && decision.meetingId !== null && decision.meetingStatus === 'planned';
}

/** Statuses in which a decision is in force, and so may supersede another. */
export const inForceStatuses: readonly DecisionStatus[] = ['adopted', 'implemented'];

const allowedText = (from: DecisionStatus): string => {
  const allowed = decisionTransitions[from];
  return allowed.length === 0 ? 'none' : allowed.join(', ');
};

/** CONFLICT unless `from → to` is an allowed step; staying in the same status is not a step. */
export function assertTransition(from: DecisionStatus, to: DecisionStatus): void {
  if (canTransition(from, to)) return;
  const what = from === to ? `is already ${to}` : `cannot become ${to}`;
  throw new AndelError('CONFLICT', `A decision that is ${from} ${what}; allowed from ${from}: ${allowedText(from)}`, [
    { path: 'status', message: `${from} → ${to} is not allowed` },
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
    throw new AndelError(
      'CONFLICT',
      `Decision ${decisionId} can only be marked superseded with a link from the decision that supersedes it; none links to it`,
      [{ path: 'status', message: 'no superseding decision is linked' }],
    );
  }
  const inForce = candidates.find((id) => {
    const status = statusOf(id);
    return status !== undefined && inForceStatuses.includes(status);
  });
  if (inForce === undefined) {
    const described = candidates.map((id) => `${id} (${statusOf(id) ?? 'not found'})`).join(', ');
    throw new AndelError(
      'CONFLICT',
      `Decision ${decisionId} can only be superseded by a decision that is adopted or implemented; linked: ${described}`,
      [{ path: 'status', message: 'the superseding decision is not in force' }],
    );
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
