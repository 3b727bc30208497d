/**
 * The whole workspace as a workspace document: every collection ordered by id (or its key field), every record built
 * in schema order, JSON fields parsed from their canonical text. Deterministic: the same workspace
 * always gives the same JSON.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  DOCUMENT_FORMAT, DOCUMENT_VERSION, documentCollections, type WorkspaceDocument,
} from '../../shared/document/workspace-document.schema';
import type { Database } from '../db/database.types';
import { selectAllRows, selectStaffPeriods, type StaffPeriodRow } from '../repositories/document.repository';
import { getMeta } from '../repositories/meta.repository';
import { parseJsonColumn } from './canonical-json';
import { collectionMappings, type CollectionMapping } from './collection-map';

function recordFromRow(row: Record<string, unknown>, mapping: CollectionMapping): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of mapping.fields) {
    const value = row[field];
    if (value === null && mapping.omitWhenNull.includes(field)) continue;
    if (value === null && mapping.nullableJson.includes(field)) record[field] = null;
    else if (mapping.json.includes(field)) record[field] = parseJsonColumn(String(value));
    else if (mapping.booleans.includes(field)) record[field] = value === 1;
    else record[field] = value;
  }
  return record;
}

function periodsByAllocation(rows: StaffPeriodRow[]): Map<number, { from: string; to: string; percent: number }[]> {
  const byAllocation = new Map<number, { from: string; to: string; percent: number }[]>();
  for (const row of rows) {
    const list = byAllocation.get(row.staffAllocationId) ?? [];
    list.push({ from: row.fromDate, to: row.toDate, percent: row.percent });
    byAllocation.set(row.staffAllocationId, list);
  }
  return byAllocation;
}

async function exportIn(db: Kysely<Database> | Transaction<Database>): Promise<WorkspaceDocument> {
  const meta = await getMeta(db);
  const collections: Record<string, unknown[]> = {};
  for (const collection of documentCollections) {
    const mapping = collectionMappings[collection];
    const rows = await selectAllRows(db, mapping.table, mapping.fields, mapping.key);
    collections[collection] = rows.map((row) => recordFromRow(row, mapping));
  }
  const periods = periodsByAllocation(await selectStaffPeriods(db));
  for (const allocation of collections.staffAllocations as Record<string, unknown>[]) {
    allocation.periods = periods.get(allocation.id as number) ?? [];
  }

  // Written in the schema's key order: header first, then collections as the schema lists them.
  const document = {
    format: DOCUMENT_FORMAT,
    formatVersion: DOCUMENT_VERSION,
    workspace: { name: meta.workspaceName, defaultCurrency: meta.defaultCurrency, locale: meta.locale },
    organisations: collections.organisations,
    metricValues: collections.metricValues,
    cooperations: collections.cooperations,
    participations: collections.participations,
    persons: collections.persons,
    bodies: collections.bodies,
    seats: collections.seats,
    meetings: collections.meetings,
    agendaItems: collections.agendaItems,
    attendance: collections.attendance,
    bodyVotingRules: collections.bodyVotingRules,
    votes: collections.votes,
    meetingMinutes: collections.meetingMinutes,
    minutesAdjusters: collections.minutesAdjusters,
    decisions: collections.decisions,
    decisionLinks: collections.decisionLinks,
    agreements: collections.agreements,
    agreementParties: collections.agreementParties,
    budgetLines: collections.budgetLines,
    staffAllocations: collections.staffAllocations,
    fundingSources: collections.fundingSources,
    fundingAmounts: collections.fundingAmounts,
    distributionKeys: collections.distributionKeys,
    scenarios: collections.scenarios,
    snapshots: collections.snapshots,
    exportLog: collections.exportLog,
    auditLog: collections.auditLog,
  };
  return document as WorkspaceDocument;
}

/** Reads every collection inside one transaction, so the document is a consistent picture. */
export async function exportDocument(db: Kysely<Database>): Promise<WorkspaceDocument> {
  return db.transaction().execute((trx) => exportIn(trx));
}

/** The document as text: two-space indented JSON with a final newline (friendly to diff and git). */
export function serializeDocument(document: WorkspaceDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
