/**
 * Kills at chosen points of a backup and of a restore (src/main/files/fault-point.ts), through the
 * real `andel backup` / `andel restore` commands. Afterwards the workspace opens whole and is
 * either what it was or the restored backup; no half-made backup is listed; the next backup or
 * restore removes what the killed one left, so every file Andel leaves is complete or absent.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFolderFor, listBackups } from '../../src/main/backup/backup-files';
import { verifyBackup } from '../../src/main/backup/verify-backup';
import { createWorkspaceFile } from '../../src/main/db/create-workspace';
import { openWorkspace } from '../../src/main/db/open-workspace';
import type { FaultPoint } from '../../src/main/files/fault-point';
import { readWorkspaceSummary } from '../../src/main/workspace/workspace-summary';
import { runAndel } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs('andel-backup-faults-');

const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => /\.(partial|restoring)$/u.test(name));

async function rename(path: string, name: string): Promise<void> {
  const handle = await openWorkspace(path);
  await handle.db.updateTable('meta').set({ workspaceName: name }).execute();
  await handle.close();
}

describe('a kill while taking a backup', { timeout: 180_000 }, () => {
  it('lists no half-made backup, and the next backup removes what the killed one left', async () => {
    const dir = tempDir();
    const path = dir.file('kept.andel');
    await createWorkspaceFile(path, { name: 'Kept', defaultCurrency: 'SEK', locale: 'sv' });
    const killed = runAndel(['backup', path], { ANDEL_FAULT_POINT: 'backup:copied' });
    expect(killed.signal).toBe('SIGKILL');
    expect(listBackups(path)).toEqual([]);
    expect(leftovers(backupFolderFor(path))).toHaveLength(1);
    expect(runAndel(['backup', path]).status).toBe(0);
    expect(leftovers(backupFolderFor(path))).toEqual([]);
    const [backup] = listBackups(path);
    expect(verifyBackup(backup!.path).workspaceName).toBe('Kept');
  });
});

describe('a kill while restoring', { timeout: 300_000 }, () => {
  const points: [FaultPoint, 'before' | 'after'][] = [
    ['restore:kept', 'after'],
    ['restore:copied', 'after'],
    ['restore:placed', 'before'],
  ];
  for (const [point, expected] of points) {
    it(`killed at ${point}: the workspace opens whole as ${expected === 'before' ? 'the restored backup' : 'it was'}, and the next restore cleans up`, async () => {
      const dir = tempDir();
      const path = dir.file('plan.andel');
      await createWorkspaceFile(path, { name: 'Before', defaultCurrency: 'SEK', locale: 'sv' });
      expect(runAndel(['backup', path]).status).toBe(0);
      const [backup] = listBackups(path);
      await rename(path, 'After');

      const killed = runAndel(['restore', path, '--from', backup!.path], { ANDEL_FAULT_POINT: point });
      expect(killed.signal).toBe('SIGKILL');
      // Whole, and one of the two states: "After" (not yet replaced) or "Before" (the backup).
      expect((await readWorkspaceSummary(path)).workspaceName).toBe(expected === 'before' ? 'Before' : 'After');
      const handle = await openWorkspace(path);
      await handle.close();

      const again = runAndel(['restore', path, '--from', backup!.path]);
      expect(again.status, again.stderr).toBe(0);
      expect(leftovers(dir.path)).toEqual([]);
      expect(leftovers(backupFolderFor(path))).toEqual([]);
      expect((await readWorkspaceSummary(path)).workspaceName).toBe('Before');
    });
  }
});

describe('a kill while importing population', { timeout: 180_000 }, () => {
  it('leaves none of the rows: the import is one transaction', async () => {
    const dir = tempDir();
    const path = dir.file('demo.andel');
    expect(runAndel(['demo', path]).status).toBe(0);
    const csv = dir.file('folkmangd.csv');
    writeFileSync(csv, 'Kommun;Folkmängd\nSkövde;57000\nHjo;9500\nTibro;11300\n');
    const before = runAndel(['export-json', path, '--out', '-']).stdout;
    const killed = runAndel(['import-population', path, '--from', csv, '--year', '2031', '--source', 'test'], { ANDEL_FAULT_POINT: 'import:written' });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    // Nothing of the import, and the workspace opens whole.
    expect(runAndel(['export-json', path, '--out', '-']).stdout).toBe(before);
    const handle = await openWorkspace(path);
    await handle.close();
    // The same import, not killed, writes its figures (the demo had none for 2031).
    expect(before.match(/"year": 2031/gu)).toBeNull();
    const done = runAndel(['import-population', path, '--from', csv, '--year', '2031', '--source', 'test']);
    expect(done.status, done.stderr).toBe(0);
    expect(runAndel(['export-json', path, '--out', '-']).stdout.match(/"year": 2031/gu)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});
