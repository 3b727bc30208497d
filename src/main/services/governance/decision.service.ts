/**
 * The decision register: numbering per body and year, status changes along the allowed steps,
 * links to what a decision adopts, supersedes or relates to, and search.
 */
import type { Kysely } from 'kysely';
import type { DecisionList, DecisionRow } from '../../../shared/api/channels/governance.channels';
import { checkRegisterNumbering, formatDecisionNumber } from '../../../shared/governance/decision-number';
import { searchDecisions, type SearchableDecision } from '../../../shared/governance/decision-search';
import { foldText } from '../../../shared/governance/fold-text';
import { assertStatusChange } from '../../../shared/governance/decision-status';
import { AndelError, entityWord, enumParam, invalidField, issue, ref, type MessageParam } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { canonicalJson } from '../../document/canonical-json';
import { findAgendaItem } from '../../repositories/agenda.repository';
import { findAgreement } from '../../repositories/agreement.repository';
import { findBody, listBodies } from '../../repositories/body.repository';
import {
  deleteDecisionLink,
  findDecision,
  findDecisionLink,
  insertDecisionLink,
  insertNextNumberedDecision,
  listDecisionLinks,
  listDecisions,
  listKeyHeads,
  listLinksTargeting,
  listScenarioHeads,
  listSnapshotHeads,
  updateDecision,
  type DecisionRow as StoredDecision,
} from '../../repositories/decision.repository';
import { findMeeting } from '../../repositories/meeting.repository';
import { findPerson } from '../../repositories/person.repository';
import { audit } from '../audit/audit-entry';
import { assertDecisionOpen, assertMeetingOpen } from './meeting-lock';
import { notFound, todayOf, type Db } from './body-common';
import type { DecisionLinkKind, DecisionStatus } from '../../../shared/document/workspace-document.schema';
import type { Clock } from '../clock';
import { buildDecisionRows, tagsOf } from './decision-views';
import type { ParsedInputOf } from '../service-types';

type CreateInput = ParsedInputOf<'decisions:create'>;
type LinkInput = Omit<ParsedInputOf<'decisions:addLink'>, 'decisionId'>;

async function requireDecision(db: Db, id: number): Promise<StoredDecision> {
  const decision = await findDecision(db, id);
  if (!decision) throw notFound('decision', id);
  return decision;
}

async function rowOf(db: Db, id: number): Promise<DecisionRow> {
  const [row] = await buildDecisionRows(db, [await requireDecision(db, id)]);
  if (!row) throw notFound('decision', id);
  return row;
}

/** Checks a link's target (exists, same cooperation, not the decision itself) and stores it; returns the link id. */
async function addLinkIn(db: Db, decision: StoredDecision, link: LinkInput, path: string): Promise<number> {
  const body = await findBody(db, decision.bodyId);
  const cooperationId = body?.cooperationId;
  const otherCooperation = (what: MessageParam): AndelError => invalidField(path, 'error.decision.otherCooperation', { what });
  switch (link.kind) {
    case 'adopts_snapshot': {
      const [snapshot] = await listSnapshotHeads(db, [link.snapshotId as number]);
      if (!snapshot) throw notFound('snapshot', link.snapshotId as number);
      const [scenario] = await listScenarioHeads(db, [snapshot.scenarioId]);
      if (scenario?.cooperationId !== cooperationId) throw otherCooperation(ref('error.decision.record', { what: entityWord('snapshot'), id: snapshot.id }));
      break;
    }
    case 'adopts_agreement': {
      const agreement = await findAgreement(db, link.agreementId as number);
      if (!agreement) throw notFound('agreement', link.agreementId as number);
      if (agreement.cooperationId !== cooperationId) throw otherCooperation(ref('error.decision.record', { what: entityWord('agreement'), id: agreement.id }));
      break;
    }
    case 'adopts_key': {
      const [key] = await listKeyHeads(db, [link.keyId as number]);
      if (!key) throw notFound('distribution key', link.keyId as number);
      if (key.cooperationId !== cooperationId) throw otherCooperation(ref('error.decision.record', { what: entityWord('distribution_key'), id: key.id }));
      break;
    }
    case 'supersedes':
    case 'relates_to': {
      const targetId = link.targetDecisionId as number;
      if (targetId === decision.id) throw invalidField(path, 'error.decision.linkToSelf');
      const target = await findDecision(db, targetId);
      if (!target) throw notFound('decision', targetId);
      const targetBody = await findBody(db, target.bodyId);
      if (targetBody?.cooperationId !== cooperationId) throw otherCooperation(`decision ${target.number}`);
      break;
    }
  }
  const values = {
    decisionId: decision.id,
    kind: link.kind,
    snapshotId: link.snapshotId ?? null,
    agreementId: link.agreementId ?? null,
    keyId: link.keyId ?? null,
    targetDecisionId: link.targetDecisionId ?? null,
  };
  const existing = await listDecisionLinks(db, [decision.id]);
  if (
    existing.some(
      (l) => l.kind === values.kind && l.snapshotId === values.snapshotId && l.agreementId === values.agreementId && l.keyId === values.keyId && l.targetDecisionId === values.targetDecisionId,
    )
  ) {
    throw new AndelError('CONFLICT', ref('error.decision.linkExists', { number: decision.number, kind: ref(`enum.decisionLinkKind.${link.kind}`) }), [issue(path, 'error.decision.linkExistsField')]);
  }
  return insertDecisionLink(db, values);
}

/**
 * Adds one decision inside the caller's transaction: checks its references, takes the next
 * number of its body and year (atomically, see insertNextNumberedDecision) and stores its links.
 * Exported so one transaction can add several (recording minutes, imports, tests of numbering).
 */
export async function createDecisionIn(trx: Db, input: CreateInput, clock: Clock): Promise<number> {
  const body = await findBody(trx, input.bodyId);
  if (!body) throw notFound('body', input.bodyId);
  const status: DecisionStatus = input.status ?? 'proposed';
  let meetingId = input.meetingId ?? null;
  const agendaItemId = input.agendaItemId ?? null;
  if (agendaItemId !== null) {
    const item = await findAgendaItem(trx, agendaItemId);
    if (!item) throw notFound('agenda item', agendaItemId);
    if (meetingId !== null && item.meetingId !== meetingId) throw invalidField('agendaItemId', 'error.decision.itemNotOnAgenda', { item: agendaItemId, meeting: meetingId });
    if (item.kind !== 'decision') throw invalidField('agendaItemId', 'error.decision.notADecisionItem', { title: item.title, kind: enumParam('agendaItemKind', item.kind) });
    meetingId = item.meetingId;
  }
  let meetingDate: string | null = null;
  if (meetingId !== null) {
    const meeting = await findMeeting(trx, meetingId);
    if (!meeting) throw notFound('meeting', meetingId);
    if (meeting.bodyId !== body.id) throw invalidField('meetingId', 'error.decision.otherBodysMeeting', { title: meeting.title });
    meetingDate = meeting.startsAt.slice(0, 10);
    await assertMeetingOpen(trx, meetingId);
  }
  if (input.ownerPersonId && !(await findPerson(trx, input.ownerPersonId))) throw notFound('person', input.ownerPersonId);

  let decidedOn = input.decidedOn ?? null;
  if (decidedOn === null && status !== 'proposed') {
    if (meetingDate === null) throw invalidField('decidedOn', 'error.decision.needsDate', { status: ref(`enum.decisionStatus.${status}`) });
    decidedOn = meetingDate;
  }
  const dateForYear = decidedOn ?? meetingDate;
  const year = dateForYear !== null ? Number(dateForYear.slice(0, 4)) : (input.year ?? Number(todayOf(clock).slice(0, 4)));
  if (input.year !== undefined && input.year !== year) {
    throw invalidField('year', 'error.decision.yearMismatch', { year: input.year, date: dateForYear ?? '' });
  }
  const values = {
    bodyId: body.id,
    year,
    decidedOn,
    meetingId,
    agendaItemId,
    title: input.title,
    text: input.text,
    status,
    ownerPersonId: input.ownerPersonId ?? null,
    reviewOn: input.reviewOn ?? null,
    tags: canonicalJson(input.tags ?? []),
  };
  const created = await insertNextNumberedDecision(trx, values, (sequence) => formatDecisionNumber(body.decisionNumberPattern, year, sequence));
  const stored = await requireDecision(trx, created.id);
  for (const [index, link] of (input.links ?? []).entries()) await addLinkIn(trx, stored, link, `links[${index}]`);
  await audit(trx, clock, 'decision', created.id, 'create', null, stored);
  return created.id;
}

export async function createDecision(db: Kysely<Database>, input: CreateInput, clock: Clock): Promise<DecisionRow> {
  return db.transaction().execute(async (trx) => rowOf(trx, await createDecisionIn(trx, input, clock)));
}

export async function getDecision(db: Kysely<Database>, id: number): Promise<DecisionRow> {
  return db.transaction().execute((trx) => rowOf(trx, id));
}

export async function listDecisionRegister(db: Kysely<Database>, input: ParsedInputOf<'decisions:list'>): Promise<DecisionList> {
  return db.transaction().execute(async (trx) => {
    const { cooperationId, ...search } = input;
    const bodies = await listBodies(trx, cooperationId);
    const decisions = await listDecisions(trx, cooperationId === undefined ? {} : { bodyIds: bodies.map((b) => b.id) });
    const searchable = decisions.map((d) => ({ ...d, status: d.status as DecisionStatus, tags: tagsOf(d), stored: d }) satisfies SearchableDecision & { stored: StoredDecision });
    const found = searchDecisions(searchable, search);
    const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
    return {
      rows: await buildDecisionRows(
        trx,
        found.map((f) => f.stored),
      ),
      total: decisions.length,
      numberingProblems: checkRegisterNumbering(decisions).map((p) => ({
        bodyId: p.bodyId,
        bodyName: bodyName.get(p.bodyId) ?? '',
        year: p.year,
        missing: [...p.missing],
        duplicates: [...p.duplicates],
        message: `${bodyName.get(p.bodyId) ?? `body ${p.bodyId}`}, ${p.year}: ${p.message.split(': ').slice(1).join(': ')}`,
      })),
    };
  });
}

const EDITABLE_TEXT: readonly DecisionStatus[] = ['proposed', 'postponed'];

export async function updateDecisionRecord(db: Kysely<Database>, input: ParsedInputOf<'decisions:update'>, clock: Clock): Promise<DecisionRow> {
  return db.transaction().execute(async (trx) => {
    const before = await requireDecision(trx, input.id);
    await assertDecisionOpen(trx, before);
    const changes: Partial<StoredDecision> = {};
    if (input.title !== undefined || input.text !== undefined) {
      if (!EDITABLE_TEXT.includes(before.status as DecisionStatus)) {
        const status = enumParam('decisionStatus', before.status);
        throw new AndelError('CONFLICT', ref('error.decision.wordingFinal', { number: before.number, status }), [
          issue(input.title !== undefined ? 'title' : 'text', 'error.decision.wordingFinalField', { status }),
        ]);
      }
      if (input.title !== undefined) changes.title = input.title;
      if (input.text !== undefined) changes.text = input.text;
    }
    if (input.ownerPersonId !== undefined) {
      if (input.ownerPersonId !== null && !(await findPerson(trx, input.ownerPersonId))) throw notFound('person', input.ownerPersonId);
      changes.ownerPersonId = input.ownerPersonId;
    }
    if (input.reviewOn !== undefined) changes.reviewOn = input.reviewOn;
    if (input.tags !== undefined) changes.tags = canonicalJson(input.tags);
    if (Object.keys(changes).length > 0) {
      await updateDecision(trx, before.id, changes, input.expectedVersion);
      await audit(trx, clock, 'decision', before.id, 'update', before, { ...before, ...changes });
    }
    return rowOf(trx, before.id);
  });
}

/** One status change inside the caller's transaction; refuses (CONFLICT) every step the register does not allow. */
export async function changeStatusIn(trx: Db, id: number, to: DecisionStatus, decidedOn: string | undefined, clock: Clock): Promise<void> {
  const before = await requireDecision(trx, id);
  // A later decision may still supersede or implement an entry of approved minutes; nothing else changes it.
  if (to !== 'superseded' && to !== 'implemented') await assertDecisionOpen(trx, before);
  const from = before.status as DecisionStatus;
  const incoming = await listLinksTargeting(trx, [id]);
  // Only superseding asks about other decisions (whether the one that supersedes is adopted).
  const others = new Map(to === 'superseded' ? (await listDecisions(trx)).map((d) => [d.id, d.status as DecisionStatus]) : []);
  assertStatusChange({ decisionId: id, from, to, links: incoming, statusOf: (other) => others.get(other) });
  const changes: Partial<StoredDecision> = { status: to };
  if (decidedOn !== undefined) changes.decidedOn = decidedOn;
  else if (before.decidedOn === null && (to === 'adopted' || to === 'rejected' || to === 'postponed')) {
    const meeting = before.meetingId === null ? undefined : await findMeeting(trx, before.meetingId);
    changes.decidedOn = meeting ? meeting.startsAt.slice(0, 10) : todayOf(clock);
  }
  await updateDecision(trx, id, changes);
  await audit(trx, clock, 'decision', id, 'update', before, { ...before, ...changes });
}

export async function setDecisionStatus(db: Kysely<Database>, input: ParsedInputOf<'decisions:setStatus'>, clock: Clock): Promise<DecisionRow> {
  return db.transaction().execute(async (trx) => {
    await changeStatusIn(trx, input.id, input.status, input.decidedOn, clock);
    return rowOf(trx, input.id);
  });
}

export async function addDecisionLink(db: Kysely<Database>, input: ParsedInputOf<'decisions:addLink'>, clock: Clock): Promise<DecisionRow> {
  return db.transaction().execute(async (trx) => {
    const decision = await requireDecision(trx, input.decisionId);
    await assertDecisionOpen(trx, decision);
    const { decisionId: _decisionId, ...link } = input;
    const id = await addLinkIn(trx, decision, link, 'input');
    await audit(trx, clock, 'decision_link', id, 'create', null, { id, ...input });
    return rowOf(trx, decision.id);
  });
}

export async function removeDecisionLink(db: Kysely<Database>, input: ParsedInputOf<'decisions:removeLink'>, clock: Clock): Promise<DecisionRow> {
  return db.transaction().execute(async (trx) => {
    const link = await findDecisionLink(trx, input.id);
    if (!link) throw notFound('decision link', input.id);
    await assertDecisionOpen(trx, await requireDecision(trx, link.decisionId));
    if ((link.kind as DecisionLinkKind) === 'supersedes' && link.targetDecisionId !== null) {
      const target = await findDecision(trx, link.targetDecisionId);
      if (target?.status === 'superseded') {
        const remaining = (await listLinksTargeting(trx, [target.id])).filter((l) => l.kind === 'supersedes' && l.id !== link.id);
        if (remaining.length === 0) {
          throw new AndelError('CONFLICT', ref('error.decision.linkExplainsSuperseded', { number: target.number }), [issue('id', 'error.decision.linkExplainsSupersededField')]);
        }
      }
    }
    await deleteDecisionLink(trx, link.id);
    await audit(trx, clock, 'decision_link', link.id, 'delete', link, null);
    return rowOf(trx, link.decisionId);
  });
}


/** Bodies whose name matches `name` case- and accent-insensitively (the CLI's `--body`); NOT_FOUND lists the names there are. */
export async function bodyIdsNamed(db: Kysely<Database>, name: string): Promise<number[]> {
  const bodies = await listBodies(db);
  const wanted = foldText(name.trim());
  const exact = bodies.filter((b) => foldText(b.name) === wanted);
  const matches = exact.length > 0 ? exact : bodies.filter((b) => foldText(b.name).includes(wanted));
  if (matches.length === 0 || wanted === '') {
    throw new AndelError('NOT_FOUND', ref('error.lookup.body', { name, bodies: bodies.length > 0 ? bodies.map((b) => b.name).join('; ') : ref('error.lookup.nothing') }));
  }
  return matches.map((b) => b.id);
}
