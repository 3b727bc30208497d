/**
 * A damaged or truncated workspace is refused as it is (byte for byte), with the newest whole
 * backup named; a backup of a damaged workspace is refused, so damage cannot push good backups out;
 * commands that only read never change the file, and they see what a killed process committed.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../src/main/backup/backup-files';
import { takeBackup } from '../../src/main/backup/take-backup';
import { openWorkspace } from '../../src/main/db/open-workspace';
import { AndelError } from '../../src/shared/errors';
import { runAndel } from '../helpers/cli';
import { sha256File } from '../helpers/file-hash';
import { useTempDirs } from '../helpers/temp-dir';
import { repoRoot } from '../helpers/workspace-fixtures';

const tempDir = useTempDirs('andel-damage-');

function demo(path: string): void {
  const made = runAndel(['demo', path]);
  expect(made.status, made.stderr).toBe(0);
}

/** Overwrites one whole page in the middle of the file with 0xFF bytes (a damaged sector). */
function damagePage(path: string): number {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65_536 : bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  const page = Math.floor(pages / 2);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, page * pageSize);
  } finally {
    closeSync(fd);
  }
  return page + 1;
}

async function refusal(path: string): Promise<AndelError> {
  const error = await openWorkspace(path).then(
    async (handle) => {
      await handle.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AndelError);
  return error as AndelError;
}

describe('a damaged workspace', { timeout: 180_000 }, () => {
  it('is refused unchanged, naming the newest whole backup to restore', async () => {
    const dir = tempDir();
    const path = dir.file('damaged.andel');
    demo(path);
    expect(runAndel(['backup', path]).status).toBe(0);
    const [good] = listBackups(path);
    damagePage(path);
    const before = sha256File(path);
    const error = await refusal(path);
    expect(error.code).toBe('FILE_ERROR');
    expect(error.message).toMatch(/is damaged \(SQLite's check: .+\)\. The file was not changed\. The newest whole backup is .+ from /);
    expect(error.issues).toEqual([{ path: 'backup', message: good!.path }]);
    expect(sha256File(path)).toBe(before);
    // The CLI says the same in Swedish, and leaves it as it is too.
    const cli = runAndel(['backup', path], { ANDEL_LANG: 'sv', ANDEL_DEBUG: '' });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toMatch(/är skadad .*Den senaste hela säkerhetskopian är/s);
    expect(sha256File(path)).toBe(before);
  });

  it('is not copied into a backup: the backup is refused and the good ones stay', async () => {
    const dir = tempDir();
    const path = dir.file('spread.andel');
    demo(path);
    for (let i = 0; i < 3; i += 1) expect(runAndel(['backup', path]).status).toBe(0);
    const good = listBackups(path).map((entry) => entry.path);
    damagePage(path);
    // The app had it open before the damage: its scheduled backup now meets the damage.
    const sqlite = new BetterSqlite3(path);
    try {
      await expect(takeBackup(sqlite, path, new Date(Date.now() + 3 * 86_400_000), 'scheduled')).rejects.toMatchObject({ code: 'FILE_ERROR', message: expect.stringContaining('No backup was taken') });
    } finally {
      sqlite.close();
    }
    expect(listBackups(path).map((entry) => entry.path)).toEqual(good);
  });

  it('cut short by a few bytes, is refused before SQLite opens it, and stays as it is', async () => {
    const dir = tempDir();
    const path = dir.file('short.andel');
    demo(path);
    const size = readFileSync(path).length;
    truncateSync(path, size - 7);
    const before = sha256File(path);
    const error = await refusal(path);
    expect(error.message).toMatch(new RegExp(`the file is ${size - 7} bytes, not a whole number of \\d+-byte pages`));
    const exported = runAndel(['export-json', path, '--out', dir.file('out.json')], { ANDEL_DEBUG: '' });
    expect(exported.status).not.toBe(0);
    expect(exported.stderr).not.toMatch(/INTERNAL/);
    expect(sha256File(path)).toBe(before);
    expect(dir.list()).toEqual(['short.andel']);
  });
});

describe('commands that only read', { timeout: 180_000 }, () => {
  it('leave a healthy workspace byte for byte as it was (export-json, info, scenario)', () => {
    const dir = tempDir();
    const path = dir.file('healthy.andel');
    demo(path);
    const before = sha256File(path);
    expect(runAndel(['export-json', path, '--out', dir.file('doc.json')]).status).toBe(0);
    expect(runAndel(['info', path]).status).toBe(0);
    expect(runAndel(['scenario', path, '--cooperation', 'Bibliotek Skaraborg 9-gruppen', '--scenario', 'Skaraborg 9-gruppen 2017–2018', '--format', 'json']).status).toBe(0);
    expect(sha256File(path)).toBe(before);
  });

  it('see what a process committed before it was killed (its WAL), not a stale main file', async () => {
    const dir = tempDir();
    const path = dir.file('wal.andel');
    demo(path);
    // A process that commits a change and is killed before it can checkpoint or close.
    const script = `
      import { openWorkspace } from './src/main/db/open-workspace.ts';
      const handle = await openWorkspace(process.argv[1]);
      await handle.db.updateTable('meta').set({ workspaceName: 'Committed before the kill' }).execute();
      process.stdout.write('committed\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], { cwd: repoRoot });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('committed')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
    });
    // While it still runs, the CLI reads through its WAL; then after the kill as well.
    expect(runAndel(['info', path]).stdout).toContain('Committed before the kill');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(runAndel(['info', path]).stdout).toContain('Committed before the kill');
  });
});
