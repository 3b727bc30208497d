import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../src/main/db/create-workspace';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { lockPathFor } from '../../../src/main/db/workspace-lock';
import { AndelError } from '../../../src/shared/errors';
import { runAndel } from '../../helpers/cli';
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
      const result = runAndel(['export-json', path, '--out', dir.file('out.json')]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`already open in another Andel window or process (process ${process.pid}`);
      expect(existsSync(dir.file('out.json'))).toBe(false);
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

  it('respects a lock whose content cannot be read (another process may be writing it)', async () => {
    const path = tempDir().file('odd.andel');
    await createWorkspaceFile(path, { name: 'Odd', defaultCurrency: 'SEK', locale: 'sv' });
    writeFileSync(lockPathFor(path), '');
    await expect(openWorkspace(path)).rejects.toMatchObject({ code: 'FILE_ERROR', message: expect.stringContaining('delete') });
  });
});
