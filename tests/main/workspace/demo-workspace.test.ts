import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { exportDocument } from '../../../src/main/document/export-document';
import { writeDemoWorkspace } from '../../../src/main/workspace/demo-workspace';
import { sha256File } from '../../helpers/file-hash';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture, richFixturePath } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

describe('writeDemoWorkspace', () => {
  it('writes the document, refuses an existing file without force, and never replaces a file that is open', async () => {
    const dir = tempDir();
    const path = dir.file('demo.andel');
    await writeDemoWorkspace(path, { documentPath: richFixturePath });
    await expect(writeDemoWorkspace(path, { documentPath: richFixturePath })).rejects.toMatchObject({ code: 'FILE_ERROR' });

    const open = await openWorkspace(path);
    await open.db.updateTable('organisations').set({ notes: 'edited' }).where('id', '=', 1).execute();
    const before = sha256File(path);
    await expect(writeDemoWorkspace(path, { documentPath: richFixturePath, force: true })).rejects.toMatchObject({
      code: 'FILE_ERROR',
      message: expect.stringContaining('already open'),
    });
    expect(sha256File(path)).toBe(before);
    await open.close();

    await writeDemoWorkspace(path, { documentPath: richFixturePath, force: true });
    expect(dir.list()).toEqual(['demo.andel']);
    const reopened = await openWorkspace(path);
    expect(await exportDocument(reopened.db)).toEqual(loadRichFixture()); // the edit is gone: a fresh demo
    await reopened.close();
  });
});
