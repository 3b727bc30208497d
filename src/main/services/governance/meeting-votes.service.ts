/**
 * Votes: the rule a body declares and each seat's vote on a decision item — in person, or through
 * the holder of another present seat (a proxy). Every write passes the meeting lock.
 */
import type { Kysely } from 'kysely';
import type { MeetingView, VoterView, VotingRuleView } from '../../../shared/api/channels/governance.channels';
import { invalidField } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { canonicalJson } from '../../document/canonical-json';
import { findAgendaItem } from '../../repositories/agenda.repository';
import { listAttendance } from '../../repositories/attendance.repository';
import { findBody } from '../../repositories/body.repository';
import { findMeeting } from '../../repositories/meeting.repository';
import { listPersons } from '../../repositories/person.repository';
import { findSeat } from '../../repositories/seat.repository';
import { findVotingRule, putVote, putVotingRule } from '../../repositories/vote.repository';
import { audit } from '../audit/audit-entry';
import { notFound } from './body-common';
import type { Clock } from '../clock';
import { assertMeetingOpen } from './meeting-lock';
import { buildMeetingView } from './meeting-views';
import { meetingVoting, votingRuleOf } from './meeting-voting';
import type { ParsedInputOf } from '../service-types';

export async function setVotingRule(db: Kysely<Database>, input: ParsedInputOf<'bodies:setVotingRule'>, clock: Clock): Promise<VotingRuleView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findBody(trx, input.bodyId))) throw notFound('body', input.bodyId);
    if (input.metric === null && input.rule.conditions.some((c) => c.measure === 'weight')) throw invalidField('metric', 'error.vote.ruleNeedsMetric');
    const before = await findVotingRule(trx, input.bodyId);
    const row = { bodyId: input.bodyId, rule: canonicalJson(input.rule), metric: input.metric, referenceDate: input.referenceDate };
    await putVotingRule(trx, row);
    await audit(trx, clock, 'body_voting_rule', input.bodyId, before ? 'update' : 'create', before ?? null, row);
    return votingRuleOf(trx, input.bodyId);
  });
}

export async function setVote(db: Kysely<Database>, input: ParsedInputOf<'votes:set'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const item = await findAgendaItem(trx, input.agendaItemId);
    if (!item) throw notFound('agenda item', input.agendaItemId);
    await assertMeetingOpen(trx, item.meetingId);
    const meeting = await findMeeting(trx, item.meetingId);
    if (!meeting) throw notFound('meeting', item.meetingId);
    const body = await findBody(trx, meeting.bodyId);
    if (!body) throw notFound('body', meeting.bodyId);
    if (item.kind !== 'decision') throw invalidField('agendaItemId', 'error.vote.notDecisionItem', { ordinal: item.position, title: item.title });
    const date = meeting.startsAt.slice(0, 10);
    const voting = await meetingVoting(trx, body.id, date);
    const voterOf = async (seatId: number, path: string): Promise<VoterView> => {
      const voter = voting.voters.find((v) => v.seatId === seatId);
      if (voter) return voter;
      const seat = await findSeat(trx, seatId);
      if (!seat) throw notFound('seat', seatId);
      if (seat.bodyId !== body.id) throw invalidField(path, 'error.vote.seatOtherBody', { seat: seatId });
      const person = (await listPersons(trx)).find((p) => p.id === seat.personId);
      throw invalidField(path, 'error.vote.noRight', { person: person?.name ?? `#${seat.personId}`, body: body.name, date });
    };
    const voter = await voterOf(input.seatId, 'seatId');
    if (input.choice !== null) {
      const attendance = await listAttendance(trx, meeting.id);
      const present = (personId: number) => attendance.some((a) => a.personId === personId && a.status === 'present');
      if (input.proxySeatId == null) {
        if (!present(voter.personId)) throw invalidField('seatId', 'error.vote.notPresent', { person: voter.personName });
      } else {
        const proxy = await voterOf(input.proxySeatId, 'proxySeatId');
        if (!present(proxy.personId)) throw invalidField('proxySeatId', 'error.vote.proxyNotPresent', { person: proxy.personName });
        const others = await trx.selectFrom('votes').select(['seatId']).where('agendaItemId', '=', item.id).where('proxySeatId', '=', proxy.seatId).where('seatId', '<>', voter.seatId).execute();
        if (others.length > 0) throw invalidField('proxySeatId', 'error.vote.proxyTwice', { person: proxy.personName });
      }
    }
    const before = await putVote(trx, item.id, voter.seatId, input.choice, input.proxySeatId ?? null);
    const after = input.choice === null ? null : { agendaItemId: item.id, seatId: voter.seatId, choice: input.choice, proxySeatId: input.proxySeatId ?? null };
    await audit(trx, clock, 'vote', before?.id ?? item.id, before ? (after ? 'update' : 'delete') : 'create', before ?? null, after);
    return buildMeetingView(trx, meeting.id);
  });
}
