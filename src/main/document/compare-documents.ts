/**
 * The difference between two workspace documents (a copy that worked offline and the server it
 * came from): collection by collection, record by record by id, what was added, removed and
 * changed (field: before → after). Pure: no database, no words; the CLI puts it in the reader's
 * language (`andel diff`).
 */
import { collectionKeyFields, documentCollections, type DocumentCollection, type WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { canonicalJson } from './canonical-json';

export interface FieldChange {
  readonly field: string;
  /** The value in the first document; null when the field is absent there. */
  readonly before: unknown;
  /** The value in the second document; null when the field is absent there. */
  readonly after: unknown;
}

/** A record by its id, and what a reader knows it by (its name, number or title), when it has one. */
export interface RecordRef {
  readonly id: number;
  readonly label: string | null;
}

export interface RecordPresence extends RecordRef {
  readonly record: Readonly<Record<string, unknown>>;
}

export interface RecordChange extends RecordRef {
  readonly changes: readonly FieldChange[];
}

export interface CollectionDifference {
  readonly collection: DocumentCollection;
  /** In the second document only, ordered by id. */
  readonly added: readonly RecordPresence[];
  /** In the first document only, ordered by id. */
  readonly removed: readonly RecordPresence[];
  /** In both with a different value in at least one field, ordered by id. */
  readonly changed: readonly RecordChange[];
}

export interface DocumentDifference {
  readonly equal: boolean;
  /** The header: the workspace's name, currency and locale. */
  readonly workspace: readonly FieldChange[];
  /** Only the collections that differ, in the document's order. */
  readonly collections: readonly CollectionDifference[];
}

type AnyRecord = Readonly<Record<string, unknown>>;

/** The first of these fields a record has is what a reader knows it by (else metric and year, or an audit entry's action). */
const labelFields = ['name', 'number', 'title', 'userName'] as const;

export function recordLabel(record: AnyRecord): string | null {
  for (const field of labelFields) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  if (typeof record.metric === 'string' && typeof record.year === 'number') return `${record.metric} ${record.year}`;
  // An audit entry: what was done to which record, in the trail's own stored words.
  if (typeof record.action === 'string' && typeof record.entity === 'string') return `${record.action} ${record.entity} ${String(record.entityId)}`;
  return null;
}

const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The fields whose values differ, in the order the first record lists them (then the second's own). */
export function compareRecords(before: AnyRecord, after: AnyRecord): FieldChange[] {
  const fields = [...Object.keys(before), ...Object.keys(after).filter((field) => !(field in before))];
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Records by their id (or, for a collection without ids, by the body or meeting they belong to). */
function byId(records: readonly AnyRecord[], key: string): Map<number, AnyRecord> {
  return new Map(records.map((record) => [record[key] as number, record]));
}

function compareCollection(collection: DocumentCollection, first: readonly AnyRecord[], second: readonly AnyRecord[]): CollectionDifference {
  const key = collectionKeyFields[collection];
  const a = byId(first, key);
  const b = byId(second, key);
  const presence = (record: AnyRecord): RecordPresence => ({ id: record[key] as number, label: recordLabel(record), record });
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  const added: RecordPresence[] = [];
  const removed: RecordPresence[] = [];
  const changed: RecordChange[] = [];
  for (const id of ids) {
    const before = a.get(id);
    const after = b.get(id);
    if (!before && after) added.push(presence(after));
    else if (before && !after) removed.push(presence(before));
    else if (before && after) {
      const changes = compareRecords(before, after);
      if (changes.length > 0) changed.push({ id, label: recordLabel(after) ?? recordLabel(before), changes });
    }
  }
  return { collection, added, removed, changed };
}

/** What differs from `first` to `second` (both already validated). */
export function compareDocuments(first: WorkspaceDocument, second: WorkspaceDocument): DocumentDifference {
  const workspace = compareRecords(first.workspace, second.workspace);
  const collections = documentCollections
    .map((collection) => compareCollection(collection, first[collection] as unknown as AnyRecord[], second[collection] as unknown as AnyRecord[]))
    .filter((difference) => difference.added.length + difference.removed.length + difference.changed.length > 0);
  return { equal: workspace.length === 0 && collections.length === 0, workspace, collections };
}

const SHOWN_VALUE_LIMIT = 80;

/**
 * A value as one line of text: text in quotes, numbers and booleans as written, null as an em
 * dash, anything else as canonical JSON; cut after 80 characters with an ellipsis.
 */
export function showValue(value: unknown): string {
  const text = value === null || value === undefined ? '—' : typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? canonicalJson(value) : String(value);
  return text.length > SHOWN_VALUE_LIMIT ? `${text.slice(0, SHOWN_VALUE_LIMIT - 1)}…` : text;
}
