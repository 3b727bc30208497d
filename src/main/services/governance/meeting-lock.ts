/**
 * The one guard every governance write passes: once a meeting's minutes are approved, its items,
 * decisions, numbering, attendance and votes are history. A write that touches a locked meeting is
 * refused (CONFLICT `error.meeting.locked`) before anything is written. Before approval, a change
 * after an adjuster's check clears the checks.
 */
import { AndelError, issue, ref } from '../../../shared/errors';
import { findAgendaItem } from '../../repositories/agenda.repository';
import { findMeeting } from '../../repositories/meeting.repository';
import { clearAdjusterChecks, findMeetingMinutes } from '../../repositories/minutes.repository';
import { notFound, type Db } from './body-common';

/**
 * The guard of a write that changes what the minutes say (items, votes, decisions, attendance, the
 * meeting itself): refused on a meeting whose minutes are approved; and where an adjuster has
 * already checked the minutes, every check is cleared in the same transaction — the adjusters
 * check the changed minutes again (a refused write rolls the clearing back with it).
 */
export async function assertMeetingOpen(db: Db, meetingId: number): Promise<void> {
  await assertNotApproved(db, meetingId);
  await clearAdjusterChecks(db, meetingId);
}

/** Refuses any change to a meeting whose minutes are approved (the workflow's own steps pass only this). */
export async function assertNotApproved(db: Db, meetingId: number): Promise<void> {
  const minutes = await findMeetingMinutes(db, meetingId);
  if (!minutes?.approvedAt) return;
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting', meetingId);
  throw new AndelError('CONFLICT', ref('error.meeting.locked', { meeting: meeting.title, approvedAt: minutes.approvedAt.slice(0, 16).replace('T', ' ') }), [
    issue('meetingId', 'error.meeting.lockedField'),
  ]);
}

/** The same guard for a write that names an agenda item. */
export async function assertItemOpen(db: Db, agendaItemId: number): Promise<void> {
  const item = await findAgendaItem(db, agendaItemId);
  if (item) await assertMeetingOpen(db, item.meetingId);
}

/** The same guard for a write to a register entry: an entry of a locked meeting (directly or by its item) stays. */
export async function assertDecisionOpen(db: Db, decision: { meetingId: number | null; agendaItemId: number | null }): Promise<void> {
  if (decision.meetingId !== null) await assertMeetingOpen(db, decision.meetingId);
  if (decision.agendaItemId !== null) await assertItemOpen(db, decision.agendaItemId);
}
