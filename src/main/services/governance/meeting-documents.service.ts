/**
 * A meeting's documents written where main decides (a new file in "Andel exports" next to the
 * workspace, logged; the renderer names no path): the minutes and the meeting pack as PDF/A, an
 * extract of the minutes per decision with the adopted annex's figures, and the meeting (or a
 * body's year of meetings) as an iCalendar file. Also the two shortcuts of a secretary's routine:
 * a new meeting copied from an earlier one with its standing items, and attendance for every seat
 * in one step.
 */
import type { Kysely } from 'kysely';
import type { MeetingView, WrittenFile } from '../../../shared/api/channels/governance.channels';
import { invalidField, type MessageLanguage } from '../../../shared/errors';
import { buildCalendar, type CalendarEvent, type CalendarTimeZone } from '../../../shared/governance/ics';
import { translate } from '../../../shared/i18n/translate';
import type { Database } from '../../db/database.types';
import { renderExtractPdf, renderMinutesPdf, renderPackPdf } from '../../export/pdf/minutes-pdf';
import { sha256Hex } from '../../export/xlsx/workbook-output';
import { exportStem } from '../../files/export-naming';
import { saveLoggedExport, type ExportKind, type ExportTarget } from '../../files/logged-export';
import { insertAgendaItem, listAgendaItems } from '../../repositories/agenda.repository';
import { upsertAttendance } from '../../repositories/attendance.repository';
import { findBody } from '../../repositories/body.repository';
import { listDecisionLinks, listDecisions } from '../../repositories/decision.repository';
import { findMeeting, insertMeeting } from '../../repositories/meeting.repository';
import { findMeetingMinutes } from '../../repositories/minutes.repository';
import { listSeats } from '../../repositories/seat.repository';
import { audit } from '../audit/audit-entry';
import { notFound, seatIsCurrent, type Db } from './body-common';
import type { Clock } from '../clock';
import { buildDecisionRows } from './decision-views';
import { assertMeetingOpen } from './meeting-lock';
import { minutesContentOf, workspaceLanguage } from './meeting-minutes-workflow.service';
import { buildMeetingPack } from './meeting-pack.service';
import { scenarioSummary } from './meeting-pack-scenario';
import { buildMeetingView, listMeetingSummaries } from './meeting-views';
import type { ParsedInputOf } from '../service-types';

async function save(
  db: Kysely<Database>,
  workspacePath: string | null,
  file: { kind: ExportKind; parts: string[]; language: MessageLanguage; buffer: Buffer; extension: string; exportedAt: Date },
  target: ExportTarget,
): Promise<WrittenFile> {
  const written = { buffer: file.buffer, sha256: sha256Hex(file.buffer) };
  const stem = exportStem(file.parts, file.language, file.exportedAt);
  const saved = await saveLoggedExport(db, workspacePath, { kind: file.kind, stem, written, exportedAt: file.exportedAt, snapshotId: null, scenarioId: null, extension: file.extension }, target);
  return { path: saved.path, bytes: saved.bytes, sha256: saved.sha256, exportId: saved.id };
}

/** The minutes (approved ones exactly as approved: same content and date, so the same bytes in the approving language) or the meeting pack, as PDF. */
export async function exportMeetingPdf(db: Kysely<Database>, workspacePath: string | null, input: ParsedInputOf<'meetings:exportPdf'>, clock: Clock, target: ExportTarget = {}): Promise<WrittenFile> {
  const exportedAt = clock();
  if (input.document === 'pack') {
    const pack = await buildMeetingPack(db, { meetingId: input.meetingId, ...(input.language ? { language: input.language } : {}) });
    const buffer = await renderPackPdf(pack, exportedAt);
    const parts = [translate(pack.language, 'minutes.file.pack'), pack.meeting.startsAt.slice(0, 10), pack.meeting.title];
    return save(db, workspacePath, { kind: 'meeting_pack', parts, language: pack.language, buffer, extension: '.pdf', exportedAt }, target);
  }
  const { content, createdAt } = await db.transaction().execute(async (trx) => {
    const language = await workspaceLanguage(trx, input.language);
    const stored = await findMeetingMinutes(trx, input.meetingId);
    const found = await minutesContentOf(trx, input.meetingId, language);
    return { content: { ...found, language }, createdAt: stored?.approvedAt ? new Date(stored.approvedAt) : exportedAt };
  });
  const buffer = await renderMinutesPdf(content, createdAt);
  const parts = [translate(content.language, 'minutes.file.minutes'), content.meeting.startsAt.slice(0, 10), content.meeting.title];
  return save(db, workspacePath, { kind: 'other', parts, language: content.language, buffer, extension: '.pdf', exportedAt }, target);
}

/** The extract of the minutes for one decision, with the figures of the snapshot it adopts. */
export async function exportDecisionExtract(db: Kysely<Database>, workspacePath: string | null, input: ParsedInputOf<'decisions:exportExtract'>, clock: Clock, target: ExportTarget = {}): Promise<WrittenFile> {
  const exportedAt = clock();
  const prepared = await db.transaction().execute(async (trx) => {
    const decision = (await listDecisions(trx)).find((d) => d.id === input.decisionId);
    if (!decision) throw notFound('decision', input.decisionId);
    if (decision.meetingId === null) throw invalidField('decisionId', 'error.minutes.noMeeting', { number: decision.number });
    const language = await workspaceLanguage(trx, input.language);
    const stored = await findMeetingMinutes(trx, decision.meetingId);
    const found = await minutesContentOf(trx, decision.meetingId, language);
    // The extract names the checksum of the approved minutes it is taken from.
    const meeting = { ...found.meeting, minutesWorkflow: { ...found.meeting.minutesWorkflow, sha256: stored?.sha256 ?? null } };
    const content = { ...found, meeting, language };
    const row = content.decisions.find((d) => d.id === decision.id) ?? (await buildDecisionRows(trx, [decision]))[0];
    const snapshotId = (await listDecisionLinks(trx, [decision.id])).find((l) => l.kind === 'adopts_snapshot' && l.snapshotId !== null)?.snapshotId ?? null;
    const annex = snapshotId === null ? null : await scenarioSummary(trx, snapshotId, language);
    return { content, row, annex, createdAt: stored?.approvedAt ? new Date(stored.approvedAt) : exportedAt };
  });
  if (!prepared.row) throw notFound('decision', input.decisionId);
  const buffer = await renderExtractPdf(prepared.content, prepared.row, prepared.annex, prepared.createdAt);
  const parts = [translate(prepared.content.language, 'minutes.file.extract'), prepared.row.number, prepared.content.meeting.title];
  return save(db, workspacePath, { kind: 'other', parts, language: prepared.content.language, buffer, extension: '.pdf', exportedAt }, target);
}

async function timeZoneOf(db: Db, cooperationId: number, given: CalendarTimeZone | undefined): Promise<CalendarTimeZone> {
  if (given) return given;
  const cooperation = await db.selectFrom('cooperations').select(['countryCode']).where('id', '=', cooperationId).executeTakeFirst();
  return cooperation?.countryCode === 'NO' ? 'Europe/Oslo' : 'Europe/Stockholm';
}

function eventOf(meeting: MeetingView | Awaited<ReturnType<typeof listMeetingSummaries>>[number], agenda: readonly { ordinal: number; title: string }[]): CalendarEvent {
  return {
    uid: `andel-meeting-${meeting.id}-body-${meeting.bodyId}@andel.invalid`,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt > meeting.startsAt ? meeting.endsAt : meeting.startsAt,
    summary: `${meeting.bodyName}: ${meeting.title}`,
    location: meeting.place,
    url: meeting.link,
    description: agenda.map((item) => `§ ${item.ordinal} ${item.title}`).join('\n'),
    cancelled: meeting.status === 'cancelled',
  };
}

export async function exportMeetingCalendar(db: Kysely<Database>, workspacePath: string | null, input: ParsedInputOf<'meetings:exportCalendar'>, clock: Clock, target: ExportTarget = {}): Promise<WrittenFile> {
  const exportedAt = clock();
  const { meeting, timeZone, language } = await db.transaction().execute(async (trx) => {
    const view = await buildMeetingView(trx, input.meetingId);
    return { meeting: view, timeZone: await timeZoneOf(trx, view.cooperationId, input.timeZone), language: await workspaceLanguage(trx, undefined) };
  });
  const text = buildCalendar([eventOf(meeting, meeting.agenda)], { timeZone, stamp: exportedAt, name: `${meeting.bodyName}: ${meeting.title}`, language });
  const parts = [translate(language, 'minutes.file.calendar'), meeting.startsAt.slice(0, 10), meeting.title];
  return save(db, workspacePath, { kind: 'other', parts, language, buffer: Buffer.from(text, 'utf8'), extension: '.ics', exportedAt }, target);
}

export async function exportBodyCalendar(db: Kysely<Database>, workspacePath: string | null, input: ParsedInputOf<'bodies:exportCalendar'>, clock: Clock, target: ExportTarget = {}): Promise<WrittenFile> {
  const exportedAt = clock();
  const prepared = await db.transaction().execute(async (trx) => {
    const body = await findBody(trx, input.bodyId);
    if (!body) throw notFound('body', input.bodyId);
    const meetings = (await listMeetingSummaries(trx, { bodyIds: [body.id] })).filter((m) => m.startsAt.startsWith(String(input.year)));
    const items = await listAgendaItems(trx, meetings.map((m) => m.id));
    const events = meetings.map((m) =>
      eventOf(
        m,
        items.filter((i) => i.meetingId === m.id).map((i, index) => ({ ordinal: index + 1, title: i.title })),
      ),
    );
    return { body, events, timeZone: await timeZoneOf(trx, body.cooperationId, input.timeZone), language: await workspaceLanguage(trx, undefined) };
  });
  const text = buildCalendar(prepared.events, { timeZone: prepared.timeZone, stamp: exportedAt, name: `${prepared.body.name} ${input.year}`, language: prepared.language });
  const parts = [translate(prepared.language, 'minutes.file.calendar'), prepared.body.name, String(input.year)];
  return save(db, workspacePath, { kind: 'other', parts, language: prepared.language, buffer: Buffer.from(text, 'utf8'), extension: '.ics', exportedAt }, target);
}

/** A new planned meeting of the same body with the earlier one's agenda (titles, kinds, presenters, estimates; no proposals, minutes or votes). */
export async function copyMeeting(db: Kysely<Database>, input: ParsedInputOf<'meetings:copy'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const source = await findMeeting(trx, input.id);
    if (!source) throw notFound('meeting', input.id);
    const values = { bodyId: source.bodyId, title: input.title ?? source.title, startsAt: input.startsAt, place: source.place, link: source.link, status: 'planned' };
    const id = await insertMeeting(trx, values);
    await audit(trx, clock, 'meeting', id, 'create', null, { id, ...values, copiedFrom: source.id });
    for (const item of await listAgendaItems(trx, [source.id])) {
      const copy = {
        meetingId: id,
        position: item.position,
        title: item.title,
        kind: item.kind,
        presenterPersonId: item.presenterPersonId,
        estimatedMinutes: item.estimatedMinutes,
        proposal: null,
        minutes: null,
        proposalScenarioId: null,
      };
      const itemId = await insertAgendaItem(trx, copy);
      await audit(trx, clock, 'agenda_item', itemId, 'create', null, { id: itemId, ...copy });
    }
    return buildMeetingView(trx, id);
  });
}

/** Every seat held on the meeting's date marked present (or absent) in one step; proxies and guests are left as recorded. */
export async function setAllAttendance(db: Kysely<Database>, input: ParsedInputOf<'attendance:setAll'>, clock: Clock): Promise<MeetingView> {
  return db.transaction().execute(async (trx) => {
    const meeting = await findMeeting(trx, input.meetingId);
    if (!meeting) throw notFound('meeting', input.meetingId);
    await assertMeetingOpen(trx, meeting.id);
    const date = meeting.startsAt.slice(0, 10);
    const holders = [...new Set((await listSeats(trx, [meeting.bodyId])).filter((seat) => seatIsCurrent(seat, date)).map((seat) => seat.personId))];
    const recorded = await trx.selectFrom('attendance').select(['personId', 'status']).where('meetingId', '=', meeting.id).execute();
    for (const personId of holders) {
      if (recorded.some((r) => r.personId === personId && r.status === 'proxy')) continue;
      const values = { meetingId: meeting.id, personId, status: input.status, proxyPersonId: null };
      const id = await upsertAttendance(trx, values);
      await audit(trx, clock, 'attendance', id, 'update', null, { id, ...values });
    }
    return buildMeetingView(trx, meeting.id);
  });
}

