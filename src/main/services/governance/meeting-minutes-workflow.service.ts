/**
 * The minutes' workflow after the decisions are recorded: draft (who drew them up, when, and the
 * adjusters chosen among the meeting's seats) → checked by each adjuster (name and time) →
 * approved (name and time). Approving renders the minutes as PDF/A, records its SHA-256 and the
 * minutes as approved, and locks the meeting (meeting-lock.ts). Every step passes the lock first.
 */
import type { Kysely } from 'kysely';
import type { MeetingView } from '../../../shared/api/channels/governance.channels';
import { AndelError, issue, ref, type MessageLanguage } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { canonicalJson } from '../../document/canonical-json';
import { renderMinutesPdf, type MinutesContent } from '../../export/pdf/minutes-pdf';
import { sha256Hex } from '../../export/xlsx/workbook-output';
import { listDecisions } from '../../repositories/decision.repository';
import { findMeeting, type MeetingRow } from '../../repositories/meeting.repository';
import { findMeetingMinutes, insertMeetingMinutes, listAdjusters, markAdjusterChecked, deleteMeetingMinutes, replaceAdjusters, unmarkAdjusterChecked, updateMeetingMinutes } from '../../repositories/minutes.repository';
import { listPersons } from '../../repositories/person.repository';
import { findSeat } from '../../repositories/seat.repository';
import { getMeta } from '../../repositories/meta.repository';
import { audit } from '../audit/audit-entry';
import { notFound, seatIsCurrent, type Db } from './body-common';
import type { Clock } from '../clock';
import { buildDecisionRows } from './decision-views';
import { assertNotApproved } from './meeting-lock';
import { buildMeetingView } from './meeting-views';
import type { ParsedInputOf } from '../service-types';

async function requireMeeting(db: Db, meetingId: number): Promise<MeetingRow> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting', meetingId);
  await assertNotApproved(db, meetingId);
  return meeting;
}

async function personNameOfSeat(db: Db, personId: number): Promise<string> {
  return (await listPersons(db)).find((p) => p.id === personId)?.name ?? `#${personId}`;
}

export async function workspaceLanguage(db: Db, language: MessageLanguage | undefined): Promise<MessageLanguage> {
  if (language) return language;
  const meta = await getMeta(db);
  return meta.locale === 'nb' || meta.locale === 'en' ? meta.locale : 'sv';
}

/** The minutes as a document: the meeting view and its register entries, in a language. */
export async function minutesContentOf(db: Db, meetingId: number, language: MessageLanguage): Promise<MinutesContent> {
  const stored = await findMeetingMinutes(db, meetingId);
  if (stored?.content) return JSON.parse(stored.content) as MinutesContent;
  const meeting = await buildMeetingView(db, meetingId);
  const decisions = await buildDecisionRows(db, await listDecisions(db, { meetingId }));
  return { language, meeting, decisions };
}

export async function draftMinutes(db: Kysely<Database>, input: ParsedInputOf<'minutes:draft'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, input.meetingId);
    if (meeting.status !== 'held') {
      throw new AndelError('CONFLICT', ref('error.minutes.notRecorded', { meeting: meeting.title }), [issue('meetingId', 'error.minutes.notRecorded', { meeting: meeting.title })]);
    }
    const before = await findMeetingMinutes(trx, meeting.id);
    const adjusters = await listAdjusters(trx, meeting.id);
    if (adjusters.some((a) => a.checkedAt !== null)) {
      throw new AndelError('CONFLICT', ref('error.minutes.adjustersFixed', { meeting: meeting.title }), [issue('adjusterSeatIds', 'error.minutes.adjustersFixed', { meeting: meeting.title })]);
    }
    const date = meeting.startsAt.slice(0, 10);
    for (const [index, seatId] of input.adjusterSeatIds.entries()) {
      const seat = await findSeat(trx, seatId);
      if (!seat) throw notFound('seat', seatId);
      if (seat.bodyId !== meeting.bodyId || !seatIsCurrent(seat, date)) {
        throw new AndelError('INVALID_INPUT', ref('error.minutes.adjusterSeat', { person: await personNameOfSeat(trx, seat.personId) }), [
          issue(`adjusterSeatIds[${index}]`, 'error.minutes.adjusterSeat', { person: await personNameOfSeat(trx, seat.personId) }),
        ]);
      }
    }
    const row = { meetingId: meeting.id, draftedBy: input.draftedBy, draftedAt: clock().toISOString(), approvedBy: null, approvedAt: null, sha256: null, content: null };
    if (before) await updateMeetingMinutes(trx, meeting.id, { draftedBy: row.draftedBy, draftedAt: row.draftedAt });
    else await insertMeetingMinutes(trx, row);
    await replaceAdjusters(trx, meeting.id, input.adjusterSeatIds);
    await audit(trx, clock, 'meeting_minutes', meeting.id, before ? 'update' : 'create', before ?? null, { ...row, adjusterSeatIds: input.adjusterSeatIds });
    return buildMeetingView(trx, meeting.id);
  });
}

export async function checkMinutes(db: Kysely<Database>, input: ParsedInputOf<'minutes:check'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, input.meetingId);
    if (!(await findMeetingMinutes(trx, meeting.id))) {
      throw new AndelError('CONFLICT', ref('error.minutes.notDrafted', { meeting: meeting.title }), [issue('meetingId', 'error.minutes.notDrafted', { meeting: meeting.title })]);
    }
    const adjuster = (await listAdjusters(trx, meeting.id)).find((a) => a.seatId === input.seatId);
    const seat = await findSeat(trx, input.seatId);
    if (!seat) throw notFound('seat', input.seatId);
    const name = await personNameOfSeat(trx, seat.personId);
    if (!adjuster) {
      throw new AndelError('CONFLICT', ref('error.minutes.notAdjuster', { person: name, meeting: meeting.title }), [issue('seatId', 'error.minutes.notAdjuster', { person: name, meeting: meeting.title })]);
    }
    const at = clock().toISOString();
    await markAdjusterChecked(trx, adjuster.id, name, at);
    await audit(trx, clock, 'minutes_adjuster', adjuster.id, 'update', adjuster, { ...adjuster, checkedBy: name, checkedAt: at });
    return buildMeetingView(trx, meeting.id);
  });
}

/** An adjuster's check taken back (the undo of minutes:check): the minutes wait for that adjuster again. */
export async function uncheckMinutes(db: Kysely<Database>, input: ParsedInputOf<'minutes:uncheck'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, input.meetingId);
    const adjuster = (await listAdjusters(trx, meeting.id)).find((a) => a.seatId === input.seatId);
    if (!adjuster) {
      const seat = await findSeat(trx, input.seatId);
      if (!seat) throw notFound('seat', input.seatId);
      const name = await personNameOfSeat(trx, seat.personId);
      throw new AndelError('CONFLICT', ref('error.minutes.notAdjuster', { person: name, meeting: meeting.title }), [issue('seatId', 'error.minutes.notAdjuster', { person: name, meeting: meeting.title })]);
    }
    if (adjuster.checkedAt !== null) {
      await unmarkAdjusterChecked(trx, adjuster.id);
      await audit(trx, clock, 'minutes_adjuster', adjuster.id, 'update', adjuster, { ...adjuster, checkedBy: null, checkedAt: null });
    }
    return buildMeetingView(trx, meeting.id);
  });
}

/** A draft no adjuster has checked, discarded (the undo of a first minutes:draft): the minutes are back to recorded. */
export async function discardMinutesDraft(db: Kysely<Database>, input: ParsedInputOf<'minutes:discardDraft'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, input.meetingId);
    const before = await findMeetingMinutes(trx, meeting.id);
    if (!before) return buildMeetingView(trx, meeting.id);
    if ((await listAdjusters(trx, meeting.id)).some((a) => a.checkedAt !== null)) {
      throw new AndelError('CONFLICT', ref('error.minutes.adjustersFixed', { meeting: meeting.title }), [issue('meetingId', 'error.minutes.adjustersFixed', { meeting: meeting.title })]);
    }
    await deleteMeetingMinutes(trx, meeting.id);
    await audit(trx, clock, 'meeting_minutes', meeting.id, 'delete', before, null);
    return buildMeetingView(trx, meeting.id);
  });
}

export async function approveMinutes(db: Kysely<Database>, input: ParsedInputOf<'minutes:approve'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, input.meetingId);
    const before = await findMeetingMinutes(trx, meeting.id);
    if (!before) {
      throw new AndelError('CONFLICT', ref('error.minutes.notDrafted', { meeting: meeting.title }), [issue('meetingId', 'error.minutes.notDrafted', { meeting: meeting.title })]);
    }
    const view = await buildMeetingView(trx, meeting.id);
    const missing = view.minutesWorkflow.adjusters.filter((a) => a.checkedAt === null).map((a) => a.personName);
    if (view.minutesWorkflow.adjusters.length === 0 || missing.length > 0) {
      const params = { meeting: meeting.title, missing: missing.length > 0 ? missing : ref('error.minutes.noAdjusters') };
      throw new AndelError('CONFLICT', ref('error.minutes.notChecked', params), [issue('meetingId', 'error.minutes.notChecked', params)]);
    }
    const approvedAt = clock();
    const language = await workspaceLanguage(trx, input.language);
    const content: MinutesContent = {
      language,
      meeting: {
        ...view,
        locked: true,
        minutesWorkflow: { ...view.minutesWorkflow, state: 'approved', approvedBy: input.approvedBy, approvedAt: approvedAt.toISOString(), sha256: null },
      },
      decisions: await buildDecisionRows(trx, await listDecisions(trx, { meetingId: meeting.id })),
    };
    const sha256 = sha256Hex(await renderMinutesPdf(content, approvedAt));
    const changes = { approvedBy: input.approvedBy, approvedAt: approvedAt.toISOString(), sha256, content: canonicalJson(content) };
    await updateMeetingMinutes(trx, meeting.id, changes);
    await audit(trx, clock, 'meeting_minutes', meeting.id, 'update', before, { ...before, ...changes, content: undefined });
    return buildMeetingView(trx, meeting.id);
  });
}
