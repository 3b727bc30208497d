/**
 * Recording the minutes: after the meeting, one step writes what was decided on every decision
 * item into the register — a proposal already registered for the item moves to its outcome, an
 * item without one gets a new numbered decision — stores the minutes per item and marks the
 * meeting held. An adopted item whose proposal names a scenario adopts it from its decision (a
 * snapshot linked by hash), once: a decision that already adopts a snapshot is left as it is.
 * All in one transaction: a refusal on any item leaves everything as it was.
 */
import type { Kysely } from 'kysely';
import type { RecordedMinutes } from '../../../shared/api/channels/governance.channels';
import { assertTransition } from '../../../shared/governance/decision-status';
import { AndelError, enumParam, issue, ref, type ErrorIssue } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { canonicalJson } from '../../document/canonical-json';
import { listAgendaItems, updateAgendaItem } from '../../repositories/agenda.repository';
import { listDecisionLinks, listDecisions, updateDecision } from '../../repositories/decision.repository';
import { findMeeting, updateMeeting } from '../../repositories/meeting.repository';
import { findPerson } from '../../repositories/person.repository';
import { audit } from '../audit/audit-entry';
import { notFound } from './body-common';
import type { DecisionStatus } from '../../../shared/document/workspace-document.schema';
import type { Clock } from '../clock';
import { changeStatusIn, createDecisionIn } from './decision.service';
import { buildDecisionRows } from './decision-views';
import { assertMeetingOpen } from './meeting-lock';
import { buildMeetingView, pendingDecisionItemIds } from './meeting-views';
import type { ParsedInputOf } from '../service-types';
import { adoptScenarioIn } from '../scenarios/snapshot.service';

export async function recordMinutes(db: Kysely<Database>, input: ParsedInputOf<'meetings:recordMinutes'>, clock: Clock): Promise<RecordedMinutes> {
  return db.transaction().execute(async (trx) => {
    const meeting = await findMeeting(trx, input.meetingId);
    if (!meeting) throw notFound('meeting', input.meetingId);
    await assertMeetingOpen(trx, meeting.id);
    if (meeting.status === 'cancelled') {
      throw new AndelError('CONFLICT', ref('error.minutes.cancelled', { title: meeting.title }), [issue('meetingId', 'error.minutes.cancelledField')]);
    }
    const decidedOn = input.decidedOn ?? meeting.startsAt.slice(0, 10);
    const items = await listAgendaItems(trx, [meeting.id]);
    const existing = await listDecisions(trx, { meetingId: meeting.id });
    const ordinal = new Map(items.map((item, index) => [item.id, index + 1]));
    const itemById = new Map(items.map((item) => [item.id, item]));

    const issues: ErrorIssue[] = [];
    input.items.forEach((given, index) => {
      const item = itemById.get(given.agendaItemId);
      if (!item) issues.push(issue(`items[${index}].agendaItemId`, 'error.recordMinutes.notOnAgenda', { id: given.agendaItemId, meeting: meeting.title }));
      else if (item.kind !== 'decision') issues.push(issue(`items[${index}].agendaItemId`, 'error.recordMinutes.notDecisionItem', { ordinal: ordinal.get(item.id) ?? '', title: item.title, kind: enumParam('agendaItemKind', item.kind) }));
      else if (!given.text?.trim() && !item.proposal?.trim() && !existing.some((d) => d.agendaItemId === item.id && d.status === 'proposed')) {
        issues.push(issue(`items[${index}].text`, 'error.recordMinutes.noProposal', { ordinal: ordinal.get(item.id) ?? '', title: item.title }));
      }
    });
    (input.otherMinutes ?? []).forEach((given, index) => {
      if (!itemById.has(given.agendaItemId)) issues.push(issue(`otherMinutes[${index}].agendaItemId`, 'error.recordMinutes.notOnAgenda', { id: given.agendaItemId, meeting: meeting.title }));
    });
    const pending = pendingDecisionItemIds(items, existing);
    for (const itemId of pending) {
      if (!input.items.some((given) => given.agendaItemId === itemId)) {
        const item = itemById.get(itemId);
        issues.push(issue('items', 'error.recordMinutes.noOutcome', { ordinal: ordinal.get(itemId) ?? '', title: item?.title ?? String(itemId) }));
      }
    }
    if (issues.length > 0) {
      const problems = issues.map((found) => (found.messageKey ? ref(found.messageKey, found.params) : found.message));
      // The English message keeps its "; " between problems, for logs and scripts.
      const english = `The minutes of "${meeting.title}" cannot be recorded: ${issues.map((i) => i.message).join('; ')}. Nothing was written.`;
      throw AndelError.withEnglish('INVALID_INPUT', ref('error.recordMinutes.refused', { title: meeting.title, problems }), english, issues);
    }

    const touched: number[] = [];
    // In agenda order, so numbers follow the agenda.
    const ordered = [...input.items].sort((a, b) => (ordinal.get(a.agendaItemId) ?? 0) - (ordinal.get(b.agendaItemId) ?? 0));
    for (const given of ordered) {
      const item = itemById.get(given.agendaItemId);
      if (!item) continue;
      const recorded = existing.find((d) => d.agendaItemId === item.id && d.status !== 'proposed');
      if (recorded) {
        const params = { ordinal: ordinal.get(item.id) ?? '', title: item.title, number: recorded.number, status: enumParam('decisionStatus', recorded.status) };
        throw new AndelError('CONFLICT', ref('error.minutes.alreadyRecorded', params), [issue(`items[${input.items.indexOf(given)}].agendaItemId`, 'error.minutes.alreadyRecordedField')]);
      }
      if (given.ownerPersonId && !(await findPerson(trx, given.ownerPersonId))) throw notFound('person', given.ownerPersonId);
      const proposal = existing.find((d) => d.agendaItemId === item.id && d.status === 'proposed');
      if (proposal) {
        assertTransition(proposal.status as DecisionStatus, given.outcome);
        const wording: Record<string, unknown> = {};
        if (given.title !== undefined) wording.title = given.title;
        if (given.text !== undefined && given.text.trim() !== '') wording.text = given.text;
        if (given.ownerPersonId !== undefined) wording.ownerPersonId = given.ownerPersonId;
        if (given.reviewOn !== undefined) wording.reviewOn = given.reviewOn;
        if (given.tags !== undefined) wording.tags = canonicalJson(given.tags);
        if (Object.keys(wording).length > 0) {
          await updateDecision(trx, proposal.id, wording);
          await audit(trx, clock, 'decision', proposal.id, 'update', proposal, { ...proposal, ...wording });
        }
        await changeStatusIn(trx, proposal.id, given.outcome, decidedOn, clock);
        touched.push(proposal.id);
      } else {
        const text = given.text?.trim() ? given.text : (item.proposal ?? '');
        const id = await createDecisionIn(
          trx,
          {
            bodyId: meeting.bodyId,
            title: given.title ?? item.title,
            text,
            status: given.outcome,
            decidedOn,
            meetingId: meeting.id,
            agendaItemId: item.id,
            ownerPersonId: given.ownerPersonId ?? null,
            reviewOn: given.reviewOn ?? null,
            tags: given.tags ?? [],
          },
          clock,
        );
        touched.push(id);
      }
      if (given.outcome === 'adopted' && item.proposalScenarioId !== null) {
        const decisionId = touched[touched.length - 1] as number;
        const adopts = (await listDecisionLinks(trx, [decisionId])).some((link) => link.kind === 'adopts_snapshot');
        if (!adopts) await adoptScenarioIn(trx, { scenarioId: item.proposalScenarioId, decisionId }, clock);
      }
      if (given.minutes !== undefined) await updateAgendaItem(trx, item.id, { minutes: given.minutes?.trim() ? given.minutes : null });
    }
    for (const given of input.otherMinutes ?? []) {
      await updateAgendaItem(trx, given.agendaItemId, { minutes: given.minutes?.trim() ? given.minutes : null });
    }
    if (meeting.status !== 'held') {
      await updateMeeting(trx, meeting.id, { status: 'held' });
      await audit(trx, clock, 'meeting', meeting.id, 'update', meeting, { ...meeting, status: 'held' });
    }
    const decisions = (await listDecisions(trx, { meetingId: meeting.id })).filter((d) => touched.includes(d.id));
    decisions.sort((a, b) => touched.indexOf(a.id) - touched.indexOf(b.id));
    return { meeting: await buildMeetingView(trx, meeting.id), decisions: await buildDecisionRows(trx, decisions) };
  });
}
