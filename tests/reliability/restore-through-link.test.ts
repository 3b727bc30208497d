import { lstatSync, symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../src/main/backup/backup-files';
import { restoreWorkspace } from '../../src/main/backup/restore-workspace';
import { createWorkspaceFile } from '../../src/main/db/create-workspace';
import { openWorkspace } from '../../src/main/db/open-workspace';
import { readWorkspaceSummary } from '../../src/main/workspace/workspace-summary';
import { runAndel } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs('andel-restore-link-');

describe('restoring through a symlink', () => {
  it('restores the file the link points at and leaves the link a link', async () => {
    const dir = tempDir();
    const real = dir.file('real.andel');
    const link = dir.file('link.andel');
    await createWorkspaceFile(real, { name: 'Before', defaultCurrency: 'SEK', locale: 'sv' });
    symlinkSync(real, link);
    expect(runAndel(['backup', real]).status).toBe(0);
    const [backup] = listBackups(real);
    const handle = await openWorkspace(real);
    await handle.db.updateTable('meta').set({ workspaceName: 'After' }).execute();
    await handle.close();

    await restoreWorkspace(link, backup!.path);

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await readWorkspaceSummary(real)).workspaceName).toBe('Before');
    // The copy kept before restoring is of the real file, in its backup folder.
    expect(listBackups(real).some((entry) => entry.kind === 'before-restore')).toBe(true);
  });

  it('refuses a "backup" that is the workspace itself under another name', async () => {
    const dir = tempDir();
    const real = dir.file('self.andel');
    const link = dir.file('alias.andel');
    await createWorkspaceFile(real, { name: 'Self', defaultCurrency: 'SEK', locale: 'sv' });
    symlinkSync(real, link);
    await expect(restoreWorkspace(real, link)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
