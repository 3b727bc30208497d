/**
 * The file-writing errors (a write that fails, a file already there, an export aimed at the
 * workspace file) carry catalogue keys: the English message stays as the CLI and older tests read
 * it, and a Swedish or Norwegian reader gets the whole sentence, reason included, in their language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { runMigrations } from '../../../src/main/db/run-migrations';
import { writeFileDurably } from '../../../src/main/files/durable-write';
import { refuseWorkspaceAsOutput } from '../../../src/main/files/same-file';
import { writeDemoWorkspace } from '../../../src/main/workspace/demo-workspace';
import { AndelError, localizeError } from '../../../src/shared/errors';
import { useTempDirs } from '../../helpers/temp-dir';
import { demoDocumentPath } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs('andel-file-errors-');

async function caught(run: () => unknown): Promise<AndelError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AndelError) return error;
    throw error;
  }
  throw new Error('expected an AndelError');
}

describe('file-writing errors in sv, nb and en', () => {
  it('a write into a missing folder: the reason is translated with the sentence', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'no-such-folder', 'out.xlsx');
    const error = await caught(() => writeFileDurably(path, new Uint8Array([1, 2, 3]), { replace: false }));
    expect(error.code).toBe('FILE_ERROR');
    expect(error.message).toBe(`Cannot write ${path} (the file or its folder does not exist); nothing was changed.`);
    const api = error.toApiError();
    expect(localizeError(api, 'sv').message).toBe(`Det går inte att skriva ${path} (filen eller dess mapp finns inte); ingenting har ändrats.`);
    expect(localizeError(api, 'nb').message).toBe(`Kan ikke skrive ${path} (filen eller mappen finnes ikke); ingenting er endret.`);
    expect(localizeError(api, 'sv').issues).toEqual([expect.objectContaining({ path: 'file', message: 'filen kan inte skrivas (filen eller dess mapp finns inte)' })]);
    expect(dir.list()).toEqual([]);
  });

  it('a file already there is refused unless replacing, in the reader\'s language', async () => {
    const dir = tempDir();
    const path = dir.file('out.xlsx');
    writeFileSync(path, 'earlier');
    const error = await caught(() => writeFileDurably(path, new Uint8Array([1]), { replace: false }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`${path} already exists; nothing was written.`);
    expect(localizeError(error.toApiError(), 'nb').message).toBe(`${path} finnes allerede; ingenting er skrevet.`);
    expect(localizeError(error.toApiError(), 'sv').issues).toEqual([expect.objectContaining({ path: 'out', message: 'filen finns redan' })]);
  });

  it('an export aimed at the workspace file is refused, in the reader\'s language', async () => {
    const dir = tempDir();
    const workspace = dir.file('demo.andel');
    writeFileSync(workspace, 'not really a workspace, only a file to compare with');
    const error = await caught(() => refuseWorkspaceAsOutput(join(dir.path, '.', 'demo.andel'), workspace));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/is the workspace file \(or one of its companions\); write the export elsewhere\.$/u);
    const sv = localizeError(error.toApiError(), 'sv');
    expect(sv.message).toMatch(/är arbetsytans fil \(eller en av dess följefiler\); skriv exporten någon annanstans\.$/u);
    expect(sv.issues).toEqual([expect.objectContaining({ path: 'out', message: 'detta är arbetsytans fil; välj en annan fil' })]);
    expect(localizeError(error.toApiError(), 'nb').issues).toEqual([expect.objectContaining({ message: 'dette er arbeidsområdets fil; velg en annen fil' })]);
  });
});

describe('the demo workspace over an existing file', () => {
  it('is refused without --force, in the reader\'s language', async () => {
    const dir = tempDir();
    const target = dir.file('demo.andel');
    writeFileSync(target, 'someone else\'s file');
    const error = await caught(() => writeDemoWorkspace(target, { documentPath: demoDocumentPath }));
    expect(error.code).toBe('FILE_ERROR');
    expect(error.message).toBe(`${target} already exists; use --force to replace it.`);
    expect(localizeError(error.toApiError(), 'sv').message).toBe(`${target} finns redan; använd --force för att ersätta den.`);
    expect(localizeError(error.toApiError(), 'nb').message).toBe(`${target} finnes allerede; bruk --force for å erstatte den.`);
    expect(readFileSync(target, 'utf8')).toBe('someone else\'s file');
  });
});

describe('a schema update that fails', () => {
  it('says so in the reader\'s language, with the migrator\'s reason', async () => {
    const dir = tempDir();
    await writeDemoWorkspace(dir.file('w.andel'), { documentPath: demoDocumentPath });
    const workspace = await openWorkspace(dir.file('w.andel'));
    try {
      const error = await caught(() => runMigrations(workspace.db, 'no-such-migration'));
      expect(error.code).toBe('INTERNAL');
      expect(error.message).toMatch(/^Updating the workspace schema failed: .+/u);
      expect(localizeError(error.toApiError(), 'sv').message).toMatch(/^Det gick inte att uppdatera arbetsytans schema: .+/u);
      expect(localizeError(error.toApiError(), 'nb').message).toMatch(/^Oppdateringen av arbeidsområdets skjema mislyktes: .+/u);
    } finally {
      await workspace.close();
    }
  });
});
