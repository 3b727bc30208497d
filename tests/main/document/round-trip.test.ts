import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { exportDocument, serializeDocument } from '../../../src/main/document/export-document';
import { importDocument } from '../../../src/main/document/import-document';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadDemoDocument, loadRichFixture } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

async function importThenExport(path: string, doc: unknown): Promise<WorkspaceDocument> {
  await importDocument(path, doc);
  const handle = await openWorkspace(path);
  try {
    return await exportDocument(handle.db);
  } finally {
    await handle.close();
  }
}

async function expectLossless(doc: WorkspaceDocument): Promise<void> {
  const dir = tempDir();
  const first = await importThenExport(dir.file('one.andel'), doc);
  expect(first).toEqual(doc);
  expect(workspaceDocumentSchema.safeParse(first).success).toBe(true);
  const second = await importThenExport(dir.file('two.andel'), first);
  // Exact: the same text, byte for byte, not only the same values.
  expect(serializeDocument(second)).toBe(serializeDocument(first));
}

describe('the workspace document round trip', () => {
  it('is lossless for the rich fixture (every collection, nulls, unicode, forward references, nested JSON)', async () => {
    const doc = loadRichFixture();
    for (const [collection, rows] of Object.entries(doc)) {
      if (Array.isArray(rows)) expect(rows.length, collection).toBeGreaterThan(0);
    }
    await expectLossless(doc);
  });

  const demo = loadDemoDocument();
  it('is lossless for the demo workspace (resources/demo/demo-workspace.json)', async () => {
    expect(demo, 'resources/demo/demo-workspace.json is missing').not.toBeNull();
    await expectLossless(demo!);
  });

  it('exports collections ordered by id whatever order the document had', async () => {
    const doc = loadRichFixture();
    const shuffled = { ...doc, organisations: [...doc.organisations].reverse(), decisions: [...doc.decisions].reverse() };
    const exported = await importThenExport(tempDir().file('order.andel'), shuffled);
    expect(exported.organisations.map((o) => o.id)).toEqual(doc.organisations.map((o) => o.id).sort((a, b) => a - b));
    expect(exported).toEqual(doc);
  });

  it('writes records in schema key order and JSON fields with sorted keys', async () => {
    const exported = await importThenExport(tempDir().file('keys.andel'), loadRichFixture());
    expect(Object.keys(exported)).toEqual(Object.keys(workspaceDocumentSchema.shape));
    expect(Object.keys(exported.bodies[0]!)).toEqual(Object.keys(loadRichFixture().bodies[0]!));
    const definition = exported.distributionKeys[0]!.definition as Record<string, unknown>;
    expect(Object.keys(definition)).toEqual([...Object.keys(definition)].sort());
  });
});
