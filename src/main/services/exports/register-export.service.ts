/**
 * Writes the decision register (Excel, or PDF/A) of the workspace, or of one cooperation's bodies, and logs
 * it, through the same file handling and export log as the annex. The records are read as the
 * workspace document has them (document field names, JSON fields parsed), in one transaction.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../db/db-handle';
import type { ExportedFile } from '../../../shared/api/channels/exports.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import type { DocumentCollection, WorkspaceDocument } from '../../../shared/document/workspace-document.schema';
import type { Database } from '../../db/database.types';
import { parseJsonColumn } from '../../document/canonical-json';
import { collectionMappings } from '../../document/collection-map';
import { exportDecisionRegister } from '../../export/decision-register.export';
import { renderRegisterPdf } from '../../export/pdf/register-pdf';
import { writtenBytes } from '../../export/xlsx/workbook-output';
import { selectAllRows } from '../../repositories/document.repository';
import { getMeta } from '../../repositories/meta.repository';
import { exportLabels } from '../../export/export-labels';
import { exportStem } from '../../files/export-naming';
import { saveLoggedExport, type ExportTarget } from '../../files/logged-export';
import type { Clock } from '../clock';
import { requireCooperation } from '../scenarios/scenario-facts.service';
import type { WithFormat } from './annex-export.service';

/** A collection's records as the workspace document has them, optionally only some fields. */
async function records<C extends DocumentCollection>(db: Db, collection: C, only?: readonly string[]): Promise<WorkspaceDocument[C]> {
  const mapping = collectionMappings[collection];
  const fields = only ?? mapping.fields;
  const rows = await selectAllRows(db, mapping.table, fields);
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const field of fields) {
      const value = row[field];
      if (mapping.json.includes(field)) record[field] = parseJsonColumn(String(value));
      else if (mapping.booleans.includes(field)) record[field] = value === 1;
      else record[field] = value;
    }
    return record;
  }) as WorkspaceDocument[C];
}

export async function exportRegisterFile(db: Kysely<Database>, workspacePath: string | null, input: WithFormat<ParsedInput<'register:export'>>, clock: Clock, target: ExportTarget = {}): Promise<ExportedFile> {
  const exportedAt = clock();
  const data = await db.transaction().execute(async (trx) => {
    const cooperation = input.cooperationId === undefined ? null : await requireCooperation(trx, input.cooperationId);
    const consortium = cooperation?.name ?? (await getMeta(trx)).workspaceName;
    const bodies = await records(trx, 'bodies', ['id', 'cooperationId', 'name']);
    const ofCooperation = new Set(bodies.filter((b) => cooperation === null || b.cooperationId === cooperation.id).map((b) => b.id));
    const all = await records(trx, 'decisions');
    const decisions = all.filter((d) => ofCooperation.has(d.bodyId));
    const chosen = new Set(decisions.map((d) => d.id));
    return {
      consortium,
      decisions,
      lookups: {
        bodies,
        persons: await records(trx, 'persons', ['id', 'name']),
        links: (await records(trx, 'decisionLinks')).filter((link) => chosen.has(link.decisionId)),
        agreements: await records(trx, 'agreements', ['id', 'title']),
        distributionKeys: await records(trx, 'distributionKeys', ['id', 'name', 'version']),
        scenarios: await records(trx, 'scenarios', ['id', 'name']),
        snapshots: await records(trx, 'snapshots', ['id', 'scenarioId', 'contentHash']),
        otherDecisions: all.filter((d) => !chosen.has(d.id)).map((d) => ({ id: d.id, number: d.number })),
      },
    };
  });
  const register = { language: input.language, consortium: data.consortium, exportedAt, draft: false, decisions: data.decisions, lookups: data.lookups };
  const written = input.format === 'pdf' ? writtenBytes(await renderRegisterPdf(register)) : await exportDecisionRegister(register);
  const stem = exportStem([data.consortium, exportLabels(input.language).fileName.decisionRegister], input.language, exportedAt);
  return saveLoggedExport(db, workspacePath, { kind: 'decision_register', stem, written, exportedAt, snapshotId: null, scenarioId: null, extension: `.${input.format ?? 'xlsx'}` }, { ...target });
}
