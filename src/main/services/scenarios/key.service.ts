/**
 * Distribution keys stored in the workspace: listed, read, and saved as a new version (a stored
 * version never changes, since scenarios and decisions refer to it).
 */
import type { Kysely } from 'kysely';
import type { KeyDetail, KeyPreviewInputs, KeySummary } from '../../../shared/api/channels/scenarios.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import { AndelError, notFoundError, refusedIssues, type ErrorIssue } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { canonicalJson, parseJsonColumn } from '../../document/canonical-json';
import { checkKeyDefinition } from '../../document/engine-definitions';
import { countScenariosByKey, findKeyRow, insertKeyRow, listKeyRows, type DistributionKeyRow } from '../../repositories/key.repository';
import { audit } from '../audit/audit-entry';
import type { Clock } from '../clock';
import { staleWriteError } from '../../repositories/row-version';
import { buildCooperationFacts, loadCooperationKeys, requireCooperation, type Db, type StoredKey } from './scenario-facts.service';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function summarise(row: DistributionKeyRow, definition: Record<string, unknown>, latestVersion: number, scenarioCount: number): KeySummary {
  return {
    id: row.id,
    cooperationId: row.cooperationId,
    name: row.name,
    version: row.version,
    ref: text(definition.id),
    family: text(definition.family),
    note: row.note,
    latest: row.version === latestVersion,
    scenarioCount,
  };
}

async function describeKeys(db: Db, rows: DistributionKeyRow[]): Promise<KeyDetail[]> {
  const counts = await countScenariosByKey(db);
  const parsed = rows.map((row) => ({ row, definition: parseJsonColumn(row.definition) as Record<string, unknown> }));
  const latest = new Map<string, number>();
  for (const { row, definition } of parsed) {
    const ref = `${row.cooperationId}/${text(definition.id)}`;
    latest.set(ref, Math.max(latest.get(ref) ?? 0, row.version));
  }
  return parsed.map(({ row, definition }) => ({
    ...summarise(row, definition, latest.get(`${row.cooperationId}/${text(definition.id)}`) ?? row.version, counts.get(row.id) ?? 0),
    definition,
  }));
}

export async function listKeys(db: Kysely<Database>, input: ParsedInput<'keys:list'>): Promise<KeySummary[]> {
  return db.transaction().execute(async (trx) => {
    if (input.cooperationId !== undefined) await requireCooperation(trx, input.cooperationId);
    const details = await describeKeys(trx, await listKeyRows(trx, input.cooperationId));
    return details.map(({ definition: _definition, ...summary }) => summary);
  });
}

export async function requireKeyRow(db: Db, id: number): Promise<DistributionKeyRow> {
  const row = await findKeyRow(db, id);
  if (!row) throw notFoundError('distribution_key', id);
  return row;
}

export async function getKey(db: Kysely<Database>, input: ParsedInput<'keys:get'>): Promise<KeyDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await requireKeyRow(trx, input.id);
    const all = await describeKeys(trx, await listKeyRows(trx, row.cooperationId));
    return all.find((k) => k.id === row.id) as KeyDetail;
  });
}

/** The cooperation's members and metrics for the key builder's preview (the engine then runs in the renderer). */
export async function loadKeyPreviewInputs(db: Kysely<Database>, input: ParsedInput<'keys:previewInputs'>): Promise<KeyPreviewInputs> {
  const built = await buildCooperationFacts(db, input.cooperationId);
  return { cooperationId: input.cooperationId, currency: built.cooperation.currency, facts: built.facts, members: built.members };
}

const invalid = (issues: ErrorIssue[]): AndelError => refusedIssues(issues, 'error.key.invalid');

/**
 * Saves a key definition as the next version of the cooperation's key with the same definition id
 * (version 1 for a new id). The definition's `version` is set to that number; the rest is validated
 * by the engine, and nothing is written when it is refused.
 */
export async function saveKey(db: Kysely<Database>, input: ParsedInput<'keys:save'>, clock: Clock): Promise<KeyDetail> {
  try {
    return await insertKeyVersion(db, input, clock);
  } catch (error) {
    // Two saves from the same version at once on PostgreSQL: both read version n and build n + 1;
    // the second waits for the first's row and then hits the unique (cooperation, name, version).
    // It was based on an old version: the same refusal as when it reads the newer version itself.
    if (input.expectedVersion === undefined || !isUniqueViolation(error) || typeof input.definition.id !== 'string') throw error;
    const latest = latestVersion(await loadCooperationKeys(db, input.cooperationId), input.definition.id);
    if (!latest || latest.row.version === input.expectedVersion) throw error;
    throw await staleWriteError(db, { table: 'distribution_keys', entity: 'distribution_key', id: latest.row.id }, input.expectedVersion, latest.row.version);
  }
}

/** The newest stored version of the key with this definition id. */
function latestVersion(keys: readonly StoredKey[], ref: string): StoredKey | undefined {
  return keys.filter((k) => k.definition.id === ref).reduce<StoredKey | undefined>((found, k) => (found && found.row.version >= k.row.version ? found : k), undefined);
}

/** A unique constraint refused the insert (PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function insertKeyVersion(db: Kysely<Database>, input: ParsedInput<'keys:save'>, clock: Clock): Promise<KeyDetail> {
  return db.transaction().execute(async (trx) => {
    const cooperation = await requireCooperation(trx, input.cooperationId);
    const existing = await loadCooperationKeys(trx, input.cooperationId);
    const ref = input.definition.id;
    const latest = typeof ref === 'string' ? latestVersion(existing, ref) : undefined;
    // The editor read the key at `expectedVersion`: a newer version saved since is not silently built over.
    if (input.expectedVersion !== undefined && latest && latest.row.version !== input.expectedVersion) {
      throw await staleWriteError(trx, { table: 'distribution_keys', entity: 'distribution_key', id: latest.row.id }, input.expectedVersion, latest.row.version);
    }
    const version = (latest?.row.version ?? 0) + 1;
    const definition: Record<string, unknown> = { ...input.definition, version };
    const issues = checkKeyDefinition(definition, cooperation.currency, 'definition');
    if (issues.length > 0) throw invalid(issues);
    const row = {
      cooperationId: input.cooperationId,
      name: text(definition.name).trim() || text(ref),
      version,
      definition: canonicalJson(definition),
      note: input.note ?? null,
    };
    if (existing.some((k) => k.row.name === row.name && k.row.version === version)) {
      throw new AndelError('CONFLICT', { messageKey: 'error.key.versionExists', params: { version, name: row.name } });
    }
    const id = await insertKeyRow(trx, row);
    await audit(trx, clock, 'distribution_key', id, 'create', null, { id, ...row, definition });
    const all = await describeKeys(trx, await listKeyRows(trx, input.cooperationId));
    return all.find((k) => k.id === id) as KeyDetail;
  });
}
