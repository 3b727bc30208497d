import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { exportDocument } from '../../../src/main/document/export-document';
import { WorkspaceSession, type WorkspaceChange } from '../../../src/main/workspace/session';
import { useTempDirs } from '../../helpers/temp-dir';
import { fixedClock, loadRichFixture } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

describe('WorkspaceSession', () => {
  it('creates, opens, switches and closes, telling listeners each time', async () => {
    const dir = tempDir();
    const session = new WorkspaceSession({ clock: fixedClock });
    const changes: WorkspaceChange[] = [];
    const unsubscribe = session.onChange((change) => changes.push(change));
    expect(session.current).toBeNull();
    expect(() => session.db).toThrow(expect.objectContaining({ code: 'NO_WORKSPACE' }));

    await session.create(dir.file('empty.andel'), { name: 'Empty' });
    expect(session.current).toBe(dir.file('empty.andel'));
    expect(await session.db.selectFrom('organisations').selectAll().execute()).toEqual([]);

    await session.createFromDocument(dir.file('rich.andel'), loadRichFixture());
    expect(existsSync(dir.file('empty.andel.lock'))).toBe(false); // the previous one was closed
    await session.open(dir.file('empty.andel'));
    await session.close();
    unsubscribe();
    await session.open(dir.file('rich.andel'));
    await session.close();

    expect(changes.map((c) => [c.reason, c.path?.split('/').pop() ?? null])).toEqual([
      ['created', 'empty.andel'],
      ['created', 'rich.andel'],
      ['opened', 'empty.andel'],
      ['closed', null],
    ]);
    expect(dir.list()).toEqual(['empty.andel', 'rich.andel']);
  });

  it('keeps the current workspace when opening another file fails', async () => {
    const dir = tempDir();
    const session = new WorkspaceSession();
    await session.create(dir.file('good.andel'));
    await expect(session.open(dir.file('missing.andel'))).rejects.toMatchObject({ code: 'FILE_ERROR' });
    expect(session.current).toBe(dir.file('good.andel'));
    await session.close();
  });

  it('saves a consistent copy to a new file and stays on the original', async () => {
    const dir = tempDir();
    const session = new WorkspaceSession();
    await session.createFromDocument(dir.file('original.andel'), loadRichFixture());
    await session.db.updateTable('organisations').set({ notes: 'changed before the copy' }).where('id', '=', 1).execute();
    const copy = await session.saveCopy(dir.file('copy.andel'));
    await expect(session.saveCopy(dir.file('copy.andel'))).rejects.toMatchObject({ code: 'FILE_ERROR' });
    const original = await exportDocument(session.db);
    expect(session.current).toBe(dir.file('original.andel'));
    await session.close();

    const reopened = await openWorkspace(copy);
    expect(await exportDocument(reopened.db)).toEqual(original);
    await reopened.close();
  });
});
