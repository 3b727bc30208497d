/**
 * Backups before migrations (existing behaviour, checked again here), on a schedule while a
 * workspace is open and changed (pruned to the newest K), and restore from the CLI and the session:
 * verified first, refused while another process holds the file, the current file kept.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderFor, listBackups } from '../../src/main/backup/backup-files';
import { BackupScheduler, type BackupTimers } from '../../src/main/backup/backup-scheduler';
import { restoreWorkspace } from '../../src/main/backup/restore-workspace';
import { createWorkspaceFile } from '../../src/main/db/create-workspace';
import { openWorkspace } from '../../src/main/db/open-workspace';
import { restoreConfirmation, restoreDialogDefaultPath } from '../../src/main/electron/policy/restore-backup';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { runAndel, type CliResult } from '../helpers/cli';
import { sha256File } from '../helpers/file-hash';
import { useTempDirs } from '../helpers/temp-dir';
import { repoRoot } from '../helpers/workspace-fixtures';

const tempDir = useTempDirs('andel-backup-');
const holder = fileURLToPath(new URL('../helpers/hold-workspace.ts', import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Timers driven by the test: `fire()` runs what the interval would run. */
function manualTimers(): BackupTimers & { fire(): void; active: boolean; ms: number } {
  let callback: (() => void) | null = null;
  const timers = {
    active: false,
    ms: 0,
    setInterval: (fn: () => void, ms: number) => {
      callback = fn;
      timers.active = true;
      timers.ms = ms;
      return 1;
    },
    clearInterval: () => {
      callback = null;
      timers.active = false;
    },
    fire: () => callback?.(),
  };
  return timers;
}

const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

const workspaceName = async (path: string): Promise<string> => {
  const handle = await openWorkspace(path);
  try {
    return (await handle.db.selectFrom('meta').select('workspaceName').executeTakeFirstOrThrow()).workspaceName;
  } finally {
    await handle.close();
  }
};

describe('the backup scheduler (plain: injected timers and clock)', () => {
  it('backs up only when something changed since the last backup, one at a time, and stops', async () => {
    let counter = 0;
    const taken: string[] = [];
    const timers = manualTimers();
    const scheduler = new BackupScheduler(
      { changeCounter: () => counter, backup: async (now) => (taken.push(now.toISOString()), `b${taken.length}`) },
      { intervalMs: 600_000, clock: () => new Date('2026-11-21T12:00:00Z'), timers },
    );
    scheduler.start();
    expect(timers).toMatchObject({ active: true, ms: 600_000 });
    expect(await scheduler.tick()).toBeNull(); // nothing changed since opening
    counter = 3;
    expect(await scheduler.tick()).toBe('b1');
    expect(await scheduler.tick()).toBeNull();
    counter = 4;
    const [first, second] = [scheduler.tick(), scheduler.tick()];
    expect(first).toBe(second); // a tick during a backup joins it
    expect(await first).toBe('b2');
    scheduler.stop();
    expect(timers.active).toBe(false);
  });
});

describe('scheduled backups of an open workspace', () => {
  it('writes consistent copies into <file>-backups/ while it changes, keeping every one of the last hour', async () => {
    const dir = tempDir();
    const path = dir.file('budget.andel');
    await createWorkspaceFile(path, { name: 'Budget', defaultCurrency: 'SEK', locale: 'sv' });
    let now = Date.parse('2026-11-21T08:00:00Z');
    const timers = manualTimers();
    const results: unknown[] = [];
    const session = new WorkspaceSession({ clock: () => new Date(now), autoBackup: { timers, onResult: (r) => results.push(r) } });
    await session.open(path);
    try {
      expect(await session.backupNow()).toBeNull();
      for (let i = 1; i <= 5; i++) {
        await session.db.updateTable('meta').set({ workspaceName: `Budget ${i}` }).execute();
        now += 10 * 60_000;
        expect(await session.backupNow()).toMatch(/budget-20261121T\d{9}Z\.andel$/);
      }
      const scheduled = listBackups(path).filter((entry) => entry.kind === 'scheduled');
      // Five backups within 50 minutes: all younger than an hour, so all kept (retention is by age).
      expect(scheduled.map((entry) => entry.fileName)).toEqual([
        'budget-20261121T085000000Z.andel',
        'budget-20261121T084000000Z.andel',
        'budget-20261121T083000000Z.andel',
        'budget-20261121T082000000Z.andel',
        'budget-20261121T081000000Z.andel',
      ]);
      expect(existsSync(backupFolderFor(path))).toBe(true);
      expect(basename(backupFolderFor(path))).toBe('budget.andel-backups');
      // Each backup is a complete workspace holding what was committed when it was taken.
      expect(await workspaceName(scheduled[0]!.path)).toBe('Budget 5');
      expect(await workspaceName(scheduled[2]!.path)).toBe('Budget 3');
      expect(results.filter((r) => 'error' in (r as object))).toEqual([]);
    } finally {
      await session.close();
    }
    expect(timers.active).toBe(false);
  });
});

describe('restore', { timeout: 120_000 }, () => {
  it('andel backups lists and andel restore restores, keeping the current file; a damaged or foreign backup is refused', async () => {
    const dir = tempDir();
    const path = dir.file('plan.andel');
    await createWorkspaceFile(path, { name: 'Plan', defaultCurrency: 'SEK', locale: 'sv' });
    expect(andel('backup', path).status).toBe(0);
    const [backup] = listBackups(path);
    expect(backup?.kind).toBe('manual');

    const handle = await openWorkspace(path);
    await handle.db.updateTable('meta').set({ workspaceName: 'Plan, changed' }).execute();
    await handle.close();

    const listed = andel('backups', path);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(backup!.path);
    expect(JSON.parse(andel('backups', path, '--json').stdout)).toHaveLength(1);

    // A damaged backup and a backup of another workspace are refused; the file is left alone.
    const damaged = dir.file('damaged.andel');
    writeFileSync(damaged, 'SQLite format 3\u0000 but not really');
    const foreign = dir.file('foreign.andel');
    await createWorkspaceFile(foreign, { name: 'Foreign', defaultCurrency: 'NOK', locale: 'nb' });
    const before = sha256File(path);
    const refusedDamaged = andel('restore', path, '--from', damaged);
    expect(refusedDamaged.status).toBe(1);
    expect(refusedDamaged.stderr).toMatch(/not an Andel workspace|cannot be read/);
    const refusedForeign = andel('restore', path, '--from', foreign);
    expect(refusedForeign.status).toBe(1);
    expect(refusedForeign.stderr).toContain('is a backup of another workspace');
    expect(sha256File(path)).toBe(before);

    const restored = andel('restore', path, '--from', backup!.path);
    expect(restored.status, restored.stderr).toBe(0);
    expect(await workspaceName(path)).toBe('Plan');
    const kept = listBackups(path).find((entry) => entry.kind === 'before-restore');
    expect(kept, 'the file as it was before the restore').toBeDefined();
    expect(await workspaceName(kept!.path)).toBe('Plan, changed');
    expect(restored.stdout).toContain(kept!.path);
  });

  it('is refused while another process has the workspace open', async () => {
    const dir = tempDir();
    const path = dir.file('shared.andel');
    await createWorkspaceFile(path, { name: 'Shared', defaultCurrency: 'SEK', locale: 'sv' });
    const backup = dir.file('copy.andel');
    const session = new WorkspaceSession();
    await session.open(path);
    await session.saveCopy(backup);
    await session.close();

    const child = spawn(process.execPath, ['--import', 'tsx', holder, path], { cwd: repoRoot });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`holder exited (${code})`)));
    });
    const before = sha256File(path);
    await expect(restoreWorkspace(path, backup)).rejects.toMatchObject({ code: 'FILE_ERROR', message: expect.stringContaining(`already open in another Andel window or process (process ${child.pid}`) });
    const cliRefused = andel('restore', path, '--from', backup);
    expect(cliRefused.status).toBe(1);
    expect(cliRefused.stderr).toContain('already open in another Andel window or process');
    expect(sha256File(path)).toBe(before);
    expect(listBackups(path).filter((entry) => entry.kind === 'before-restore')).toEqual([]);
  });

  it('the session restores the open workspace and reopens it (what File → Restore from backup… calls)', async () => {
    const dir = tempDir();
    const path = dir.file('open.andel');
    await createWorkspaceFile(path, { name: 'Open', defaultCurrency: 'SEK', locale: 'sv' });
    const session = new WorkspaceSession({ clock: () => new Date('2026-11-21T09:00:00Z') });
    await session.open(path);
    const backup = dir.file('snapshot.andel');
    await session.saveCopy(backup);
    await session.db.updateTable('meta').set({ workspaceName: 'Open, edited' }).execute();
    const changes: string[] = [];
    session.onChange((change) => changes.push(change.reason));
    const result = await session.restoreFromBackup(backup);
    expect(session.current).toBe(path);
    expect((await session.db.selectFrom('meta').select('workspaceName').executeTakeFirstOrThrow()).workspaceName).toBe('Open');
    expect(result.previousCopy).toMatch(/open-before-restore-20261121T090000000Z\.andel$/);
    expect(changes).toEqual(['closed', 'opened']);
    // A refused restore leaves the workspace open as it was.
    await expect(session.restoreFromBackup(dir.file('missing.andel'))).rejects.toMatchObject({ code: 'FILE_ERROR' });
    expect(session.current).toBe(path);
    await session.close();
  });

  it('the menu entry: the dialog starts in the backups folder, and Cancel is the default', () => {
    expect(restoreDialogDefaultPath('/w/plan.andel', (p) => p === '/w/plan.andel-backups')).toBe('/w/plan.andel-backups');
    expect(restoreDialogDefaultPath('/w/plan.andel', () => false)).toBe('/w');
    const confirm = restoreConfirmation('/w/plan.andel', '/w/plan.andel-backups/plan-20261121T080000000Z.andel');
    expect(confirm.message).toBe('Replace plan.andel with the backup plan-20261121T080000000Z.andel?');
    expect(confirm.buttons[confirm.defaultId]).toBe('Cancel');
  });

  it('a backup is made before a migration (existing behaviour) and is listed', async () => {
    const path = tempDir().file('old.andel');
    await createWorkspaceFile(path, { name: 'Old', defaultCurrency: 'SEK', locale: 'sv' }, { migrateTo: '2026-11-21-0001-initial' });
    const handle = await openWorkspace(path, { now: () => new Date('2026-11-21T12:00:00Z') });
    await handle.close();
    expect(handle.backupPath).toBe(`${path}.backup-20261121T120000Z-v1.andel`);
    expect(listBackups(path)).toMatchObject([{ kind: 'before-migration', path: handle.backupPath, takenAt: '2026-11-21T12:00:00.000Z' }]);
  });
});
