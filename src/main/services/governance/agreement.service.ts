/**
 * Agreements with their parties and computed terms: the current end date and the next notice
 * deadline as of a date (conventions in src/shared/governance/agreement-terms.ts).
 */
import type { Kysely, Updateable } from 'kysely';
import type { AgreementView } from '../../../shared/api/channels/governance.channels';
import { agreementStatus, agreementTermsOf, agreementsWithNoticeWithin } from '../../../shared/governance/agreement-terms';
import { enumParam, invalidField, unknownReference } from '../../../shared/errors';
import type { AgreementTable, Database } from '../../db/database.types';
import {
  findAgreement,
  insertAgreement,
  listAdoptingDecisions,
  listAgreementParties,
  listAgreements,
  replaceAgreementParties,
  updateAgreement,
  type AgreementRow,
} from '../../repositories/agreement.repository';
import { findCooperationName, listCooperationNames } from '../../repositories/body.repository';
import { listOrganisationNames, organisationExists } from '../../repositories/person.repository';
import { audit } from '../audit/audit-entry';
import { notFound, todayOf, type Db } from './body-common';
import type { AgreementPartyRole, AgreementType, DecisionStatus } from '../../../shared/document/workspace-document.schema';
import type { Clock } from '../clock';
import type { ParsedInputOf } from '../service-types';

async function buildViews(db: Db, agreements: readonly AgreementRow[], asOf: string): Promise<AgreementView[]> {
  if (agreements.length === 0) return [];
  const ids = agreements.map((a) => a.id);
  // Only these agreements' parties and adopting decisions are read.
  const [parties, cooperations, adopting] = await Promise.all([listAgreementParties(db, ids), listCooperationNames(db), listAdoptingDecisions(db, ids)]);
  const partiesOf = new Map<number, typeof parties>();
  for (const p of parties) {
    const list = partiesOf.get(p.agreementId);
    if (list) list.push(p);
    else partiesOf.set(p.agreementId, [p]);
  }
  const adoptedBy = new Map<number, AgreementView['adoptedBy'][number][]>();
  for (const d of adopting) {
    if (d.agreementId === null) continue;
    const entry = { id: d.decisionId, number: d.number, status: d.status as DecisionStatus };
    const list = adoptedBy.get(d.agreementId);
    if (list) list.push(entry);
    else adoptedBy.set(d.agreementId, [entry]);
  }
  const organisations = new Map(
    (await listOrganisationNames(db, [...parties.map((p) => p.organisationId), ...agreements.flatMap((a) => (a.counterpartyOrganisationId === null ? [] : [a.counterpartyOrganisationId]))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const cooperationName = new Map(cooperations.map((c) => [c.id, c.name]));
  return agreements.map((a): AgreementView => {
    const terms = agreementTermsOf(a);
    const status = terms ? agreementStatus(terms, asOf) : null;
    return {
      id: a.id,
      cooperationId: a.cooperationId,
      cooperationName: cooperationName.get(a.cooperationId) ?? '',
      type: a.type as AgreementType,
      title: a.title,
      counterpartyOrganisationId: a.counterpartyOrganisationId,
      counterpartyName: a.counterpartyOrganisationId === null ? null : (organisations.get(a.counterpartyOrganisationId) ?? null),
      signedOn: a.signedOn,
      startDate: a.startDate,
      initialTermMonths: a.initialTermMonths,
      renewalMonths: a.renewalMonths,
      noticeMonths: a.noticeMonths,
      notes: a.notes,
      parties: (partiesOf.get(a.id) ?? [])
        .map((p) => ({ organisationId: p.organisationId, organisationName: organisations.get(p.organisationId) ?? `#${p.organisationId}`, role: p.role as AgreementPartyRole })),
      asOf,
      terms: status && {
        initialEndDate: status.initialEndDate,
        currentEndDate: status.endDate,
        noticeDeadline: status.noticeDeadline,
        renewals: status.renewals,
        renews: status.renews,
        started: status.started,
        expired: status.expired,
        currentPeriod: status.currentPeriod && { ...status.currentPeriod },
      },
      adoptedBy: adoptedBy.get(a.id) ?? [],
    };
  });
}

export async function listAgreementViews(db: Kysely<Database>, input: ParsedInputOf<'agreements:list'>, clock: Clock): Promise<AgreementView[]> {
  const asOf = input.asOf ?? todayOf(clock);
  return db.transaction().execute(async (trx) => {
    if (input.cooperationId !== undefined && !(await findCooperationName(trx, input.cooperationId))) throw notFound('cooperation', input.cooperationId);
    const rows = await listAgreements(trx, {
      ...(input.cooperationId === undefined ? {} : { cooperationId: input.cooperationId }),
      ...(input.type === undefined ? {} : { type: input.type }),
    });
    return buildViews(trx, rows, asOf);
  });
}

export async function getAgreement(db: Kysely<Database>, input: ParsedInputOf<'agreements:get'>, clock: Clock): Promise<AgreementView> {
  return db.transaction().execute(async (trx) => viewOf(trx, input.id, input.asOf ?? todayOf(clock)));
}

async function viewOf(db: Db, id: number, asOf: string): Promise<AgreementView> {
  const row = await findAgreement(db, id);
  if (!row) throw notFound('agreement', id);
  const [view] = await buildViews(db, [row], asOf);
  if (!view) throw notFound('agreement', id);
  return view;
}

/** Agreements whose next notice deadline falls within `months` months from `asOf`, earliest first. */
export async function agreementsWithNoticeDue(db: Kysely<Database>, input: ParsedInputOf<'agreements:noticeWithin'>, clock: Clock): Promise<AgreementView[]> {
  const asOf = input.asOf ?? todayOf(clock);
  return db.transaction().execute(async (trx) => {
    const rows = await listAgreements(trx, input.cooperationId === undefined ? {} : { cooperationId: input.cooperationId });
    const due = agreementsWithNoticeWithin(rows, asOf, input.months).map((d) => d.agreement);
    return buildViews(trx, due, asOf);
  });
}

type AgreementFields = Partial<Omit<ParsedInputOf<'agreements:create'>, 'cooperationId'>>;

async function checkFields(db: Db, fields: AgreementFields, merged: Pick<AgreementRow, 'initialTermMonths' | 'renewalMonths' | 'startDate' | 'signedOn'>): Promise<void> {
  if (fields.counterpartyOrganisationId && !(await organisationExists(db, fields.counterpartyOrganisationId))) throw notFound('organisation', fields.counterpartyOrganisationId);
  const seen = new Set<string>();
  for (const [index, party] of (fields.parties ?? []).entries()) {
    if (!(await organisationExists(db, party.organisationId))) throw unknownReference(`parties[${index}].organisationId`, 'organisation', party.organisationId);
    const key = `${party.organisationId}/${party.role}`;
    if (seen.has(key)) throw invalidField(`parties[${index}]`, 'error.agreement.partyTwice', { id: party.organisationId, role: enumParam('agreementPartyRole', party.role) });
    seen.add(key);
  }
  if (merged.renewalMonths !== null && merged.initialTermMonths === null) {
    throw invalidField('renewalMonths', 'error.agreement.renewalWithoutTerm');
  }
}

function changesFrom(fields: AgreementFields): Updateable<AgreementTable> {
  const changes: Updateable<AgreementTable> = {};
  if (fields.type !== undefined) changes.type = fields.type;
  if (fields.title !== undefined) changes.title = fields.title;
  if (fields.counterpartyOrganisationId !== undefined) changes.counterpartyOrganisationId = fields.counterpartyOrganisationId;
  if (fields.signedOn !== undefined) changes.signedOn = fields.signedOn;
  if (fields.startDate !== undefined) changes.startDate = fields.startDate;
  if (fields.initialTermMonths !== undefined) changes.initialTermMonths = fields.initialTermMonths;
  if (fields.renewalMonths !== undefined) changes.renewalMonths = fields.renewalMonths;
  if (fields.noticeMonths !== undefined) changes.noticeMonths = fields.noticeMonths;
  if (fields.notes !== undefined) changes.notes = fields.notes?.trim() ? fields.notes : null;
  return changes;
}

export async function createAgreement(db: Kysely<Database>, input: ParsedInputOf<'agreements:create'>, clock: Clock): Promise<AgreementView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findCooperationName(trx, input.cooperationId))) throw notFound('cooperation', input.cooperationId);
    const values = {
      cooperationId: input.cooperationId,
      type: input.type,
      title: input.title,
      counterpartyOrganisationId: input.counterpartyOrganisationId ?? null,
      signedOn: input.signedOn ?? null,
      startDate: input.startDate ?? null,
      initialTermMonths: input.initialTermMonths ?? null,
      renewalMonths: input.renewalMonths ?? null,
      noticeMonths: input.noticeMonths ?? null,
      notes: input.notes?.trim() ? input.notes : null,
    };
    await checkFields(trx, input, values);
    const id = await insertAgreement(trx, values);
    await replaceAgreementParties(trx, id, input.parties ?? []);
    await audit(trx, clock, 'agreement', id, 'create', null, { id, ...values, parties: input.parties ?? [] });
    return viewOf(trx, id, todayOf(clock));
  });
}

export async function updateAgreementRecord(db: Kysely<Database>, input: ParsedInputOf<'agreements:update'>, clock: Clock): Promise<AgreementView> {
  return db.transaction().execute(async (trx) => {
    const before = await findAgreement(trx, input.id);
    if (!before) throw notFound('agreement', input.id);
    const { id, parties, ...fields } = input;
    const changes = changesFrom(fields);
    await checkFields(trx, { ...fields, ...(parties ? { parties } : {}) }, { ...before, ...(changes as Partial<AgreementRow>) });
    if (Object.keys(changes).length > 0) await updateAgreement(trx, id, changes);
    if (parties !== undefined) await replaceAgreementParties(trx, id, parties);
    if (Object.keys(changes).length > 0 || parties !== undefined) {
      await audit(trx, clock, 'agreement', id, 'update', before, { ...before, ...changes, ...(parties ? { parties } : {}) });
    }
    return viewOf(trx, id, todayOf(clock));
  });
}
