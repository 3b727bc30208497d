/**
 * Writes a scenario's agreement annex (Excel) to disk and logs it (time, kind, file, SHA-256):
 * a draft from a stored scenario, or the annex of an adopted snapshot, computed from the
 * snapshot's own frozen inputs so it shows exactly what was adopted.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../shared/api/contract';
import type { ExportedFile, ExportLogEntry } from '../../shared/api/channels/studio.channels';
import { computeScenario, resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../shared/calc';
import { AndelError } from '../../shared/errors';
import type { Database } from '../db/database.types';
import { parseJsonColumn } from '../document/canonical-json';
import { exportAnnex } from '../export/annex/annex.export';
import type { AdoptingDecision } from '../export/annex/annex-input';
import { insertExportLogRow, listExportLogRows } from '../repositories/export-log.repository';
import { findScenarioRow } from '../repositories/scenario.repository';
import { findDecisionForAdoption, findSnapshotRow, listAdoptingDecisions } from '../repositories/snapshot.repository';
import type { Clock } from './clock';
import { requireCooperation } from './scenario-facts.service';
import { loadStudioInputs } from './studio-inputs.service';

interface SnapshotContent {
  scenario: { id: number; name: string; cooperationId: number; cooperationName: string };
  input: { definition: ScenarioDefinitionInput; keys: KeyDefinitionInput[]; facts: ScenarioFactsInput };
}

/** A file name any file system accepts, from a scenario's name. */
function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return text.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-').replace(/\s+/gu, ' ').trim().slice(0, 120) || 'annex';
}

export async function exportAnnexFile(db: Kysely<Database>, workspacePath: string | null, input: ParsedInput<'annex:export'>, clock: Clock): Promise<ExportedFile> {
  const exportedAt = clock();
  let build: Parameters<typeof exportAnnex>[0];
  let scenarioId: number;
  let snapshotId: number | null = null;
  let name: string;
  if (input.snapshotId !== undefined) {
    const row = await findSnapshotRow(db, input.snapshotId);
    if (!row) throw new AndelError('NOT_FOUND', `There is no snapshot with id ${input.snapshotId}.`);
    const content = parseJsonColumn(row.content) as SnapshotContent;
    const resolved = resolveScenario(content.input.definition, content.input.facts, { keys: content.input.keys });
    const [adopting] = await listAdoptingDecisions(db, [row.id]);
    const decisionRow = adopting ? await findDecisionForAdoption(db, adopting.decisionId) : undefined;
    const decision: AdoptingDecision | null = decisionRow ? { number: decisionRow.number, date: decisionRow.decidedOn ?? row.createdAt.slice(0, 10), body: decisionRow.bodyName } : null;
    scenarioId = row.scenarioId;
    snapshotId = row.id;
    name = content.scenario.name;
    build = {
      resolved,
      result: computeScenario(resolved, { trail: true }),
      metadata: {
        consortium: content.scenario.cooperationName,
        cooperation: content.scenario.cooperationName,
        agreementTitle: content.scenario.cooperationName,
        decision,
        scenarioName: content.scenario.name,
        version: `snapshot ${row.id}`,
        contentHash: row.contentHash,
        currency: resolved.currency,
        language: input.language,
        exportedAt,
        draft: false,
      },
    };
  } else {
    const id = input.scenarioId as number;
    const scenario = await findScenarioRow(db, id);
    if (!scenario) throw new AndelError('NOT_FOUND', `There is no scenario with id ${id}.`);
    const inputs = await loadStudioInputs(db, id);
    const cooperation = await requireCooperation(db, scenario.cooperationId);
    const resolved = resolveScenario(inputs.definition, inputs.facts, { keys: inputs.keys });
    scenarioId = id;
    name = scenario.name;
    build = {
      resolved,
      result: computeScenario(resolved, { trail: true }),
      metadata: {
        consortium: cooperation.name,
        cooperation: cooperation.name,
        agreementTitle: cooperation.name,
        decision: null,
        scenarioName: scenario.name,
        version: `scenario ${id}`,
        contentHash: null,
        currency: resolved.currency,
        language: input.language,
        exportedAt,
        draft: true,
      },
    };
  }

  const folder = input.folder !== undefined ? resolve(input.folder) : workspacePath ? join(dirname(workspacePath), 'Andel exports') : null;
  if (!folder) throw new AndelError('NO_WORKSPACE', 'Open a workspace before exporting: the annex is written next to it.');
  const stamp = exportedAt.toISOString().slice(0, 19).replace(/[:T]/gu, '-');
  const fileName = `${safeFileName(name)} - ${snapshotId === null ? 'draft' : `snapshot ${snapshotId}`} - ${input.language} - ${stamp}.xlsx`;
  const path = join(folder, fileName);
  const written = await exportAnnex(build);
  await mkdir(folder, { recursive: true });
  await writeFile(path, written.buffer);
  const entry = { exportedAt: exportedAt.toISOString(), kind: 'annex', snapshotId, scenarioId, fileName: basename(path), sha256: written.sha256 };
  const id = await insertExportLogRow(db, entry);
  return { id, ...entry, path, bytes: written.buffer.length };
}

export async function listExportLog(db: Kysely<Database>): Promise<ExportLogEntry[]> {
  return listExportLogRows(db);
}
