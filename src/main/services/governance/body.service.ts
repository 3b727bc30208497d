/**
 * Bodies (steering groups, councils, working groups…) as a tree per cooperation with their
 * composition on a date, and the seats people hold on them over time.
 */
import type { Kysely, Updateable } from 'kysely';
import type {
  BodiesTree,
  BodyDetail,
  BodyTreeNode,
  BodyView,
  NamedRef,
  PersonView,
  SeatView,
} from '../../../shared/api/channels/governance.channels';
import type { ParsedInputOf } from '../service-types';
import type { BodyKind, SeatRole } from '../../../shared/document/workspace-document.schema';
import { formatDecisionNumber } from '../../../shared/governance/decision-number';
import { invalidField } from '../../../shared/errors';
import type { BodyTable, Database } from '../../db/database.types';
import { findBody, findCooperationName, insertBody, listBodies, listCooperationNames, updateBody, type BodyRow } from '../../repositories/body.repository';
import { listDecisions } from '../../repositories/decision.repository';
import { findPerson, insertPerson, listOrganisationNames, listPersons, organisationExists, type PersonRow } from '../../repositories/person.repository';
import { findSeat, insertSeat, listSeats, updateSeat, type SeatRow } from '../../repositories/seat.repository';
import { audit } from '../audit/audit-entry';
import { collator, notFound, seatIsCurrent, todayOf, type Db } from './body-common';
import type { Clock } from '../clock';
import { listMeetingSummaries } from './meeting-views';

const ROLE_ORDER: readonly SeatRole[] = ['chair', 'vice_chair', 'secretary', 'member', 'adjunct', 'observer'];

export function bodyState(body: Pick<BodyRow, 'startDate' | 'endDate'>, asOf: string): BodyView['state'] {
  if (body.endDate !== null && body.endDate < asOf) return 'ended';
  if (body.startDate !== null && body.startDate > asOf) return 'not_started';
  return 'active';
}

/** Everything needed to turn rows into views, loaded once per call. */
export interface BodyLookups {
  cooperations: Map<number, string>;
  bodies: Map<number, BodyRow>;
  persons: Map<number, PersonRow>;
  organisations: Map<number, string>;
  seatsByBody: Map<number, SeatRow[]>;
}

export async function loadBodyLookups(db: Db, cooperationId?: number): Promise<BodyLookups> {
  const [cooperations, bodies, persons] = await Promise.all([listCooperationNames(db), listBodies(db, cooperationId), listPersons(db)]);
  const seats = await listSeats(db, bodies.map((b) => b.id));
  const organisations = await listOrganisationNames(db, [
    ...seats.flatMap((s) => (s.organisationId === null ? [] : [s.organisationId])),
    ...persons.flatMap((p) => (p.organisationId === null ? [] : [p.organisationId])),
  ]);
  const seatsByBody = new Map<number, SeatRow[]>();
  for (const seat of seats) seatsByBody.set(seat.bodyId, [...(seatsByBody.get(seat.bodyId) ?? []), seat]);
  return {
    cooperations: new Map(cooperations.map((c) => [c.id, c.name])),
    bodies: new Map(bodies.map((b) => [b.id, b])),
    persons: new Map(persons.map((p) => [p.id, p])),
    organisations: new Map(organisations.map((o) => [o.id, o.name])),
    seatsByBody,
  };
}

export function seatView(seat: SeatRow, lookups: Pick<BodyLookups, 'persons' | 'organisations'>, asOf: string): SeatView {
  return {
    id: seat.id,
    bodyId: seat.bodyId,
    personId: seat.personId,
    personName: lookups.persons.get(seat.personId)?.name ?? `#${seat.personId}`,
    organisationId: seat.organisationId,
    organisationName: seat.organisationId === null ? null : (lookups.organisations.get(seat.organisationId) ?? null),
    role: seat.role as SeatRole,
    fromDate: seat.fromDate,
    toDate: seat.toDate,
    current: seatIsCurrent(seat, asOf),
  };
}

const bySeatOrder = (a: SeatView, b: SeatView): number =>
  Number(b.current) - Number(a.current) || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || collator.compare(a.personName, b.personName) || a.id - b.id;

function exampleNumber(pattern: string, asOf: string): string {
  try {
    return formatDecisionNumber(pattern, Number(asOf.slice(0, 4)), 1);
  } catch {
    return pattern; // a pattern stored before the rules were checked: shown as it is
  }
}

export function bodyView(body: BodyRow, lookups: BodyLookups, asOf: string): BodyView {
  const ref = (id: number | null): NamedRef | null => {
    if (id === null) return null;
    const other = lookups.bodies.get(id);
    return other ? { id, name: other.name } : null;
  };
  return {
    id: body.id,
    cooperationId: body.cooperationId,
    cooperationName: lookups.cooperations.get(body.cooperationId) ?? '',
    name: body.name,
    kind: body.kind as BodyKind,
    mandate: body.mandate,
    parentBodyId: body.parentBodyId,
    permanent: body.permanent === 1,
    startDate: body.startDate,
    endDate: body.endDate,
    state: bodyState(body, asOf),
    replacedBy: ref(body.replacedByBodyId),
    replaces: [...lookups.bodies.values()]
      .filter((other) => other.replacedByBodyId === body.id)
      .map((other) => ({ id: other.id, name: other.name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    decisionNumberPattern: body.decisionNumberPattern,
    exampleNumber: exampleNumber(body.decisionNumberPattern, asOf),
    composition: (lookups.seatsByBody.get(body.id) ?? [])
      .filter((seat) => seatIsCurrent(seat, asOf))
      .map((seat) => seatView(seat, lookups, asOf))
      .sort(bySeatOrder),
  };
}

const STATE_ORDER: Readonly<Record<BodyView['state'], number>> = { active: 0, not_started: 1, ended: 2 };

export async function getBodiesTree(db: Kysely<Database>, input: ParsedInputOf<'bodies:tree'>, clock: Clock): Promise<BodiesTree> {
  const asOf = input.asOf ?? todayOf(clock);
  return db.transaction().execute(async (trx) => {
    if (input.cooperationId !== undefined && !(await findCooperationName(trx, input.cooperationId))) throw notFound('cooperation', input.cooperationId);
    const lookups = await loadBodyLookups(trx, input.cooperationId);
    const nodes = new Map<number, BodyTreeNode>();
    for (const body of lookups.bodies.values()) nodes.set(body.id, { ...bodyView(body, lookups, asOf), children: [] });
    const roots = new Map<number, BodyTreeNode[]>();
    for (const node of nodes.values()) {
      const parent = node.parentBodyId === null ? undefined : nodes.get(node.parentBodyId);
      if (parent && parent.cooperationId === node.cooperationId && !isAncestor(node.id, parent.id, lookups.bodies)) parent.children.push(node);
      else roots.set(node.cooperationId, [...(roots.get(node.cooperationId) ?? []), node]);
    }
    const order = (a: BodyTreeNode, b: BodyTreeNode): number =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.startDate ?? '').localeCompare(b.startDate ?? '') || collator.compare(a.name, b.name) || a.id - b.id;
    const sortDeep = (list: BodyTreeNode[]): BodyTreeNode[] => {
      list.sort(order);
      for (const node of list) sortDeep(node.children);
      return list;
    };
    const cooperationIds = input.cooperationId !== undefined ? [input.cooperationId] : [...roots.keys()].sort((a, b) => a - b);
    return {
      asOf,
      cooperations: cooperationIds.map((id) => ({ id, name: lookups.cooperations.get(id) ?? '', bodies: sortDeep(roots.get(id) ?? []) })),
    };
  });
}

/** True when `ancestorId` is `bodyId` itself or sits above it in the parent chain (guards cycles). */
function isAncestor(candidateId: number, startId: number, bodies: Map<number, BodyRow>): boolean {
  const seen = new Set<number>();
  let current: number | null = startId;
  while (current !== null && !seen.has(current)) {
    if (current === candidateId) return true;
    seen.add(current);
    current = bodies.get(current)?.parentBodyId ?? null;
  }
  return false;
}

async function bodyDetail(db: Db, id: number, asOf: string): Promise<BodyDetail> {
  const body = await findBody(db, id);
  if (!body) throw notFound('body', id);
  const lookups = await loadBodyLookups(db, body.cooperationId);
  const [meetings, decisions] = await Promise.all([listMeetingSummaries(db, { bodyIds: [id] }), listDecisions(db, { bodyIds: [id] })]);
  return {
    ...bodyView(body, lookups, asOf),
    seats: (lookups.seatsByBody.get(id) ?? []).map((seat) => seatView(seat, lookups, asOf)).sort(bySeatOrder),
    meetings,
    decisionCount: decisions.length,
  };
}

export async function getBody(db: Kysely<Database>, input: ParsedInputOf<'bodies:get'>, clock: Clock): Promise<BodyDetail> {
  return db.transaction().execute((trx) => bodyDetail(trx, input.id, input.asOf ?? todayOf(clock)));
}

/** Parent and replacement must be other bodies of the same cooperation, and the parent chain must not loop. */
async function checkBodyRefs(db: Db, selfId: number | null, cooperationId: number, parentBodyId: number | null, replacedByBodyId: number | null): Promise<void> {
  const bodies = new Map((await listBodies(db, cooperationId)).map((b) => [b.id, b]));
  for (const [field, refId] of [['parentBodyId', parentBodyId], ['replacedByBodyId', replacedByBodyId]] as const) {
    if (refId === null) continue;
    if (refId === selfId) throw invalidField(field, 'error.body.refersToItself');
    if (!bodies.has(refId)) {
      throw invalidField(field, 'error.body.notInCooperation', { id: refId });
    }
  }
  if (selfId !== null && parentBodyId !== null && isAncestor(selfId, parentBodyId, bodies)) {
    throw invalidField('parentBodyId', 'error.body.underItsOwnSubBody', { id: parentBodyId });
  }
}

export async function createBody(db: Kysely<Database>, input: ParsedInputOf<'bodies:create'>, clock: Clock): Promise<BodyDetail> {
  return db.transaction().execute(async (trx) => {
    if (!(await findCooperationName(trx, input.cooperationId))) throw notFound('cooperation', input.cooperationId);
    await checkBodyRefs(trx, null, input.cooperationId, input.parentBodyId ?? null, input.replacedByBodyId ?? null);
    const values = {
      cooperationId: input.cooperationId,
      name: input.name,
      kind: input.kind,
      mandate: input.mandate?.trim() ? input.mandate : null,
      parentBodyId: input.parentBodyId ?? null,
      permanent: input.permanent ? 1 : 0,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      replacedByBodyId: input.replacedByBodyId ?? null,
      decisionNumberPattern: input.decisionNumberPattern,
    };
    const id = await insertBody(trx, values);
    await audit(trx, clock, 'body', id, 'create', null, { id, ...values });
    return bodyDetail(trx, id, todayOf(clock));
  });
}

export async function updateBodyRecord(db: Kysely<Database>, input: ParsedInputOf<'bodies:update'>, clock: Clock): Promise<BodyDetail> {
  return db.transaction().execute(async (trx) => {
    const before = await findBody(trx, input.id);
    if (!before) throw notFound('body', input.id);
    const changes: Updateable<BodyTable> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.mandate !== undefined) changes.mandate = input.mandate?.trim() ? input.mandate : null;
    if (input.parentBodyId !== undefined) changes.parentBodyId = input.parentBodyId;
    if (input.permanent !== undefined) changes.permanent = input.permanent ? 1 : 0;
    if (input.startDate !== undefined) changes.startDate = input.startDate;
    if (input.endDate !== undefined) changes.endDate = input.endDate;
    if (input.replacedByBodyId !== undefined) changes.replacedByBodyId = input.replacedByBodyId;
    if (input.decisionNumberPattern !== undefined) changes.decisionNumberPattern = input.decisionNumberPattern;
    const startDate = changes.startDate !== undefined ? changes.startDate : before.startDate;
    const endDate = changes.endDate !== undefined ? changes.endDate : before.endDate;
    if (startDate && endDate && endDate < startDate) throw invalidField('endDate', 'error.body.endsBeforeStart', { endDate, startDate });
    await checkBodyRefs(
      trx,
      before.id,
      before.cooperationId,
      changes.parentBodyId !== undefined ? changes.parentBodyId : before.parentBodyId,
      changes.replacedByBodyId !== undefined ? changes.replacedByBodyId : before.replacedByBodyId,
    );
    if (Object.keys(changes).length > 0) {
      await updateBody(trx, before.id, changes);
      await audit(trx, clock, 'body', before.id, 'update', before, await findBody(trx, before.id));
    }
    return bodyDetail(trx, before.id, todayOf(clock));
  });
}

export async function addSeat(db: Kysely<Database>, input: ParsedInputOf<'seats:add'>, clock: Clock): Promise<SeatView> {
  return db.transaction().execute(async (trx) => {
    const body = await findBody(trx, input.bodyId);
    if (!body) throw notFound('body', input.bodyId);
    const person = await findPerson(trx, input.personId);
    if (!person) throw notFound('person', input.personId);
    const organisationId = input.organisationId === undefined ? person.organisationId : input.organisationId;
    if (organisationId !== null && !(await organisationExists(trx, organisationId))) throw notFound('organisation', organisationId);
    const fromDate = input.fromDate ?? null;
    const toDate = input.toDate ?? null;
    const values = { bodyId: body.id, personId: person.id, organisationId, role: input.role, fromDate, toDate };
    const id = await insertSeat(trx, values);
    await audit(trx, clock, 'seat', id, 'create', null, { id, ...values });
    return seatViewOf(trx, id, clock);
  });
}

export async function endSeat(db: Kysely<Database>, input: ParsedInputOf<'seats:end'>, clock: Clock): Promise<SeatView> {
  return db.transaction().execute(async (trx) => {
    const before = await findSeat(trx, input.id);
    if (!before) throw notFound('seat', input.id);
    if (before.fromDate !== null && input.toDate < before.fromDate) {
      throw invalidField('toDate', 'error.body.seatEndsBeforeTaken', { toDate: input.toDate, fromDate: before.fromDate });
    }
    await updateSeat(trx, before.id, { toDate: input.toDate });
    await audit(trx, clock, 'seat', before.id, 'update', before, { ...before, toDate: input.toDate });
    return seatViewOf(trx, before.id, clock);
  });
}

async function seatViewOf(db: Db, id: number, clock: Clock): Promise<SeatView> {
  const seat = await findSeat(db, id);
  if (!seat) throw notFound('seat', id);
  const person = await findPerson(db, seat.personId);
  const organisations = await listOrganisationNames(db, seat.organisationId === null ? [] : [seat.organisationId]);
  return seatView(
    seat,
    { persons: new Map(person ? [[person.id, person]] : []), organisations: new Map(organisations.map((o) => [o.id, o.name])) },
    todayOf(clock),
  );
}

function personView(person: PersonRow, organisations: Map<number, string>): PersonView {
  return {
    id: person.id,
    name: person.name,
    title: person.title,
    organisationId: person.organisationId,
    organisationName: person.organisationId === null ? null : (organisations.get(person.organisationId) ?? null),
    email: person.email,
  };
}

export async function listPersonViews(db: Kysely<Database>, input: ParsedInputOf<'persons:list'>): Promise<PersonView[]> {
  return db.transaction().execute(async (trx) => {
    const persons = await listPersons(trx, input.organisationId);
    const organisations = await listOrganisationNames(trx, persons.flatMap((p) => (p.organisationId === null ? [] : [p.organisationId])));
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    return persons.map((p) => personView(p, names)).sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
  });
}

export async function createPerson(db: Kysely<Database>, input: ParsedInputOf<'persons:create'>, clock: Clock): Promise<PersonView> {
  return db.transaction().execute(async (trx) => {
    const organisationId = input.organisationId ?? null;
    if (organisationId !== null && !(await organisationExists(trx, organisationId))) throw notFound('organisation', organisationId);
    const values = { name: input.name, title: input.title?.trim() || null, organisationId, email: input.email?.trim() || null };
    const id = await insertPerson(trx, values);
    await audit(trx, clock, 'person', id, 'create', null, { id, ...values });
    const organisations = await listOrganisationNames(trx, organisationId === null ? [] : [organisationId]);
    return personView({ id, ...values }, new Map(organisations.map((o) => [o.id, o.name])));
  });
}

