import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../src/main/db/create-workspace';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { lockPathFor } from '../../../src/main/db/workspace-lock';
import { AndelError } from '../../../src/shared/errors';
import { runAndel } from '../../helpers/cli';
import { sha256File } from '../../helpers/file-hash';
import { useTempDirs } from '../../helpers/temp-dir';
import { repoRoot } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();
const holder = fileURLToPath(new URL('../../helpers/hold-workspace.ts', import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts a second Andel process holding the workspace open; resolves once it has it. */
function holdInAnotherProcess(path: string): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, path], { cwd: repoRoot });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`holder exited early (${code}): ${err}`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams): Promise<void> =>
  new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', () => resolve())));

describe('one Andel process per workspace file', { timeout: 120_000 }, () => {
  it('refuses a second process with a message naming the holder, and takes over a stale lock after a crash', async () => {
    const path = tempDir().file('shared.andel');
    await createWorkspaceFile(path, { name: 'Shared', defaultCurrency: 'SEK', locale: 'sv' });
    const child = await holdInAnotherProcess(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: child.pid });

    const error = await openWorkspace(path).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AndelError);
    expect((error as AndelError).code).toBe('FILE_ERROR');
    expect((error as AndelError).message).toContain(`already open in another Andel window or process (process ${child.pid}`);

    // The process dies without releasing its lock: the lock is stale and is taken over.
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(lockPathFor(path))).toBe(true);
    const handle = await openWorkspace(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid });
    await handle.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('makes the CLI in another process refuse a workspace this process has open', async () => {
    const dir = tempDir();
    const path = dir.file('open.andel');
    await createWorkspaceFile(path, { name: 'Open', defaultCurrency: 'SEK', locale: 'sv' });
    const handle = await openWorkspace(path);
    try {
      // A command that writes (a backup) is refused; one that only reads (export-json) may run.
      const result = runAndel(['backup', path]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`already open in another Andel window or process (process ${process.pid}`);
      expect(existsSync(`${path}-backups`)).toBe(false);
      expect(runAndel(['export-json', path, '--out', dir.file('out.json')]).status).toBe(0);
    } finally {
      await handle.close();
    }
  });

  it('refuses a second open of the same file within one process', async () => {
    const path = tempDir().file('twice.andel');
    await createWorkspaceFile(path, { name: 'Twice', defaultCurrency: 'SEK', locale: 'sv' });
    const first = await openWorkspace(path);
    await expect(openWorkspace(path)).rejects.toMatchObject({ code: 'FILE_ERROR' });
    await first.close();
  });

  it('is not blocked by an empty or garbled holder note, as a full disk or a crash leaves one', async () => {
    const path = tempDir().file('odd.andel');
    await createWorkspaceFile(path, { name: 'Odd', defaultCurrency: 'SEK', locale: 'sv' });
    for (const note of ['', '{"pid":', JSON.stringify({ pid: process.pid, host: hostname(), since: '2020-01-01' })]) {
      writeFileSync(lockPathFor(path), note);
      const handle = await openWorkspace(path);
      expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid });
      await handle.close();
    }
  });

  it('follows the file whatever path opens it: a symlinked folder and a relative path meet the same lock', async () => {
    const dir = tempDir();
    const path = dir.file('real.andel');
    await createWorkspaceFile(path, { name: 'Real', defaultCurrency: 'SEK', locale: 'sv' });
    const linked = dir.file('linked');
    symlinkSync(dir.path, linked);
    const child = await holdInAnotherProcess(path);
    const before = sha256File(path);
    for (const other of [join(linked, 'real.andel'), relative(process.cwd(), path), join(dir.path, '.', 'real.andel')]) {
      await expect(openWorkspace(other)).rejects.toMatchObject({ code: 'FILE_ERROR', message: expect.stringContaining(`process ${child.pid}`) });
    }
    expect(sha256File(path)).toBe(before);
    child.kill('SIGKILL');
    await exited(child);
    // The holder died: the operating system released its lock, so the next opener needs no take-over.
    const handle = await openWorkspace(join(linked, 'real.andel'));
    await handle.close();
  });
});
