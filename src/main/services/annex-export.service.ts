/**
 * Writes a scenario's agreement annex (Excel) to disk and logs it (time, kind, file, SHA-256):
 * a draft from a stored scenario, or the annex of an adopted snapshot, computed from the
 * snapshot's own frozen inputs so it shows exactly what was adopted.
 *
 * Also the common ground of every logged export (the invoicing basis and the decision register
 * use it too): where the file goes, writing it without ever replacing a file by accident, and the
 * export-log row — written in the same transaction as the file is put in place, so a failed write
 * leaves no log entry and a failed log leaves no file.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../shared/api/contract';
import type { ExportedFile, ExportLogEntry } from '../../shared/api/channels/studio.channels';
import { computeScenario, resolveScenario, type ResolvedScenario, type ScenarioResult } from '../../shared/calc';
import { AndelError, entityWord, issue, ref } from '../../shared/errors';
import type { Database } from '../db/database.types';
import { parseJsonColumn } from '../document/canonical-json';
import { readSnapshotContent } from '../document/snapshot-content';
import { exportAnnex } from '../export/annex/annex.export';
import type { AdoptingDecision, AnnexMetadata } from '../export/annex/annex-input';
import type { ExportLanguage } from '../export/export-language';
import { exportLabels } from '../export/export-labels';
import { localStamp } from '../export/local-time';
import { sha256Hex, type WrittenWorkbook } from '../export/xlsx/workbook-output';
import { fileWriteError, settleLeftovers, writeFileDurably } from '../files/durable-write';
import { refuseWorkspaceAsOutput } from '../files/same-file';
import { insertExportLogRow, isExportLogged, listExportLogRows } from '../repositories/export-log.repository';
import { findScenarioRow } from '../repositories/scenario.repository';
import { findDecisionForAdoption, findSnapshotRow, listAdoptingDecisions, listSnapshotSummaries } from '../repositories/snapshot.repository';
import type { Clock } from './clock';
import { requireCooperation } from './scenario-facts.service';
import { loadStudioInputs } from './studio-inputs.service';

export type ExportKind = 'annex' | 'invoicing_basis' | 'decision_register' | 'meeting_pack';

/** What a scenario export is computed from: a stored scenario (a draft) or an adopted snapshot. */
export type ExportSource = { scenarioId: number; snapshotId?: undefined } | { snapshotId: number; scenarioId?: undefined };

/** A scenario or snapshot, resolved and computed, with the annex metadata that describes it. */
export interface PreparedExport {
  resolved: ResolvedScenario;
  result: ScenarioResult;
  metadata: AnnexMetadata;
  scenarioId: number;
  snapshotId: number | null;
  /** The scenario's name (file names). */
  name: string;
}

/**
 * Where an export is written. Absent `out`: a new file in `folder` (or in "Andel exports" next to
 * the workspace) whose name never collides with an existing one. With `out`: exactly that file,
 * refused if it exists unless `force`.
 */
export interface ExportTarget {
  folder?: string | undefined;
  out?: string | undefined;
  force?: boolean | undefined;
}

/** A file name any file system accepts, from a scenario's name. */
export function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return text.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-').replace(/\s+/gu, ' ').trim().slice(0, 120) || 'export';
}

/** Organisation numbers by engine member id (`org-12`, `org-12-2`), which the engine's facts do not carry. */
async function organisationNumbers(db: Kysely<Database>, memberIds: readonly string[]): Promise<Record<string, string>> {
  const byMember = new Map<string, number>();
  for (const id of memberIds) {
    const match = /^org-(\d+)(?:-\d+)?$/u.exec(id);
    if (match) byMember.set(id, Number(match[1]));
  }
  if (byMember.size === 0) return {};
  const rows = await db.selectFrom('organisations').select(['id', 'orgNumber']).where('id', 'in', [...new Set(byMember.values())]).execute();
  const numberOf = new Map(rows.map((r) => [r.id, r.orgNumber]));
  const out: Record<string, string> = {};
  for (const [member, organisation] of byMember) {
    const number = numberOf.get(organisation);
    if (number) out[member] = number;
  }
  return out;
}

/** Resolves and computes a stored scenario or an adopted snapshot, with the metadata of its documents. */
export async function prepareExportSource(db: Kysely<Database>, source: ExportSource, language: ExportLanguage, exportedAt: Date): Promise<PreparedExport> {
  if (source.snapshotId !== undefined) {
    const row = await findSnapshotRow(db, source.snapshotId);
    if (!row) throw new AndelError('NOT_FOUND', ref('error.notFound', { what: entityWord('snapshot'), id: source.snapshotId }), [issue('snapshotId', 'error.notFoundField', { what: entityWord('snapshot'), id: source.snapshotId })]);
    const content = readSnapshotContent(row.id, parseJsonColumn(row.content));
    const resolved = resolveScenario(content.input.definition, content.input.facts, { keys: content.input.keys });
    const [adopting] = await listAdoptingDecisions(db, [row.id]);
    const decisionRow = adopting ? await findDecisionForAdoption(db, adopting.decisionId) : undefined;
    const decision: AdoptingDecision | null = decisionRow ? { number: decisionRow.number, date: decisionRow.decidedOn ?? row.createdAt.slice(0, 10), body: decisionRow.bodyName } : null;
    return {
      resolved,
      result: computeScenario(resolved, { trail: true }),
      scenarioId: row.scenarioId,
      snapshotId: row.id,
      name: content.scenario.name,
      metadata: {
        consortium: content.scenario.cooperationName,
        cooperation: content.scenario.cooperationName,
        agreementTitle: content.scenario.cooperationName,
        decision,
        scenarioName: content.scenario.name,
        version: `snapshot ${row.id}`,
        contentHash: row.contentHash,
        currency: resolved.currency,
        language,
        exportedAt,
        draft: false,
        organisationNumbers: await organisationNumbers(db, resolved.members.map((m) => m.id)),
      },
    };
  }
  const id = source.scenarioId;
  const scenario = await findScenarioRow(db, id);
  if (!scenario) throw new AndelError('NOT_FOUND', ref('error.notFound', { what: entityWord('scenario'), id }), [issue('scenarioId', 'error.notFoundField', { what: entityWord('scenario'), id })]);
  const inputs = await loadStudioInputs(db, id);
  const cooperation = await requireCooperation(db, scenario.cooperationId);
  const resolved = resolveScenario(inputs.definition, inputs.facts, { keys: inputs.keys });
  return {
    resolved,
    result: computeScenario(resolved, { trail: true }),
    scenarioId: id,
    snapshotId: null,
    name: scenario.name,
    metadata: {
      consortium: cooperation.name,
      cooperation: cooperation.name,
      agreementTitle: cooperation.name,
      decision: null,
      scenarioName: scenario.name,
      version: `scenario ${id}`,
      contentHash: null,
      currency: resolved.currency,
      language,
      exportedAt,
      draft: true,
      organisationNumbers: await organisationNumbers(db, resolved.members.map((m) => m.id)),
    },
  };
}

/**
 * The source of a scenario export when the caller names a scenario (the CLI): `draft` forces the
 * stored scenario; `snapshot` is a snapshot id of this scenario or `latest`; otherwise the latest
 * snapshot when the scenario has been adopted, else the stored scenario as a draft (`notice` says so).
 */
export async function chooseExportSource(
  db: Kysely<Database>,
  scenario: { id: number; name: string },
  options: { snapshot?: string | undefined; draft?: boolean | undefined },
): Promise<{ source: ExportSource; notice: string | null }> {
  if (options.draft && options.snapshot !== undefined) throw new AndelError('INVALID_INPUT', '--draft and --snapshot exclude each other: a draft is the stored scenario, not a snapshot.', [{ path: '--snapshot', message: 'not with --draft' }]);
  if (options.draft) return { source: { scenarioId: scenario.id }, notice: null };
  const snapshots = await listSnapshotSummaries(db, { scenarioId: scenario.id });
  const latest = snapshots[snapshots.length - 1];
  if (options.snapshot === undefined) {
    if (latest) return { source: { snapshotId: latest.id }, notice: null };
    return { source: { scenarioId: scenario.id }, notice: `"${scenario.name}" has not been adopted (it has no snapshot), so this export is a DRAFT of the stored scenario, marked as such on every sheet.` };
  }
  const available = snapshots.map((s) => String(s.id)).join(', ') || 'none (the scenario has not been adopted)';
  if (options.snapshot.toLowerCase() === 'latest') {
    if (!latest) throw new AndelError('NOT_FOUND', `--snapshot: "${scenario.name}" has no snapshot: it has not been adopted. Leave out --snapshot to export a draft.`, [{ path: '--snapshot', message: 'no snapshot' }]);
    return { source: { snapshotId: latest.id }, notice: null };
  }
  const id = /^\d+$/u.test(options.snapshot) ? Number(options.snapshot) : NaN;
  if (!snapshots.some((s) => s.id === id)) {
    throw new AndelError('NOT_FOUND', `--snapshot: "${options.snapshot}" is not a snapshot of "${scenario.name}". Snapshots: ${available}; or "latest".`, [{ path: '--snapshot', message: 'no such snapshot of the scenario' }]);
  }
  return { source: { snapshotId: id }, notice: null };
}

/** A path in `folder` that does not exist yet: `name.xlsx`, else `name (2).xlsx`, … */
function freshPath(folder: string, stem: string): string {
  for (let n = 1; ; n += 1) {
    const path = join(folder, `${stem}${n === 1 ? '' : ` (${n})`}.xlsx`);
    if (!existsSync(path)) return path;
  }
}

/**
 * Writes an export and logs it (src/main/files/durable-write.ts): the file is complete on disk
 * before it takes its name, and the log row and the file's placing succeed or fail together; an
 * existing file is replaced only with `force` and is put back if anything fails. Never the
 * workspace itself, under any name.
 */
export async function saveLoggedExport(
  db: Kysely<Database>,
  workspacePath: string | null,
  file: { kind: ExportKind; stem: string; written: WrittenWorkbook; exportedAt: Date; snapshotId: number | null; scenarioId: number | null },
  target: ExportTarget = {},
): Promise<ExportedFile> {
  let path: string;
  const replace = target.out !== undefined && target.force === true;
  try {
    if (target.out !== undefined) {
      path = resolve(target.out);
      await mkdir(dirname(path), { recursive: true });
    } else {
      const folder = target.folder !== undefined ? resolve(target.folder) : workspacePath ? join(dirname(workspacePath), 'Andel exports') : null;
      if (!folder) throw new AndelError('NO_WORKSPACE', ref('error.export.noWorkspace'));
      await mkdir(folder, { recursive: true });
      path = freshPath(folder, file.stem);
    }
  } catch (error) {
    if (error instanceof AndelError) throw error;
    throw fileWriteError(target.out ?? target.folder ?? 'the export folder', error);
  }
  if (workspacePath) refuseWorkspaceAsOutput(path, workspacePath);
  await settleLeftovers(dirname(path), async (leftTarget) => isExportLogged(db, basename(leftTarget), sha256Hex(await readFile(leftTarget))));
  const entry = { exportedAt: file.exportedAt.toISOString(), kind: file.kind, snapshotId: file.snapshotId, scenarioId: file.scenarioId, fileName: basename(path), sha256: file.written.sha256 };
  let id = 0;
  await writeFileDurably(path, file.written.buffer, {
    replace,
    commit: async (place) => {
      id = await db.transaction().execute(async (trx) => {
        const inserted = await insertExportLogRow(trx, entry);
        place();
        return inserted;
      });
    },
  });
  return { id, ...entry, path, bytes: file.written.buffer.length };
}

/**
 * `name - version 3 - sv - 2026-11-21 13.00.00` (the stem of an export's default file name): the
 * words in the export's language, the time as the user's clock shows it (local, not UTC), with
 * dots for colons so the name is valid on every file system.
 */
export function exportStem(parts: readonly string[], language: ExportLanguage, exportedAt: Date): string {
  return [...parts, language, localStamp(exportedAt)].map(safeFileName).join(' - ');
}

/** "utkast" or "version 3": which figures an export holds, in its language. */
export function sourceWords(snapshotId: number | null, language: ExportLanguage): string {
  const words = exportLabels(language).fileName;
  return snapshotId === null ? words.draft : `${words.snapshot} ${snapshotId}`;
}

export async function exportAnnexFile(db: Kysely<Database>, workspacePath: string | null, input: ParsedInput<'annex:export'>, clock: Clock, target: ExportTarget = {}): Promise<ExportedFile> {
  const exportedAt = clock();
  const source: ExportSource = input.snapshotId !== undefined ? { snapshotId: input.snapshotId } : { scenarioId: input.scenarioId as number };
  const prepared = await prepareExportSource(db, source, input.language, exportedAt);
  const written = await exportAnnex({ resolved: prepared.resolved, result: prepared.result, metadata: prepared.metadata });
  const stem = exportStem([prepared.name, sourceWords(prepared.snapshotId, input.language)], input.language, exportedAt);
  return saveLoggedExport(db, workspacePath, { kind: 'annex', stem, written, exportedAt, snapshotId: prepared.snapshotId, scenarioId: prepared.scenarioId }, { ...target });
}

export async function listExportLog(db: Kysely<Database>): Promise<ExportLogEntry[]> {
  return listExportLogRows(db);
}
