/**
 * Creating a new workspace file from a workspace document. The document is checked completely
 * first (schema, references, engine definitions); then the file is built under a temporary name in
 * one transaction and linked into place. Any problem leaves no file behind.
 */
import type { Transaction } from 'kysely';
import { documentCollections, legacyDirectCost, type WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { assertNewFile, createWorkspaceFile, type CreateOptions } from '../db/create-workspace';
import type { Database } from '../db/database.types';
import { deferForeignKeys, insertRows, insertStaffPeriods, type StaffPeriodRow } from '../repositories/document.repository';
import { canonicalJson } from './canonical-json';
import { collectionMappings, type CollectionMapping } from './collection-map';
import { assertValidDocument } from './validate-document';
import { resolve } from 'node:path';

function rowFromRecord(record: Record<string, unknown>, mapping: CollectionMapping): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of mapping.fields) {
    const value = record[field];
    if ((value === null || value === undefined) && mapping.nullableJson.includes(field)) row[field] = null;
    else if (mapping.json.includes(field)) row[field] = canonicalJson(value);
    else if (mapping.booleans.includes(field)) row[field] = value ? 1 : 0;
    else row[field] = value;
  }
  return row;
}

function staffPeriodRows(doc: WorkspaceDocument): StaffPeriodRow[] {
  return doc.staffAllocations.flatMap((allocation) =>
    allocation.periods.map((period, position) => ({
      staffAllocationId: allocation.id,
      position,
      fromDate: period.from,
      toDate: period.to,
      percent: period.percent,
    })),
  );
}

/** A document written before budget lines carried `direct`: the flag follows the old category rule. */
function withDirectFlags(doc: WorkspaceDocument): WorkspaceDocument {
  return { ...doc, budgetLines: doc.budgetLines.map((line) => ({ ...line, direct: line.direct ?? legacyDirectCost(line) })) };
}

/** Writes every collection of an already validated document into an empty workspace. */
export async function writeDocumentRows(trx: Transaction<Database>, validated: WorkspaceDocument): Promise<void> {
  const doc = withDirectFlags(validated);
  await deferForeignKeys(trx);
  for (const collection of documentCollections) {
    const mapping = collectionMappings[collection];
    const records = doc[collection] as unknown as Record<string, unknown>[];
    await insertRows(trx, mapping.table, records.map((record) => rowFromRecord(record, mapping)));
  }
  await insertStaffPeriods(trx, staffPeriodRows(doc));
}

/**
 * Validates `input` as a workspace document and creates a new workspace file at `path` holding it.
 * Refuses an existing target. Throws INVALID_INPUT with every problem when the document is wrong.
 */
export async function importDocument(path: string, input: unknown, options: Omit<CreateOptions, 'fill'> = {}): Promise<string> {
  assertNewFile(resolve(path));
  const doc = assertValidDocument(input);
  return createWorkspaceFile(path, doc.workspace, { ...options, fill: (trx) => writeDocumentRows(trx, doc) });
}
