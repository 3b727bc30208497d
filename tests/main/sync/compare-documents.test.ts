/**
 * The pure comparison of two workspace documents: record by record by id, collection by
 * collection. Each expectation follows from the edit made in the test, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments, compareRecords, recordLabel, showValue } from '../../../src/main/document/compare-documents';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

const copy = (doc: WorkspaceDocument): WorkspaceDocument => structuredClone(doc);

describe('compareDocuments', () => {
  it('finds nothing between a document and its copy', () => {
    const doc = loadRichFixture();
    expect(compareDocuments(doc, copy(doc))).toEqual({ equal: true, workspace: [], collections: [] });
  });

  it('ignores the order of records: records are matched by id', () => {
    const doc = loadRichFixture();
    const shuffled = copy(doc);
    shuffled.organisations.reverse();
    expect(compareDocuments(doc, shuffled).equal).toBe(true);
  });

  it('names each added, removed and changed record, and each changed field with its old and new value', () => {
    const before = loadRichFixture();
    const after = copy(before);
    // A member's population: metric value 1 (Gullspång, 2016) from 5300 to 5412.
    after.metricValues[0]!.value = 5412;
    // A new decision: a copy of decision 1 under the next free id, with its own number.
    const nextId = Math.max(...before.decisions.map((d) => d.id)) + 1;
    after.decisions.push({ ...before.decisions[0]!, id: nextId, sequence: 99, number: 'SG 2016:99', title: 'Offline' });
    // A removed record: the last attendance row.
    const removedAttendance = after.attendance.pop()!;
    // The workspace's name.
    after.workspace.name = 'Renamed';

    const difference = compareDocuments(before, after);
    expect(difference.equal).toBe(false);
    expect(difference.workspace).toEqual([{ field: 'name', before: 'Rich fixture — Skaraborg & Norge', after: 'Renamed' }]);
    // Only the three touched collections, in the document's order (metricValues, attendance, decisions).
    expect(difference.collections.map((c) => c.collection)).toEqual(['metricValues', 'attendance', 'decisions']);
    const [metric, attendance, decisions] = difference.collections;
    expect(metric).toEqual({ collection: 'metricValues', added: [], removed: [], changed: [{ id: 1, label: 'population 2016', changes: [{ field: 'value', before: 5300, after: 5412 }] }] });
    expect(attendance!.removed).toEqual([{ id: removedAttendance.id, label: null, record: removedAttendance }]);
    expect(attendance!.added).toEqual([]);
    expect(decisions!.added.map((r) => [r.id, r.label])).toEqual([[nextId, 'SG 2016:99']]);
    expect(decisions!.changed).toEqual([]);
  });

  it('compares engine JSON deeply, whatever the order of its keys', () => {
    const before = loadRichFixture();
    const reordered = copy(before);
    const definition = reordered.distributionKeys[0]!.definition as Record<string, unknown>;
    reordered.distributionKeys[0]!.definition = Object.fromEntries(Object.entries(definition).reverse());
    expect(compareDocuments(before, reordered).equal).toBe(true);

    const changed = copy(before);
    (changed.staffAllocations[0]!.periods[1] as { percent: number }).percent = 35;
    const [staff] = compareDocuments(before, changed).collections;
    expect(staff!.collection).toBe('staffAllocations');
    expect(staff!.changed[0]!.changes.map((c) => c.field)).toEqual(['periods']);
  });
});

describe('compareRecords', () => {
  it('treats an absent field as null, and lists fields the second record adds', () => {
    expect(compareRecords({ id: 1, a: null }, { id: 1 })).toEqual([]);
    expect(compareRecords({ id: 1 }, { id: 1, archivedOn: '2026-01-01' })).toEqual([{ field: 'archivedOn', before: null, after: '2026-01-01' }]);
  });
});

describe('recordLabel and showValue', () => {
  it('knows a record by its name, number or title, by metric and year, or by an audit entry\'s action', () => {
    expect(recordLabel({ id: 1, name: 'Hjo', title: 'x' })).toBe('Hjo');
    expect(recordLabel({ id: 1, number: 'SG 2026:1', title: 'Budget' })).toBe('SG 2026:1');
    expect(recordLabel({ id: 1, metric: 'population', year: 2026 })).toBe('population 2026');
    expect(recordLabel({ id: 3, entity: 'decision', entityId: 9, action: 'create' })).toBe('create decision 9');
    expect(recordLabel({ id: 1, status: 'present' })).toBeNull();
  });

  it('shows text quoted, null as a dash, JSON canonically, and cuts long values at 80 characters', () => {
    expect(showValue('Hjo')).toBe('"Hjo"');
    expect(showValue(null)).toBe('—');
    expect(showValue(12)).toBe('12');
    expect(showValue({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    const long = showValue('x'.repeat(200));
    // 79 characters of the value's text ('"' and 78 x) and the ellipsis: 80 in all.
    expect(long).toBe(`"${'x'.repeat(78)}…`);
    expect([...long].length).toBe(80);
  });
});
