/**
 * Writes a scenario's agreement annex (Excel, or its printable copy as PDF/A) to disk and logs it (time, kind, file, SHA-256):
 * a draft from a stored scenario, or the annex of an adopted snapshot, computed from the
 * snapshot's own frozen inputs so it shows exactly what was adopted. Where the file goes and how
 * it is logged is src/main/files/logged-export.ts (every logged export shares it).
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api/contract';
import type { DocumentFormat, ExportedFile, ExportLogEntry } from '../../../shared/api/channels/exports.channels';
import { computeScenario, resolveScenario, scenarioCharges, type ResolvedMember, type ResolvedScenario } from '../../../shared/calc';
import { AndelError, entityWord, issue, ref } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { parseJsonColumn } from '../../document/canonical-json';
import { readSnapshotContent } from '../../document/snapshot-content';
import { exportAnnex } from '../../export/annex/annex-writer';
import { writtenBytes } from '../../export/xlsx/workbook-output';
import type { AdoptingDecision, AnnexMetadata } from '../../export/annex/annex-input';
import type { ExportLanguage } from '../../export/export-language';
import { exportStem, sourceWords } from '../../files/export-naming';
import { saveLoggedExport, type ExportTarget } from '../../files/logged-export';
import { listExportLogRows } from '../../repositories/export-log.repository';
import { organisationNumbersById } from '../../repositories/organisation.repository';
import { findScenarioRow } from '../../repositories/scenario.repository';
import { findDecisionForAdoption, findSnapshotRow, listAdoptingDecisions } from '../../repositories/snapshot.repository';
import type { Clock } from '../clock';
import { organisationOfMemberId, requireCooperation } from '../scenarios/scenario-facts.service';
import { loadStudioInputs } from '../studio/studio-inputs.service';

/** An export's parsed input whose format may be left out (the workbook): callers that predate the PDF need not name it. */
export type WithFormat<T extends { format: DocumentFormat }> = Omit<T, 'format'> & { format?: DocumentFormat };

/** What a scenario export is computed from: a stored scenario (a draft) or an adopted snapshot. */
export type ExportSource = { scenarioId: number; snapshotId?: undefined } | { snapshotId: number; scenarioId?: undefined };

/** A scenario or snapshot, resolved, with the annex metadata that describes it (each document computes what it reads). */
export interface PreparedExport {
  resolved: ResolvedScenario;
  metadata: AnnexMetadata;
  scenarioId: number;
  snapshotId: number | null;
  /** The scenario's name (file names). */
  name: string;
}

/**
 * Organisation numbers by engine member id, for the members the facts name as a workspace organisation
 * (`organisationId`; in a snapshot adopted before facts carried it, the organisation its member id names).
 */
async function organisationNumbers(db: Kysely<Database>, members: readonly ResolvedMember[]): Promise<Record<string, string>> {
  const legacy = members.every((m) => m.organisationId === null);
  const byMember = new Map(
    members.flatMap((m) => {
      const organisation = legacy ? organisationOfMemberId(m.id) : m.organisationId;
      return organisation === null ? [] : [[m.id, organisation] as const];
    }),
  );
  if (byMember.size === 0) return {};
  const numberOf = await organisationNumbersById(db, [...new Set(byMember.values())]);
  const out: Record<string, string> = {};
  for (const [member, organisation] of byMember) {
    const number = numberOf.get(organisation);
    if (number) out[member] = number;
  }
  return out;
}

/**
 * Resolves a stored scenario or an adopted snapshot, with the metadata of its documents. The
 * documents compute without trails: they write amounts and formulas, never a charge's explanation
 * (building every trail was a third of an annex's computing, for nothing).
 */
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
        organisationNumbers: await organisationNumbers(db, resolved.members),
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
      organisationNumbers: await organisationNumbers(db, resolved.members),
    },
  };
}

export async function exportAnnexFile(db: Kysely<Database>, workspacePath: string | null, input: WithFormat<ParsedInput<'annex:export'>>, clock: Clock, target: ExportTarget = {}): Promise<ExportedFile> {
  const exportedAt = clock();
  const source: ExportSource = input.snapshotId !== undefined ? { snapshotId: input.snapshotId } : { scenarioId: input.scenarioId as number };
  const prepared = await prepareExportSource(db, source, input.language, exportedAt);
  const { resolved, metadata } = prepared;
  // The PDF is the printable copy of the same figures (src/main/export/pdf/annex-pdf.ts).
  // Loaded only for a PDF: pdfkit's module start-up (fonts, line-break tables) would otherwise be
  // a fifth of every xlsx annex's CPU time on the command line. The workbook builds each row's
  // charge as it writes it (scenarioCharges) rather than holding every member's result.
  const written = input.format === 'pdf' ? writtenBytes(await (await import('../../export/pdf/annex-pdf')).renderAnnexPdf({ resolved, result: computeScenario(resolved), metadata })) : await workbookOf(resolved, metadata);
  const stem = exportStem([prepared.name, sourceWords(prepared.snapshotId, input.language)], input.language, exportedAt);
  return saveLoggedExport(db, workspacePath, { kind: 'annex', stem, written, exportedAt, snapshotId: prepared.snapshotId, scenarioId: prepared.scenarioId, extension: `.${input.format ?? 'xlsx'}` }, { ...target });
}

/** The annex workbook, from charges built row by row; their columns go back to the engine once it is written. */
async function workbookOf(resolved: ResolvedScenario, metadata: AnnexMetadata): ReturnType<typeof exportAnnex> {
  const charges = scenarioCharges(resolved);
  try {
    return await exportAnnex({ resolved, result: charges, metadata });
  } finally {
    charges.release();
  }
}

export async function listExportLog(db: Kysely<Database>): Promise<ExportLogEntry[]> {
  return listExportLogRows(db);
}
