/**
 * `andel users …` and `andel serve` as users run them (the built CLI, separate processes, real
 * files): users added with the password on standard input, listed, re-roled and removed (never the
 * last administrator); the server started on a free port, signed in to over HTTP, and stopped by
 * SIGTERM with the workspace closed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/main/document/import-document';
import { sharedCliBuild } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture, repoRoot } from '../../helpers/workspace-fixtures';
import { postJson, stubRenderer } from '../server/server-kit';

const tempDir = useTempDirs('andel-serve-cli-');
const env = { ...process.env, ANDEL_DEBUG: '', ANDEL_LANG: 'en' };

function andel(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [sharedCliBuild(), ...args], { cwd: repoRoot, encoding: 'utf8', env, ...(input !== undefined ? { input } : {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('andel users and andel serve', { timeout: 180_000 }, () => {
  it('administers users with the password on standard input only', async () => {
    const dir = tempDir();
    const file = dir.file('shared.andel');
    await importDocument(file, loadRichFixture());

    const noStdin = andel(['users', 'add', file, 'admin', '--role', 'administrator']);
    expect(noStdin.status).toBe(1);
    expect(noStdin.stderr).toContain('--password-stdin');

    expect(andel(['users', 'add', file, 'admin', '--role', 'administrator', '--password-stdin'], 'long enough secret\n').stdout).toBe('Added admin (administrator).\n');
    const viewer = andel(['users', 'add', file, 'skovde', '--role', 'member_viewer', '--organisation', '5', '--password-stdin'], 'another long secret\n');
    expect(viewer.stdout).toBe('Added skovde (member viewer, organisation 5).\n');
    const short = andel(['users', 'add', file, 'kort', '--role', 'chair', '--password-stdin'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 10 characters');
    const noOrganisation = andel(['users', 'add', file, 'viewer2', '--role', 'member_viewer', '--password-stdin'], 'long enough secret\n');
    expect(noOrganisation.stderr).toContain('must belong to one organisation');

    expect(andel(['users', 'set-role', file, 'skovde', 'treasurer']).stdout).toBe('skovde is now treasurer.\n');
    const last = andel(['users', 'remove', file, 'admin']);
    expect(last.status).toBe(1);
    expect(last.stderr).toContain('last administrator');
    expect(andel(['users', 'remove', file, 'skovde']).stdout).toBe('Removed skovde.\n');
    const listed = JSON.parse(andel(['users', 'list', file, '--json']).stdout) as { userName: string; role: string }[];
    expect(listed.map((u) => [u.userName, u.role])).toEqual([['admin', 'administrator']]);
  });

  it('serves the workspace until SIGTERM, then closes it', async () => {
    const dir = tempDir();
    const file = dir.file('shared.andel');
    await importDocument(file, loadRichFixture());
    andel(['users', 'add', file, 'kassor', '--role', 'treasurer', '--password-stdin'], 'long enough secret\n');
    expect(andel(['serve', '--workspace', file, '--listen', 'nowhere']).stderr).toContain('--listen must be host:port');

    const child = spawn(process.execPath, [sharedCliBuild(), 'serve', '--workspace', file, '--listen', '127.0.0.1:0', '--renderer', stubRenderer(dir.path)], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await expect.poll(() => /at (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(stdout)?.[1], { timeout: 60_000 }).toBeTruthy();
    const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(stdout)![1]!;
    expect(stderr).toContain('plain HTTP');
    const signedIn = await postJson(`${url}api/login`, { userName: 'kassor', password: 'long enough secret' });
    expect(signedIn.json.value.user.role).toBe('treasurer');
    // While it serves, the file is the server's: another process cannot open it for writing.
    expect(andel(['users', 'list', file]).stderr).toContain('already open');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('The server has stopped.');
    expect(andel(['users', 'list', file]).stdout).toContain('kassor');
  });
});
