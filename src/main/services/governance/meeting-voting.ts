/**
 * Who votes and with what weight: the rule a body declares (one seat one vote, weighed by a metric
 * of the key as of a reference date, or a qualified rule of several conditions), the seats with a
 * voting right on the meeting's date (chair, vice chair and member seats held that day) and an
 * item's tally (the pure, exact one of shared/governance/vote-tally). Read by the meeting view.
 */
import type { ItemVoteView, MeetingVotingView, VoterView, VotingRuleView } from '../../../shared/api/channels/governance.channels';
import { simpleMajorityRule, tallyVotes, type VoteChoice, type VoteRule } from '../../../shared/governance/vote-tally';
import { listOrganisationNames, listPersons } from '../../repositories/person.repository';
import { listSeats } from '../../repositories/seat.repository';
import { findVotingRule, type VoteRow } from '../../repositories/vote.repository';
import { collator, seatIsCurrent, type Db } from './body-common';
import type { SeatRole } from '../../../shared/document/workspace-document.schema';

/** Seats whose holders vote. */
export const VOTING_ROLES: readonly SeatRole[] = ['chair', 'vice_chair', 'member'];

export async function votingRuleOf(db: Db, bodyId: number): Promise<VotingRuleView> {
  const row = await findVotingRule(db, bodyId);
  if (!row) return { rule: simpleMajorityRule, metric: null, referenceDate: null, declared: false };
  return { rule: JSON.parse(row.rule) as VoteRule, metric: row.metric, referenceDate: row.referenceDate, declared: true };
}

/** Each organisation's value of `metric` as of `asOf`: the value with the latest reference date on or before it (0 when none). */
async function metricAsOf(db: Db, metric: string, organisationIds: readonly number[], asOf: string): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  if (organisationIds.length === 0) return found;
  const rows = await db
    .selectFrom('metricValues')
    .select(['organisationId', 'value', 'referenceDate'])
    .where('metric', '=', metric)
    .where('organisationId', 'in', [...organisationIds])
    .where('referenceDate', '<=', asOf)
    .orderBy('referenceDate')
    .execute();
  for (const row of rows) found.set(row.organisationId, row.value);
  return found;
}

/** The body's rule and the seats with a voting right on the meeting's date, weighed. */
export async function meetingVoting(db: Db, bodyId: number, meetingDate: string): Promise<MeetingVotingView> {
  const rule = await votingRuleOf(db, bodyId);
  const asOf = rule.referenceDate ?? meetingDate;
  const seats = (await listSeats(db, [bodyId])).filter((seat) => seatIsCurrent(seat, meetingDate) && VOTING_ROLES.includes(seat.role as SeatRole));
  const orgIds = [...new Set(seats.flatMap((s) => (s.organisationId === null ? [] : [s.organisationId])))];
  const [persons, orgNames, weights] = await Promise.all([
    listPersons(db),
    listOrganisationNames(db, orgIds),
    rule.metric === null ? Promise.resolve(new Map<number, number>()) : metricAsOf(db, rule.metric, orgIds, asOf),
  ]);
  const personName = new Map(persons.map((p) => [p.id, p.name]));
  const orgName = new Map(orgNames.map((o) => [o.id, o.name]));
  const voters: VoterView[] = seats.map((seat) => ({
    seatId: seat.id,
    personId: seat.personId,
    personName: personName.get(seat.personId) ?? `#${seat.personId}`,
    organisationName: seat.organisationId === null ? null : (orgName.get(seat.organisationId) ?? null),
    role: seat.role as SeatRole,
    weight: rule.metric === null ? 1 : seat.organisationId === null ? 0 : (weights.get(seat.organisationId) ?? 0),
  }));
  voters.sort((a, b) => VOTING_ROLES.indexOf(a.role) - VOTING_ROLES.indexOf(b.role) || collator.compare(a.personName, b.personName));
  return { ...rule, asOf, voters };
}

/** One item's votes and their tally; null before any vote. */
export function itemVote(voting: MeetingVotingView, votes: readonly VoteRow[]): ItemVoteView | null {
  if (votes.length === 0) return null;
  const entitled = new Set(voting.voters.map((v) => v.seatId));
  // A seat that lost its voting right after the vote (a changed seat) is left out rather than failing the view.
  const counted = votes.filter((v) => entitled.has(v.seatId));
  return {
    votes: counted.map((v) => ({ seatId: v.seatId, choice: v.choice as VoteChoice, proxySeatId: v.proxySeatId })),
    tally: tallyVotes(
      voting.rule,
      voting.voters.map((v) => ({ memberId: v.seatId, weight: v.weight })),
      counted.map((v) => ({ memberId: v.seatId, choice: v.choice as VoteChoice, byProxy: v.proxySeatId !== null })),
    ),
  };
}
