/**
 * Meetings as the screens and the meeting pack show them: the agenda in order with its running
 * clock, who presents, the register entries made for each item, and attendance next to the seats
 * held on the meeting's date.
 */
import type { AgendaItemView, AttendanceView, ItemVoteView, MeetingSummary, MeetingView, MeetingVotingView, MinutesWorkflowView } from '../../../shared/api/channels/governance.channels';
import { agendaClock } from '../../../shared/governance/agenda-clock';
import { listAgendaItems, type AgendaItemRow } from '../../repositories/agenda.repository';
import { listAttendance } from '../../repositories/attendance.repository';
import { findBody, findCooperationName, listBodies } from '../../repositories/body.repository';
import { listDecisions } from '../../repositories/decision.repository';
import { findMeeting, listMeetings, type MeetingRow } from '../../repositories/meeting.repository';
import { listOrganisationNames, listPersons } from '../../repositories/person.repository';
import { findMeetingMinutes, listAdjusters } from '../../repositories/minutes.repository';
import { listSeats } from '../../repositories/seat.repository';
import { listVotes } from '../../repositories/vote.repository';
import { collator, notFound, seatIsCurrent, type Db } from './body-common';
import type { AgendaItemKind, AttendanceStatus, DecisionStatus, MeetingStatus, SeatRole } from '../../../shared/document/workspace-document.schema';
import { itemVote, meetingVoting } from './meeting-voting';

function summarise(meeting: MeetingRow, bodyName: string, items: readonly AgendaItemRow[]): MeetingSummary {
  const clock = agendaClock(meeting.startsAt, items);
  return {
    id: meeting.id,
    bodyId: meeting.bodyId,
    bodyName,
    title: meeting.title,
    startsAt: meeting.startsAt,
    place: meeting.place,
    link: meeting.link,
    status: meeting.status as MeetingStatus,
    itemCount: items.length,
    decisionItemCount: items.filter((item) => item.kind === 'decision').length,
    totalMinutes: clock.totalMinutes,
    endsAt: clock.endsAt,
  };
}

export async function listMeetingSummaries(db: Db, filter: { bodyIds?: readonly number[] }): Promise<MeetingSummary[]> {
  const meetings = await listMeetings(db, filter);
  const [bodies, items] = await Promise.all([listBodies(db), listAgendaItems(db, meetings.map((m) => m.id))]);
  const bodyNames = new Map(bodies.map((b) => [b.id, b.name]));
  return meetings.map((meeting) =>
    summarise(
      meeting,
      bodyNames.get(meeting.bodyId) ?? '',
      items.filter((item) => item.meetingId === meeting.id),
    ),
  );
}

/** Decision items with no register entry beyond a proposal: what recording the minutes must decide. */
export function pendingDecisionItemIds(items: readonly AgendaItemRow[], decisions: readonly { agendaItemId: number | null; status: string }[]): number[] {
  return items
    .filter((item) => item.kind === 'decision')
    .filter((item) => !decisions.some((d) => d.agendaItemId === item.id && d.status !== 'proposed'))
    .map((item) => item.id);
}

/**
 * A meeting's agenda is frozen once its minutes are recorded (the meeting is held, or the register
 * holds an outcome for one of its items): the minutes and the pack cite items by §, so adding,
 * removing or reordering items would renumber what was decided.
 */
export function agendaIsFrozen(meeting: { status: string }, decisions: readonly { status: string }[]): boolean {
  return meeting.status === 'held' || decisions.some((d) => d.status !== 'proposed');
}

export async function buildMeetingView(db: Db, id: number): Promise<MeetingView> {
  const meeting = await findMeeting(db, id);
  if (!meeting) throw notFound('meeting', id);
  const body = await findBody(db, meeting.bodyId);
  if (!body) throw notFound('body', meeting.bodyId);
  const [cooperation, items, decisions, attendance, seats, persons] = await Promise.all([
    findCooperationName(db, body.cooperationId),
    listAgendaItems(db, [id]),
    listDecisions(db, { meetingId: id }),
    listAttendance(db, id),
    listSeats(db, [body.id]),
    listPersons(db),
  ]);
  const personsById = new Map(persons.map((p) => [p.id, p]));
  const meetingDate = meeting.startsAt.slice(0, 10);
  const currentSeats = seats.filter((seat) => seatIsCurrent(seat, meetingDate));
  const organisations = new Map(
    (await listOrganisationNames(db, [...currentSeats, ...persons].flatMap((r) => (r.organisationId === null ? [] : [r.organisationId])))).map((o) => [o.id, o.name]),
  );
  const personName = (personId: number | null): string | null => (personId === null ? null : (personsById.get(personId)?.name ?? `#${personId}`));

  const scenarioIds = [...new Set(items.flatMap((item) => (item.proposalScenarioId === null ? [] : [item.proposalScenarioId])))];
  const scenarioNames = new Map(
    scenarioIds.length === 0 ? [] : (await db.selectFrom('scenarios').select(['id', 'name']).where('id', 'in', scenarioIds).execute()).map((s) => [s.id, s.name]),
  );
  const clock = agendaClock(meeting.startsAt, items);
  const frozen = agendaIsFrozen(meeting, decisions);
  const minutesRow = await findMeetingMinutes(db, id);
  // Approved minutes keep the rule, weights and tallies they were approved with (a later metric or rule cannot change them).
  const approved = minutesRow?.content ? (JSON.parse(minutesRow.content) as { meeting: MeetingView }).meeting : null;
  const voting: MeetingVotingView = approved?.voting ?? (await meetingVoting(db, body.id, meetingDate));
  const votes = await listVotes(db, items.map((item) => item.id));
  const voteOf = (itemId: number, kind: string): ItemVoteView | null => {
    if (approved) return approved.agenda.find((a) => a.id === itemId)?.vote ?? null;
    return kind === 'decision' ? itemVote(voting, votes.filter((v) => v.agendaItemId === itemId)) : null;
  };
  const agenda: AgendaItemView[] = clock.items.map((clocked, index) => {
    const item = clocked.item;
    return {
      id: item.id,
      position: item.position,
      ordinal: index + 1,
      title: item.title,
      kind: item.kind as AgendaItemKind,
      presenterPersonId: item.presenterPersonId,
      presenterName: personName(item.presenterPersonId),
      estimatedMinutes: item.estimatedMinutes,
      proposal: item.proposal,
      proposalScenario: item.proposalScenarioId === null ? null : { id: item.proposalScenarioId, name: scenarioNames.get(item.proposalScenarioId) ?? `#${item.proposalScenarioId}` },
      minutes: item.minutes,
      startTime: clocked.startTime,
      endTime: clocked.endTime,
      startsAt: clocked.startsAt,
      endsAt: clocked.endsAt,
      startDayOffset: clocked.startDayOffset,
      endDayOffset: clocked.endDayOffset,
      offsetMinutes: clocked.offsetMinutes,
      decisions: decisions
        .filter((d) => d.agendaItemId === item.id)
        .map((d) => ({ id: d.id, number: d.number, status: d.status as DecisionStatus, title: d.title })),
      vote: voteOf(item.id, item.kind),
      canMoveUp: !frozen && index > 0,
      canMoveDown: !frozen && index < clock.items.length - 1,
    };
  });

  // Seat holders first (in seat order), then anyone else recorded (a guest, a substitute).
  const rows: AttendanceView[] = [];
  const seen = new Set<number>();
  const ROLE_ORDER: readonly SeatRole[] = ['chair', 'vice_chair', 'secretary', 'member', 'adjunct', 'observer'];
  const seatOrdered = [...currentSeats].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role as SeatRole) - ROLE_ORDER.indexOf(b.role as SeatRole) || collator.compare(personName(a.personId) ?? '', personName(b.personId) ?? ''),
  );
  const entryOf = (personId: number) => attendance.find((a) => a.personId === personId);
  for (const seat of seatOrdered) {
    if (seen.has(seat.personId)) continue;
    seen.add(seat.personId);
    const entry = entryOf(seat.personId);
    rows.push({
      personId: seat.personId,
      personName: personName(seat.personId) ?? '',
      seatRole: seat.role as SeatRole,
      organisationName: seat.organisationId === null ? null : (organisations.get(seat.organisationId) ?? null),
      status: (entry?.status ?? null) as AttendanceStatus | null,
      proxyPersonId: entry?.proxyPersonId ?? null,
      proxyPersonName: personName(entry?.proxyPersonId ?? null),
    });
  }
  for (const entry of attendance) {
    if (seen.has(entry.personId)) continue;
    seen.add(entry.personId);
    const person = personsById.get(entry.personId);
    rows.push({
      personId: entry.personId,
      personName: person?.name ?? `#${entry.personId}`,
      seatRole: null,
      organisationName: person?.organisationId == null ? null : (organisations.get(person.organisationId) ?? null),
      status: entry.status as AttendanceStatus,
      proxyPersonId: entry.proxyPersonId,
      proxyPersonName: personName(entry.proxyPersonId),
    });
  }

  return {
    ...summarise(meeting, body.name, items),
    cooperationId: body.cooperationId,
    cooperationName: cooperation?.name ?? '',
    agenda,
    // Approved minutes keep the attendance they list, whatever happens to the seats later.
    attendance: approved?.attendance ?? rows,
    pendingDecisionItemIds: pendingDecisionItemIds(items, decisions),
    agendaFrozen: frozen,
    voting,
    minutesWorkflow: await minutesWorkflowOf(db, meeting, minutesRow, seats, personName),
    locked: Boolean(minutesRow?.approvedAt),
  };
}

async function minutesWorkflowOf(
  db: Db,
  meeting: MeetingRow,
  row: Awaited<ReturnType<typeof findMeetingMinutes>>,
  seats: readonly { id: number; personId: number }[],
  personName: (personId: number | null) => string | null,
): Promise<MinutesWorkflowView> {
  const adjusters = (await listAdjusters(db, meeting.id)).map((a) => ({
    seatId: a.seatId,
    personName: personName(seats.find((s) => s.id === a.seatId)?.personId ?? null) ?? `#${a.seatId}`,
    checkedBy: a.checkedBy,
    checkedAt: a.checkedAt,
  }));
  const state: MinutesWorkflowView['state'] = row?.approvedAt
    ? 'approved'
    : row
      ? adjusters.length > 0 && adjusters.every((a) => a.checkedAt !== null)
        ? 'checked'
        : 'draft'
      : meeting.status === 'held'
        ? 'recorded'
        : 'none';
  return {
    state,
    draftedBy: row?.draftedBy ?? null,
    draftedAt: row?.draftedAt ?? null,
    approvedBy: row?.approvedBy ?? null,
    approvedAt: row?.approvedAt ?? null,
    sha256: row?.sha256 ?? null,
    adjusters,
  };
}
