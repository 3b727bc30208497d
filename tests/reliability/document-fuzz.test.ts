/**
 * A damaged workspace document is refused whole, with field-level issues, and leaves no file; or,
 * when the damage happens to be harmless, it imports fully (export gives the same document back).
 * fast-check corrupts the rich fixture at a random place: a value replaced by a bad one, a field
 * removed, an unknown field added, an array element duplicated.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/main/db/open-workspace';
import { exportDocument } from '../../src/main/document/export-document';
import { importDocument } from '../../src/main/document/import-document';
import { workspaceDocumentSchema } from '../../src/shared/document/workspace-document.schema';
import { AndelError } from '../../src/shared/errors';
import { createTempDir } from '../helpers/temp-dir';
import { loadRichFixture } from '../helpers/workspace-fixtures';
import { badScalars } from './fuzz-arbitraries';

const RUNS = Number(process.env.ANDEL_DOC_FUZZ_RUNS ?? 150);
const dir = createTempDir('andel-docfuzz-');
const base = loadRichFixture() as unknown;
const tally = { cases: 0, refused: 0, imported: 0 };
afterAll(() => {
  dir.remove();
  console.log(`document fuzz: ${tally.cases} corrupted documents, ${tally.refused} refused with issues, ${tally.imported} harmless and imported fully`);
});

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], out);
  return out;
}
const allPaths = paths(base).filter((path) => path.length > 0);

function corrupt(doc: unknown, path: Path, how: number, bad: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === 0) parent[last] = bad;
  else if (how === 1) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 2) {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>).unexpected = bad;
    else parent[last] = bad;
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
  else parent[last] = bad;
  return copy;
}

describe('workspace document import under corruption', () => {
  it(`imports fully or refuses with field-level issues and leaves no file (${RUNS} cases)`, { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...allPaths), fc.integer({ min: 0, max: 3 }), badScalars, async (path, how, bad) => {
        tally.cases++;
        const doc = corrupt(base, path, how, bad);
        const target = dir.file(`case-${tally.cases}.andel`);
        const before = readdirSync(dir.path).sort();
        let error: unknown = null;
        try {
          await importDocument(target, doc);
        } catch (e) {
          error = e;
        }
        if (error) {
          tally.refused++;
          expect(error).toBeInstanceOf(AndelError);
          const andel = error as AndelError;
          expect(andel.code).toBe('INVALID_INPUT');
          expect(andel.issues?.length).toBeGreaterThan(0);
          for (const issue of andel.issues ?? []) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
          // Nothing left behind: no workspace, no temporary file.
          expect(readdirSync(dir.path).sort()).toEqual(before);
          return;
        }
        tally.imported++;
        const handle = await openWorkspace(target);
        try {
          // What was imported is the document as read (a collection left out reads as empty).
          expect(await exportDocument(handle.db)).toEqual(workspaceDocumentSchema.parse(JSON.parse(JSON.stringify(doc))));
        } finally {
          await handle.close();
        }
      }),
      { numRuns: RUNS, seed: 2026_11_21, endOnFailure: true },
    );
  });
});
