/**
 * Adoption: a decision adopts a scenario as it computes today, frozen in an immutable snapshot —
 * canonical JSON of the input (the scenario definition, the key it used and the workspace facts,
 * enough to recompute it with the engine alone) and of the result, with the SHA-256 of that text —
 * linked to the decision with an `adopts_snapshot` link. The database refuses any UPDATE or DELETE
 * of a snapshot (triggers in the initial migration).
 */
import type { Kysely } from 'kysely';
import type { SnapshotDetail, SnapshotSummary } from '../../../shared/api/channels/scenarios.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import { randomUUID } from 'node:crypto';
import { streamScenario } from '../../../shared/calc';
import { AndelError, entityWord, enumParam, invalidField, issue, notFoundError, ref } from '../../../shared/errors';
import { isTerminalStatus, type DecisionStatus } from '../../../shared/governance/decision-status';
import type { Database } from '../../db/database.types';
import { canonicalJson, canonicalJsonWith, parseJsonColumn } from '../../document/canonical-json';
import { snapshotContentHash, snapshotTextHash } from '../../document/snapshot-hash';
import { insertAuditEntry } from '../../repositories/audit.repository';
import { insertDecisionLink } from '../../repositories/decision.repository';
import {
  adoptsSnapshot,
  findSnapshotByHash,
  lockScenarioAdoption,
  listCooperationDecisions,
  findDecisionForAdoption,
  findSnapshotRow,
  insertSnapshotRow,
  listAdoptingDecisions,
  listSnapshotSummaries,
  type SnapshotSummaryRow,
} from '../../repositories/snapshot.repository';
import type { Clock } from '../clock';
import { findScenarioByNames, matchByName, prepareScenario } from './scenario.service';
import type { Db } from './scenario-facts.service';
import { assertDecisionOpen } from '../governance/meeting-lock';

export const SNAPSHOT_FORMAT = 'andel-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

export async function withDecisions(db: Db, rows: SnapshotSummaryRow[]): Promise<SnapshotSummary[]> {
  const links = await listAdoptingDecisions(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    ...row,
    decisions: links.filter((l) => l.snapshotId === row.id).map((l) => ({ id: l.decisionId, number: l.number, title: l.title, status: l.status })),
  }));
}

export async function adoptScenario(db: Kysely<Database>, input: ParsedInput<'scenarios:adopt'>, clock: Clock): Promise<SnapshotSummary> {
  return db.transaction().execute(async (trx) => {
    // A decision of approved (locked) minutes takes no new adoption: the minutes say what it adopted.
    const target = await trx.selectFrom('decisions').select(['meetingId', 'agendaItemId']).where('id', '=', input.decisionId).executeTakeFirst();
    if (target) await assertDecisionOpen(trx, target);
    return adoptScenarioIn(trx, input, clock);
  });
}

/** The adoption inside a caller's transaction (recording the minutes adopts a proposed scenario this way). */
export async function adoptScenarioIn(trx: Db, input: ParsedInput<'scenarios:adopt'>, clock: Clock): Promise<SnapshotSummary> {
  const prepared = await prepareScenario(trx, input.scenarioId);
  const decision = await findDecisionForAdoption(trx, input.decisionId);
  if (!decision) throw new AndelError('NOT_FOUND', ref('error.notFound', { what: entityWord('decision'), id: input.decisionId }), [issue('decisionId', 'error.notFoundField', { what: entityWord('decision'), id: input.decisionId })]);
  if (decision.cooperationId !== prepared.row.cooperationId) {
    throw invalidField('decisionId', 'error.snapshot.otherCooperation', { number: decision.number, body: decision.bodyName, cooperation: prepared.cooperation.name });
  }
  // A decision in a final status (rejected, superseded) adopts nothing; the column's CHECK holds only the statuses.
  if (isTerminalStatus(decision.status as DecisionStatus)) {
    const status = enumParam('decisionStatus', decision.status);
    throw new AndelError('CONFLICT', ref('error.snapshot.cannotAdopt', { number: decision.number, status }), [issue('decisionId', 'error.snapshot.cannotAdoptField', { status })]);
  }
  // With trails: the snapshot explains each adopted charge without the engine. Its members are
  // written one at a time, each let go once written: holding every member's trails at once made a
  // large scenario's adoption cost grow faster than its size (docs/benchmarks.md).
  const { members: memberResults, memberCount: _memberCount, ...result } = streamScenario(prepared.resolved, { trail: true });
  const membersPlace = `members ${randomUUID()}`;
  const usedKey = prepared.keys.find((k) => k.id === result.keyId && k.version === result.keyVersion);
  const content = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    scenario: {
      id: prepared.row.id,
      name: prepared.row.name,
      cooperationId: prepared.cooperation.id,
      cooperationName: prepared.cooperation.name,
      keyId: prepared.row.keyId,
      baselineScenarioId: prepared.row.baselineScenarioId,
    },
    input: { definition: prepared.definition, keys: usedKey ? [usedKey] : [], facts: prepared.facts },
    members: prepared.members,
    result: { ...result, members: membersPlace },
  };
  const text = canonicalJsonWith(content, membersPlace, memberResults);
  const contentHash = snapshotTextHash(text);
  const createdAt = clock().toISOString();
  const summaryOf = async (id: number) =>
    (await withDecisions(trx, (await listSnapshotSummaries(trx, { scenarioId: prepared.row.id })).filter((r) => r.id === id)))[0] as SnapshotSummary;
  // Idempotent: the same content adopted again is the snapshot already made (a snapshot is
  // immutable, so equal hashes mean equal snapshots); only a decision not yet linked gets a link.
  await lockScenarioAdoption(trx, prepared.row.id);
  const existing = await findSnapshotByHash(trx, prepared.row.id, contentHash);
  if (existing && (await adoptsSnapshot(trx, decision.id, existing.id))) return summaryOf(existing.id);
  let snapshotId: number;
  if (existing) {
    snapshotId = existing.id;
  } else {
    snapshotId = await insertSnapshotRow(trx, { scenarioId: prepared.row.id, createdAt, contentHash, content: text });
    await insertAuditEntry(trx, {
      at: createdAt,
      entity: 'snapshot',
      entityId: snapshotId,
      action: 'create',
      before: canonicalJson(null),
      after: canonicalJson({ id: snapshotId, scenarioId: prepared.row.id, contentHash, decisionId: decision.id }),
    });
  }
  const linkId = await insertDecisionLink(trx, { decisionId: decision.id, kind: 'adopts_snapshot', snapshotId, agreementId: null, keyId: null, targetDecisionId: null });
  await insertAuditEntry(trx, {
    at: createdAt,
    entity: 'decision_link',
    entityId: linkId,
    action: 'create',
    before: canonicalJson(null),
    after: canonicalJson({ id: linkId, decisionId: decision.id, kind: 'adopts_snapshot', snapshotId }),
  });
  return summaryOf(snapshotId);
}

export async function listSnapshots(db: Kysely<Database>, input: ParsedInput<'snapshots:list'>): Promise<SnapshotSummary[]> {
  return db.transaction().execute(async (trx) => withDecisions(trx, await listSnapshotSummaries(trx, input)));
}

export async function getSnapshot(db: Kysely<Database>, input: ParsedInput<'snapshots:get'>): Promise<SnapshotDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await findSnapshotRow(trx, input.id);
    if (!row) throw notFoundError('snapshot', input.id);
    const [summary] = await withDecisions(trx, (await listSnapshotSummaries(trx, { scenarioId: row.scenarioId })).filter((r) => r.id === row.id));
    const content = parseJsonColumn(row.content);
    return { ...(summary as SnapshotSummary), content, hashVerified: snapshotContentHash(content) === row.contentHash };
  });
}

/** The CLI's adoption: cooperation and scenario by name, the decision by its number (e.g. "SG 2017:3"). */
export async function adoptScenarioByNames(
  db: Kysely<Database>,
  names: { cooperation: string; scenario: string; decision: string },
  clock: Clock,
): Promise<SnapshotSummary> {
  const { cooperation, scenario } = await findScenarioByNames(db, names.cooperation, names.scenario);
  const decisions = await listCooperationDecisions(db, cooperation.id);
  const decision = matchByName(
    decisions.map((d) => ({ ...d, name: d.number })),
    names.decision,
    ref('error.lookup.decisionOf', { name: cooperation.name }),
    '--decision',
  );
  return adoptScenario(db, { scenarioId: scenario.id, decisionId: decision.id }, clock);
}
