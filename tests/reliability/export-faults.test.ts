/**
 * Exports under attack and under faults, as users run them (the `andel annex` command in a child
 * process, on a real demo workspace):
 *   - an --out that is the workspace through a symlinked folder or a hard link is refused, and the
 *     workspace stays byte-for-byte the same;
 *   - the process is killed (SIGKILL) at each named point of writing a file (src/main/files/
 *     fault-point.ts), replacing an existing annex and writing a new one: afterwards the target is
 *     the complete old file, the complete new and logged file, or absent — never half of one — and
 *     the next export settles what the killed one left;
 *   - a full disk (a small tmpfs) while replacing an annex with --force: the old annex is intact,
 *     nothing is logged, no temporary file stays.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely } from '../../src/main/db/kysely-instance';
import { openImmutable } from '../../src/main/db/sqlite-connection';
import type { FaultPoint } from '../../src/main/files/fault-point';
import { runAndel, sharedCliBuild, type CliResult } from '../helpers/cli';
import { sha256File } from '../helpers/file-hash';
import { createTempDir } from '../helpers/temp-dir';

const dir = createTempDir('andel-export-faults-');
const workspace = dir.file('demo.andel');
const SCENARIO = ['--cooperation', 'Bibliotek Skaraborg 9-gruppen', '--scenario', 'Skaraborg 9-gruppen 2017–2018', '--lang', 'sv'];

const andel = (args: string[], env: NodeJS.ProcessEnv = {}): CliResult & { signal?: string | null } => runAndel(args, { ANDEL_DEBUG: '', ANDEL_LANG: 'en', ...env });

async function loggedHashes(): Promise<string[]> {
  const db = createKysely(openImmutable(workspace, {}));
  try {
    return (await db.selectFrom('exportLog').select('sha256').execute()).map((row) => row.sha256);
  } finally {
    await db.destroy();
  }
}

/** A complete xlsx: exceljs reads it and finds the annex's sheets. */
async function isCompleteAnnex(path: string): Promise<boolean> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return workbook.worksheets.length >= 3;
  } catch {
    return false;
  }
}

function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => /\.andel-(tmp|old)$/u.test(name));
}

beforeAll(() => {
  const made = runAndel(['demo', workspace]);
  expect(made.status, made.stderr).toBe(0);
});

afterAll(() => dir.remove());

describe('an export never replaces the workspace, under any name', () => {
  it('refuses --out through a symlinked folder and through a hard link, and leaves the workspace unchanged', () => {
    const before = sha256File(workspace);
    const linkedFolder = dir.file('linked-folder');
    symlinkSync(dir.path, linkedFolder);
    const hardLink = dir.file('annex-looking-name.xlsx');
    linkSync(workspace, hardLink);
    for (const out of [join(linkedFolder, 'demo.andel'), hardLink, join(linkedFolder, 'demo.andel-wal'), join(dir.path, '..', dir.path.split('/').pop()!, 'demo.andel')]) {
      const result = andel(['annex', workspace, ...SCENARIO, '--out', out, '--force']);
      expect(result.status, `${out}: ${result.stderr}`).not.toBe(0);
      expect(result.stderr).toMatch(/is the workspace file|är arbetsytans fil/);
      expect(sha256File(workspace)).toBe(before);
    }
    // The other commands that write a file: the workspace document and a key's JSON.
    for (const args of [['export-json', workspace, '--out', join(linkedFolder, 'demo.andel')], ['key', 'export', workspace, '--cooperation', 'Bibliotek Skaraborg 9-gruppen', '--key', 'skaraborg-9', '--out', hardLink]]) {
      const result = andel(args);
      expect(result.status, `${args.join(' ')}: ${result.stderr}`).not.toBe(0);
      expect(result.stderr).toMatch(/is the workspace file|är arbetsytans fil/);
      expect(sha256File(workspace)).toBe(before);
    }
    rmSync(hardLink);
    rmSync(linkedFolder);
  });
});

describe('a kill at each point of writing an export', () => {
  const points: FaultPoint[] = ['file:temp-written', 'file:old-kept', 'file:placed', 'file:logged'];

  for (const point of points) {
    it(`replacing an annex (--force), killed at ${point}: the target is the old or the new logged annex, complete; the next export settles the rest`, async () => {
      const folder = dir.file(`replace-${point.replace(':', '-')}`);
      mkdirSync(folder);
      const target = join(folder, 'annex.xlsx');
      // The old annex in Norwegian, the replacing one in Swedish: their bytes differ however fast the
      // two run (in the same language, within one second, the two files would be identical).
      expect(andel(['annex', workspace, ...SCENARIO, '--lang', 'nb', '--out', target]).status).toBe(0);
      const oldHash = sha256File(target);

      const killed = spawnSync(process.execPath, [sharedCliBuild(), 'annex', workspace, ...SCENARIO, '--out', target, '--force'], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, ANDEL_FAULT_POINT: point, ANDEL_DEBUG: '' },
        encoding: 'utf8',
      });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(existsSync(target)).toBe(true);
      expect(await isCompleteAnnex(target)).toBe(true);
      const now = sha256File(target);
      // Killed before the new file takes the name: still the old file.
      if (point === 'file:temp-written' || point === 'file:old-kept') expect(now).toBe(oldHash);
      else expect(now).not.toBe(oldHash);

      // The next export to the folder settles what the killed process left (it opens the
      // workspace, so the killed process's committed log entry is read from the WAL too).
      const next = andel(['annex', workspace, ...SCENARIO, '--out', join(folder, 'another.xlsx')]);
      expect(next.status, next.stderr).toBe(0);
      // Killed after the log committed: the new file stays, and it is logged.
      if (point === 'file:logged') expect(await loggedHashes()).toContain(now);
      expect(leftovers(folder)).toEqual([]);
      const settled = sha256File(target);
      expect(settled === oldHash || (await loggedHashes()).includes(settled)).toBe(true);
      if (point !== 'file:logged') expect(settled).toBe(oldHash);
      expect(await isCompleteAnnex(target)).toBe(true);
    });
  }

  it('writing a new annex, killed before it takes its name: the target is absent, and no temporary file survives the next export', () => {
    const folder = dir.file('new-killed');
    mkdirSync(folder);
    const target = join(folder, 'annex.xlsx');
    const killed = spawnSync(process.execPath, [sharedCliBuild(), 'annex', workspace, ...SCENARIO, '--out', target], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, ANDEL_FAULT_POINT: 'file:temp-written', ANDEL_DEBUG: '' },
      encoding: 'utf8',
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false);
    expect(leftovers(folder)).toHaveLength(1);
    expect(andel(['annex', workspace, ...SCENARIO, '--out', join(folder, 'other.xlsx')]).status).toBe(0);
    expect(leftovers(folder)).toEqual([]);
  });
});

describe('a full disk', () => {
  it('replacing an annex with --force on a full disk keeps the old annex, logs nothing and leaves no temporary file', async () => {
    const mountPoint = dir.file('small-disk');
    mkdirSync(mountPoint);
    // A real file system that runs out of room: a 1 MB tmpfs (the tests run as root, as CI does).
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { encoding: 'utf8' });
    expect(mounted.status, `mount a tmpfs (needs root): ${mounted.stderr}`).toBe(0);
    try {
      const target = join(mountPoint, 'annex.xlsx');
      expect(andel(['annex', workspace, ...SCENARIO, '--out', target]).status).toBe(0);
      const oldHash = sha256File(target);
      const loggedBefore = (await loggedHashes()).length;
      // Fill what is left.
      let filled = 0;
      try {
        for (;;) {
          writeFileSync(join(mountPoint, `filler-${filled}`), Buffer.alloc(16 * 1024));
          filled += 1;
        }
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      const result = andel(['annex', workspace, ...SCENARIO, '--out', target, '--force']);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/the disk is full|disken är full/);
      expect(result.stderr).not.toMatch(/INTERNAL|\n\s+at /);
      expect(sha256File(target)).toBe(oldHash);
      expect((await loggedHashes()).length).toBe(loggedBefore);
      expect(leftovers(mountPoint)).toEqual([]);
      expect(readFileSync(target).length).toBeGreaterThan(0);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});
