/**
 * The checks a schema cannot express because they span records: ids unique per collection, every
 * reference pointing at an existing record, the natural keys the database holds unique, and
 * decision links naming the target their kind requires. Each problem carries the path of the
 * offending field, e.g. `participations[3].organisationId: no organisation with id 99`.
 */
import { collectionKeyFields, documentCollections, type DocumentCollection, type WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { entityWord, issue, ref, type ErrorIssue, type MessageRef } from '../../shared/errors';
import { snapshotContentHash } from './snapshot-hash';

type Target = DocumentCollection;

/** collection → field → the collection it refers to. */
const references: { [C in DocumentCollection]?: Record<string, Target> } = {
  metricValues: { organisationId: 'organisations' },
  cooperations: { hostOrganisationId: 'organisations' },
  participations: { cooperationId: 'cooperations', organisationId: 'organisations', viaOrganisationId: 'organisations' },
  persons: { organisationId: 'organisations' },
  bodies: { cooperationId: 'cooperations', parentBodyId: 'bodies', replacedByBodyId: 'bodies' },
  seats: { bodyId: 'bodies', personId: 'persons', organisationId: 'organisations' },
  meetings: { bodyId: 'bodies' },
  agendaItems: { meetingId: 'meetings', presenterPersonId: 'persons', proposalScenarioId: 'scenarios' },
  attendance: { meetingId: 'meetings', personId: 'persons', proxyPersonId: 'persons' },
  bodyVotingRules: { bodyId: 'bodies' },
  votes: { agendaItemId: 'agendaItems', seatId: 'seats', proxySeatId: 'seats' },
  meetingMinutes: { meetingId: 'meetings' },
  minutesAdjusters: { meetingId: 'meetings', seatId: 'seats' },
  decisions: { bodyId: 'bodies', meetingId: 'meetings', agendaItemId: 'agendaItems', ownerPersonId: 'persons' },
  decisionLinks: {
    decisionId: 'decisions',
    snapshotId: 'snapshots',
    agreementId: 'agreements',
    keyId: 'distributionKeys',
    targetDecisionId: 'decisions',
  },
  agreements: { cooperationId: 'cooperations', counterpartyOrganisationId: 'organisations' },
  agreementParties: { agreementId: 'agreements', organisationId: 'organisations' },
  budgetLines: { cooperationId: 'cooperations' },
  staffAllocations: { cooperationId: 'cooperations', personId: 'persons' },
  fundingSources: { cooperationId: 'cooperations', funderOrganisationId: 'organisations' },
  fundingAmounts: { fundingSourceId: 'fundingSources' },
  distributionKeys: { cooperationId: 'cooperations' },
  scenarios: { cooperationId: 'cooperations', keyId: 'distributionKeys', baselineScenarioId: 'scenarios' },
  snapshots: { scenarioId: 'scenarios' },
  exportLog: { snapshotId: 'snapshots', scenarioId: 'scenarios' },
};

const singular: Record<DocumentCollection, string> = {
  organisations: 'organisation',
  metricValues: 'metric value',
  cooperations: 'cooperation',
  participations: 'participation',
  persons: 'person',
  bodies: 'body',
  seats: 'seat',
  meetings: 'meeting',
  agendaItems: 'agenda item',
  attendance: 'attendance record',
  bodyVotingRules: 'voting rule',
  votes: 'vote',
  meetingMinutes: 'minutes',
  minutesAdjusters: 'minutes adjuster',
  decisions: 'decision',
  decisionLinks: 'decision link',
  agreements: 'agreement',
  agreementParties: 'agreement party',
  budgetLines: 'budget line',
  staffAllocations: 'staff allocation',
  fundingSources: 'funding source',
  fundingAmounts: 'funding amount',
  distributionKeys: 'distribution key',
  scenarios: 'scenario',
  snapshots: 'snapshot',
  exportLog: 'export log entry',
  auditLog: 'audit entry',
};

/** Which field a decision link of each kind must fill. */
const linkTarget = {
  adopts_snapshot: 'snapshotId',
  adopts_agreement: 'agreementId',
  adopts_key: 'keyId',
  supersedes: 'targetDecisionId',
} as const;

type Row = { id: number } & Record<string, unknown>;

/**
 * The rows of a collection that look like records. Defensive on purpose: the checks also run on a
 * document that failed the schema, so one import reports the broken references along with the rest.
 */
function rowsOf(doc: CheckedDocument, collection: DocumentCollection): Row[] {
  const rows = doc[collection];
  return Array.isArray(rows) ? rows.map((row: unknown) => (row !== null && typeof row === 'object' ? (row as Row) : ({ id: NaN } as Row))) : [];
}

type CheckedDocument = Partial<Record<DocumentCollection, unknown>>;

function checkUniqueIds(doc: CheckedDocument, collections: readonly DocumentCollection[], issues: ErrorIssue[]): Map<DocumentCollection, Set<number>> {
  const ids = new Map<DocumentCollection, Set<number>>();
  for (const collection of collections) {
    const seen = new Map<number, number>();
    // A record is known by its id, or by the body or meeting it belongs to where it has no id.
    const key = collectionKeyFields[collection];
    rowsOf(doc, collection).forEach((row, index) => {
      const value = row[key];
      if (typeof value !== 'number' || !Number.isInteger(value)) return;
      const first = seen.get(value);
      if (first !== undefined) {
        issues.push(issue(`${collection}[${index}].${key}`, 'error.document.idTwice', { id: value, other: `${collection}[${first}]` }));
      } else {
        seen.set(value, index);
      }
    });
    ids.set(collection, new Set(seen.keys()));
  }
  return ids;
}

function checkUnique(
  doc: CheckedDocument,
  collection: DocumentCollection,
  field: string,
  keyOf: (row: Row) => string,
  describe: (row: Row) => MessageRef,
  issues: ErrorIssue[],
): void {
  const seen = new Map<string, number>();
  rowsOf(doc, collection).forEach((row, index) => {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else issues.push(issue(`${collection}[${index}].${field}`, 'error.document.usedBy', { what: describe(row), other: `${collection}[${first}]` }));
  });
}

/** A vote, its proxy and an adjuster name seats of the body that holds the meeting (where the references exist). */
function checkSeatsOfMeetingBody(doc: CheckedDocument, issues: ErrorIssue[]): void {
  const bodyOfSeat = new Map(rowsOf(doc, 'seats').map((seat) => [seat.id, seat.bodyId]));
  const bodyOfMeeting = new Map(rowsOf(doc, 'meetings').map((meeting) => [meeting.id, meeting.bodyId]));
  const meetingOfItem = new Map(rowsOf(doc, 'agendaItems').map((item) => [item.id, item.meetingId]));
  const check = (path: string, seat: unknown, meeting: unknown): void => {
    const seatBody = bodyOfSeat.get(seat as number);
    const body = bodyOfMeeting.get(meeting as number);
    if (seatBody === undefined || body === undefined || seatBody === body) return;
    issues.push(issue(path, 'error.document.seatOfOtherBody', { seat: String(seat), seatBody: String(seatBody), body: String(body), meeting: String(meeting) }));
  };
  rowsOf(doc, 'votes').forEach((vote, index) => {
    const meeting = meetingOfItem.get(vote.agendaItemId as number);
    check(`votes[${index}].seatId`, vote.seatId, meeting);
    if (vote.proxySeatId !== null && vote.proxySeatId !== undefined) check(`votes[${index}].proxySeatId`, vote.proxySeatId, meeting);
  });
  rowsOf(doc, 'minutesAdjusters').forEach((adjuster, index) => check(`minutesAdjusters[${index}].seatId`, adjuster.seatId, adjuster.meetingId));
}

export function checkReferences(doc: WorkspaceDocument | CheckedDocument): ErrorIssue[] {
  const collections = documentCollections;
  const issues: ErrorIssue[] = [];
  const ids = checkUniqueIds(doc, collections, issues);

  for (const collection of collections) {
    const fields = references[collection];
    if (!fields) continue;
    rowsOf(doc, collection).forEach((row, index) => {
      for (const [field, target] of Object.entries(fields)) {
        const value = row[field];
        if (value === null || value === undefined) continue;
        if (!ids.get(target)?.has(value as number)) {
          issues.push(issue(`${collection}[${index}].${field}`, 'error.document.noSuch', { what: entityWord(singular[target]), id: String(value) }));
        }
      }
    });
  }

  checkUnique(doc, 'decisions', 'sequence', (r) => `${String(r.bodyId)}/${String(r.year)}/${String(r.sequence)}`,
    (r) => ref('error.document.sequenceOf', { sequence: String(r.sequence), body: String(r.bodyId), year: String(r.year) }), issues);
  checkUnique(doc, 'distributionKeys', 'version', (r) => `${String(r.cooperationId)}/${String(r.name)}/${String(r.version)}`,
    (r) => ref('error.document.keyVersionOf', { version: String(r.version), name: String(r.name), cooperation: String(r.cooperationId) }), issues);
  checkUnique(doc, 'metricValues', 'year', (r) => `${String(r.organisationId)}/${String(r.metric)}/${String(r.year)}`,
    (r) => ref('error.document.figureOf', { metric: String(r.metric), year: String(r.year), organisation: String(r.organisationId) }), issues);

  checkUnique(doc, 'votes', 'seatId', (r) => `${String(r.agendaItemId)}/${String(r.seatId)}`,
    (r) => ref('error.document.voteOf', { seat: String(r.seatId), item: String(r.agendaItemId) }), issues);
  checkUnique(doc, 'minutesAdjusters', 'seatId', (r) => `${String(r.meetingId)}/${String(r.seatId)}`,
    (r) => ref('error.document.adjusterOf', { seat: String(r.seatId), meeting: String(r.meetingId) }), issues);
  checkSeatsOfMeetingBody(doc, issues);

  rowsOf(doc, 'decisionLinks').forEach((link, index) => {
    if (link.kind === 'relates_to') {
      if (link.snapshotId === null && link.agreementId === null && link.keyId === null && link.targetDecisionId === null) {
        issues.push(issue(`decisionLinks[${index}]`, 'error.document.relatesToNothing'));
      }
      return;
    }
    if (typeof link.kind !== 'string' || !(link.kind in linkTarget)) return;
    const field = linkTarget[link.kind as keyof typeof linkTarget];
    if (link[field] === null) issues.push(issue(`decisionLinks[${index}].${field}`, 'error.document.linkNeeds', { kind: String(link.kind), field }));
  });

  // Invoiced via: the party must take part in the same cooperation as administrative party, or the
  // engine would drop the link and charge the group member nothing.
  const parties = new Set(
    rowsOf(doc, 'participations').filter((p) => p.role === 'administrative_party').map((p) => `${String(p.cooperationId)}/${String(p.organisationId)}`),
  );
  const nameOf = (collection: 'organisations' | 'cooperations', id: unknown): string | undefined => {
    const name = rowsOf(doc, collection).find((row) => row.id === id)?.name;
    return typeof name === 'string' ? name : undefined;
  };
  rowsOf(doc, 'participations').forEach((p, index) => {
    if (p.viaOrganisationId === null || p.viaOrganisationId === undefined) return;
    if (!parties.has(`${String(p.cooperationId)}/${String(p.viaOrganisationId)}`)) {
      const via = nameOf('organisations', p.viaOrganisationId) ?? `#${String(p.viaOrganisationId)}`;
      const cooperation = nameOf('cooperations', p.cooperationId) ?? `#${String(p.cooperationId)}`;
      issues.push(issue(`participations[${index}].viaOrganisationId`, 'error.participation.viaNotParty', { via, cooperation }));
    }
  });

  // A snapshot is what a decision adopted: its content must still be exactly what was hashed.
  rowsOf(doc, 'snapshots').forEach((snapshot, index) => {
    if (typeof snapshot.contentHash !== 'string' || !('content' in snapshot)) return;
    const actual = snapshotContentHash(snapshot.content);
    if (actual !== snapshot.contentHash) {
      issues.push(issue(`snapshots[${index}].contentHash`, 'error.document.hashMismatch', { actual }));
    }
  });

  return issues;
}
