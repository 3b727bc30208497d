import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../src/main/db/create-workspace';
import { importDocument, writeDocumentRows } from '../../../src/main/document/import-document';
import { validateDocument } from '../../../src/main/document/validate-document';
import { AndelError, type ErrorIssue } from '../../../src/shared/errors';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

/** The problems as path and English message (each also carries its catalogue key for sv and nb: tested below). */
function issuesOf(doc: unknown): ErrorIssue[] {
  const result = validateDocument(doc);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
}

describe('importing a workspace document checks everything first', () => {
  it('reports a reference to a missing record with its path', () => {
    const doc = loadRichFixture();
    doc.participations[3]!.organisationId = 99;
    expect(issuesOf(doc)).toEqual([{ path: 'participations[3].organisationId', message: 'no organisation with id 99' }]);
  });

  it('reports every problem at once: duplicate ids, duplicate decision numbers, dangling and missing link targets', () => {
    const doc = loadRichFixture();
    doc.organisations[1]!.id = 1;
    doc.decisions[1]!.sequence = 1;
    doc.scenarios[0]!.keyId = 42;
    doc.decisionLinks[0]!.keyId = null;
    doc.metricValues[1]!.year = doc.metricValues[0]!.year;
    const issues = issuesOf(doc);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'organisations[1].id', message: 'id 1 is used twice (also organisations[0])' },
        { path: 'decisions[1].sequence', message: 'sequence 1 of body 1 in 2016 is already used by decisions[0]' },
        { path: 'scenarios[0].keyId', message: 'no distribution key with id 42' },
        { path: 'decisionLinks[0].keyId', message: 'a adopts_key link must set keyId' },
        { path: 'metricValues[1].year', message: 'population 2016 of organisation 1 is already used by metricValues[0]' },
      ]),
    );
  });

  it('refuses a date that does not exist (the source\'s "31 juni") with its path', () => {
    const doc = loadRichFixture();
    doc.staffAllocations[0]!.periods[2]!.to = '2017-06-31';
    expect(issuesOf(doc)).toEqual([
      { path: 'staffAllocations[0].periods[2].to', message: '"2017-06-31" is not a date that exists (expected YYYY-MM-DD)' },
    ]);
  });

  it('refuses wrong types, signs and unknown fields', () => {
    const doc = loadRichFixture() as unknown as Record<string, Record<string, unknown>[]>;
    doc.budgetLines![0]!.amount = -5; // a revenue line must be positive
    doc.organisations![0]!.population = 5300; // not a field of the document
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['budgetLines[0].amount', 'organisations[0]']));
  });

  it('says plainly when the document is not an Andel document or comes from a newer Andel', () => {
    expect(issuesOf({ hello: 'world' })).toEqual([{ path: 'format', message: 'expected "andel-workspace": this is not an Andel workspace document' }]);
    expect(issuesOf([1, 2])).toEqual([{ path: 'document', message: 'expected a JSON object (an Andel workspace document)' }]);
    expect(issuesOf({ ...loadRichFixture(), formatVersion: 2 })).toEqual([
      { path: 'formatVersion', message: 'the document was written by a newer Andel (format version 2); this Andel reads version 1' },
    ]);
  });

  it('reports schema problems and broken references together', () => {
    const doc = loadRichFixture();
    doc.participations[3]!.organisationId = 99;
    doc.staffAllocations[0]!.periods[2]!.to = '2017-06-31';
    expect(issuesOf(doc).map((i) => i.path)).toEqual(['staffAllocations[0].periods[2].to', 'participations[3].organisationId']);
  });

  it('writes no file at all when the document is invalid', async () => {
    const dir = tempDir();
    const doc = loadRichFixture();
    doc.seats[0]!.personId = 77;
    const error = await importDocument(dir.file('bad.andel'), doc).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AndelError);
    expect((error as AndelError).code).toBe('INVALID_INPUT');
    expect((error as AndelError).message).toContain('seats[0].personId: no person with id 77');
    expect(dir.list()).toEqual([]);
  });

  it('leaves no file behind when writing fails halfway through the transaction', async () => {
    const dir = tempDir();
    const failing = createWorkspaceFile(dir.file('half.andel'), { name: 'Half', defaultCurrency: 'SEK', locale: 'sv' }, {
      fill: async (trx) => {
        await writeDocumentRows(trx, loadRichFixture());
        throw new Error('disk full (simulated)');
      },
    });
    await expect(failing).rejects.toThrow('disk full (simulated)');
    expect(dir.list()).toEqual([]);
  });

  it('refuses to import over an existing file and leaves it alone', async () => {
    const dir = tempDir();
    writeFileSync(dir.file('existing.andel'), 'precious');
    await expect(importDocument(dir.file('existing.andel'), loadRichFixture())).rejects.toMatchObject({ code: 'FILE_ERROR' });
    expect(dir.list()).toEqual(['existing.andel']);
  });
});
