/**
 * Meetings: creating and editing them, their agenda (order, kind, presenter, estimate, proposal,
 * minutes) and attendance. Every change returns the whole meeting view, so the agenda screen
 * redraws its running clock from one reply.
 */
import type { Kysely, Updateable } from 'kysely';
import type { MeetingSummary, MeetingView } from '../../../shared/api/channels/governance.channels';
import { AndelError, entityWord, invalidField, issue, ref } from '../../../shared/errors';
import type { AgendaItemTable, Database, MeetingTable } from '../../db/database.types';
import { deleteAgendaItem, findAgendaItem, insertAgendaItem, listAgendaItems, updateAgendaItem, type AgendaItemRow } from '../../repositories/agenda.repository';
import { deleteAttendance, upsertAttendance } from '../../repositories/attendance.repository';
import { findBody, listBodies } from '../../repositories/body.repository';
import { listDecisions } from '../../repositories/decision.repository';
import { findMeeting, insertMeeting, updateMeeting } from '../../repositories/meeting.repository';
import { findPerson } from '../../repositories/person.repository';
import { findScenarioRow } from '../../repositories/scenario.repository';
import { audit } from '../audit/audit-entry';
import { assertMeetingOpen } from './meeting-lock';
import { notFound, type Db } from './body-common';
import type { Clock } from '../clock';
import { agendaIsFrozen, buildMeetingView, listMeetingSummaries } from './meeting-views';
import type { ParsedInputOf } from '../service-types';

export async function listMeetingsFor(db: Kysely<Database>, input: ParsedInputOf<'meetings:list'>): Promise<MeetingSummary[]> {
  return db.transaction().execute(async (trx) => {
    let bodyIds: number[] | undefined;
    if (input.cooperationId !== undefined) bodyIds = (await listBodies(trx, input.cooperationId)).map((b) => b.id);
    if (input.bodyId !== undefined) {
      if (!(await findBody(trx, input.bodyId))) throw notFound('body', input.bodyId);
      bodyIds = bodyIds === undefined ? [input.bodyId] : bodyIds.filter((id) => id === input.bodyId);
    }
    return listMeetingSummaries(trx, bodyIds === undefined ? {} : { bodyIds });
  });
}

export async function getMeeting(db: Kysely<Database>, id: number): Promise<MeetingView> {
  return db.transaction().execute((trx) => buildMeetingView(trx, id));
}

export async function createMeeting(db: Kysely<Database>, input: ParsedInputOf<'meetings:create'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findBody(trx, input.bodyId))) throw notFound('body', input.bodyId);
    const values = {
      bodyId: input.bodyId,
      title: input.title,
      startsAt: input.startsAt,
      place: input.place?.trim() || null,
      link: input.link?.trim() || null,
      status: 'planned',
    };
    const id = await insertMeeting(trx, values);
    await audit(trx, clock, 'meeting', id, 'create', null, { id, ...values });
    return buildMeetingView(trx, id);
  });
}

export async function updateMeetingRecord(db: Kysely<Database>, input: ParsedInputOf<'meetings:update'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const before = await findMeeting(trx, input.id);
    if (!before) throw notFound('meeting', input.id);
    await assertMeetingOpen(trx, before.id);
    const changes: Updateable<MeetingTable> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
    if (input.place !== undefined) changes.place = input.place?.trim() || null;
    if (input.link !== undefined) changes.link = input.link?.trim() || null;
    if (input.status !== undefined) {
      if (input.status === 'cancelled' && (await listDecisions(trx, { meetingId: before.id })).some((d) => d.status !== 'proposed')) {
        throw new AndelError('CONFLICT', ref('error.meeting.hasDecisions', { id: before.id }), [issue('status', 'error.meeting.hasDecisionsField')]);
      }
      changes.status = input.status;
    }
    if (Object.keys(changes).length > 0) {
      await updateMeeting(trx, before.id, changes);
      await audit(trx, clock, 'meeting', before.id, 'update', before, { ...before, ...changes });
    }
    return buildMeetingView(trx, before.id);
  });
}

/** Refuses a change to the order or set of a meeting's agenda items once its minutes are recorded. */
async function assertAgendaOpen(db: Db, meetingId: number): Promise<void> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting', meetingId);
  if (agendaIsFrozen(meeting, await listDecisions(db, { meetingId }))) {
    throw new AndelError('CONFLICT', ref('error.agenda.frozen', { meeting: meeting.title }), [issue('meetingId', 'error.agenda.frozenField')]);
  }
}

/** Writes positions 1..n in the given order, touching only rows whose position changes. */
async function renumber(db: Db, ordered: readonly AgendaItemRow[]): Promise<void> {
  for (const [index, item] of ordered.entries()) {
    if (item.position !== index + 1) await updateAgendaItem(db, item.id, { position: index + 1 });
  }
}

async function requireItem(db: Db, id: number): Promise<AgendaItemRow> {
  const item = await findAgendaItem(db, id);
  if (!item) throw notFound('agenda item', id);
  return item;
}

async function checkPresenter(db: Db, personId: number | null | undefined): Promise<void> {
  if (personId !== undefined && personId !== null && !(await findPerson(db, personId))) throw notFound('person', personId);
}

/** A proposal's scenario must exist and belong to the cooperation of the meeting's body. */
async function checkProposalScenario(db: Db, meetingId: number, scenarioId: number | null | undefined): Promise<void> {
  if (scenarioId === undefined || scenarioId === null) return;
  const scenario = await findScenarioRow(db, scenarioId);
  if (!scenario) throw notFound('scenario', scenarioId);
  const meeting = await findMeeting(db, meetingId);
  const body = meeting ? await findBody(db, meeting.bodyId) : undefined;
  if (body?.cooperationId !== scenario.cooperationId) {
    throw invalidField('proposalScenarioId', 'error.decision.otherCooperation', { what: ref('error.decision.record', { what: entityWord('scenario'), id: scenarioId }) });
  }
}

export async function addAgendaItem(db: Kysely<Database>, input: ParsedInputOf<'agenda:addItem'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    await assertMeetingOpen(trx, input.meetingId);
    await assertAgendaOpen(trx, input.meetingId);
    await checkPresenter(trx, input.presenterPersonId);
    await checkProposalScenario(trx, input.meetingId, input.proposalScenarioId);
    const items = await listAgendaItems(trx, [input.meetingId]);
    const at = Math.min(input.position ?? items.length + 1, items.length + 1);
    const values = {
      meetingId: input.meetingId,
      position: at,
      title: input.title,
      kind: input.kind,
      presenterPersonId: input.presenterPersonId ?? null,
      estimatedMinutes: input.estimatedMinutes,
      proposal: input.proposal?.trim() ? input.proposal : null,
      minutes: null,
      proposalScenarioId: input.proposalScenarioId ?? null,
    };
    const id = await insertAgendaItem(trx, values);
    const inserted = await requireItem(trx, id);
    const ordered = [...items];
    ordered.splice(at - 1, 0, inserted);
    await renumber(trx, ordered);
    await audit(trx, clock, 'agenda_item', id, 'create', null, { id, ...values });
    return buildMeetingView(trx, input.meetingId);
  });
}

export async function updateAgendaItemRecord(db: Kysely<Database>, input: ParsedInputOf<'agenda:updateItem'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const before = await requireItem(trx, input.id);
    await assertMeetingOpen(trx, before.meetingId);
    await checkPresenter(trx, input.presenterPersonId);
    const changes: Updateable<AgendaItemTable> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.kind !== undefined) {
      if (input.kind !== 'decision' && before.kind === 'decision') {
        const entries = (await listDecisions(trx, { meetingId: before.meetingId })).filter((d) => d.agendaItemId === before.id);
        if (entries.length > 0) {
          throw new AndelError('CONFLICT', ref('error.agendaItem.staysDecision', { id: before.id, numbers: entries.map((d) => d.number).join(', ') }), [
            issue('kind', 'error.agendaItem.hasEntriesField'),
          ]);
        }
      }
      changes.kind = input.kind;
    }
    if (input.presenterPersonId !== undefined) changes.presenterPersonId = input.presenterPersonId;
    if (input.estimatedMinutes !== undefined) changes.estimatedMinutes = input.estimatedMinutes;
    if (input.proposal !== undefined) changes.proposal = input.proposal?.trim() ? input.proposal : null;
    if (input.proposalScenarioId !== undefined && input.proposalScenarioId !== before.proposalScenarioId) {
      // Once the minutes are recorded, what was proposed is history.
      await assertAgendaOpen(trx, before.meetingId);
      await checkProposalScenario(trx, before.meetingId, input.proposalScenarioId);
      changes.proposalScenarioId = input.proposalScenarioId;
    }
    if (input.minutes !== undefined) changes.minutes = input.minutes?.trim() ? input.minutes : null;
    if (Object.keys(changes).length > 0) {
      await updateAgendaItem(trx, before.id, changes);
      await audit(trx, clock, 'agenda_item', before.id, 'update', before, { ...before, ...changes });
    }
    return buildMeetingView(trx, before.meetingId);
  });
}

export async function moveAgendaItem(db: Kysely<Database>, input: ParsedInputOf<'agenda:moveItem'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const item = await requireItem(trx, input.id);
    await assertMeetingOpen(trx, item.meetingId);
    await assertAgendaOpen(trx, item.meetingId);
    const ordered = await listAgendaItems(trx, [item.meetingId]);
    const index = ordered.findIndex((i) => i.id === item.id);
    const target = input.direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= ordered.length) {
      throw new AndelError('CONFLICT', ref(input.direction === 'up' ? 'error.agendaItem.alreadyFirst' : 'error.agendaItem.alreadyLast', { title: item.title }), [
        issue('direction', input.direction === 'up' ? 'error.agendaItem.cannotMoveUp' : 'error.agendaItem.cannotMoveDown'),
      ]);
    }
    const moved = ordered.splice(index, 1)[0] as AgendaItemRow;
    ordered.splice(target, 0, moved);
    await renumber(trx, ordered);
    await audit(trx, clock, 'agenda_item', item.id, 'update', { position: index + 1 }, { position: target + 1 });
    return buildMeetingView(trx, item.meetingId);
  });
}

export async function removeAgendaItem(db: Kysely<Database>, input: ParsedInputOf<'agenda:removeItem'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const item = await requireItem(trx, input.id);
    await assertMeetingOpen(trx, item.meetingId);
    await assertAgendaOpen(trx, item.meetingId);
    const entries = (await listDecisions(trx, { meetingId: item.meetingId })).filter((d) => d.agendaItemId === item.id);
    if (entries.length > 0) {
      throw new AndelError('CONFLICT', ref('error.agendaItem.cannotRemove', { title: item.title, numbers: entries.map((d) => d.number).join(', ') }), [
        issue('id', 'error.agendaItem.hasEntriesField'),
      ]);
    }
    await deleteAgendaItem(trx, item.id);
    await renumber(trx, await listAgendaItems(trx, [item.meetingId]));
    await audit(trx, clock, 'agenda_item', item.id, 'delete', item, null);
    return buildMeetingView(trx, item.meetingId);
  });
}

export async function setAttendance(db: Kysely<Database>, input: ParsedInputOf<'attendance:set'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findMeeting(trx, input.meetingId))) throw notFound('meeting', input.meetingId);
    await assertMeetingOpen(trx, input.meetingId);
    if (!(await findPerson(trx, input.personId))) throw notFound('person', input.personId);
    if (input.proxyPersonId && !(await findPerson(trx, input.proxyPersonId))) throw notFound('person', input.proxyPersonId);
    if (input.status === null) {
      await deleteAttendance(trx, input.meetingId, input.personId);
      await audit(trx, clock, 'attendance', input.personId, 'delete', { meetingId: input.meetingId, personId: input.personId }, null);
    } else {
      const values = { meetingId: input.meetingId, personId: input.personId, status: input.status, proxyPersonId: input.proxyPersonId ?? null };
      const id = await upsertAttendance(trx, values);
      await audit(trx, clock, 'attendance', id, 'update', null, { id, ...values });
    }
    return buildMeetingView(trx, input.meetingId);
  });
}

