/**
 * The built command's code cache (src/main/cli/launch.ts): a copy of the build of its own (under
 * node_modules, so its packages resolve), run as a user runs it. The first run keeps the compiled
 * modules in out/cli/.code-cache/, a second run reads them and writes nothing, a damaged cache is
 * compiled around and replaced, and where the cache cannot be written the command runs all the same.
 * The output is the same in every case.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCliBuild } from '../../helpers/cli';
import { createTempDir } from '../../helpers/temp-dir';
import { repoRoot } from '../../helpers/workspace-fixtures';

let build: string;
const work = createTempDir('andel-code-cache-');
const demo = work.file('demo.andel');

function andel(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(build, 'andel.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, ANDEL_DEBUG: '', ANDEL_LANG: 'en' } });
}

const cacheRoot = (): string => join(build, '.code-cache');

/** The cache files, by name, with what identifies a write: inode, size, modification time. */
function caches(): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(cacheRoot())) return found;
  for (const version of readdirSync(cacheRoot())) {
    for (const name of readdirSync(join(cacheRoot(), version))) {
      const stat = statSync(join(cacheRoot(), version, name));
      found.set(`${version}/${name}`, `${stat.ino}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return found;
}

const commands = [['info', () => demo], ['scenario', () => demo, '--cooperation', 'Föreningen Sambruk', '--scenario', 'Sambruk årsavgifter 2026, enskilt medlemskap', '--format', 'csv']] as const;
const run = (command: (typeof commands)[number]) => andel(...command.map((part) => (typeof part === 'function' ? part() : part)));

beforeAll(() => {
  const cacheParent = join(repoRoot, 'node_modules/.cache');
  build = mkdtempSync(join(cacheParent, 'andel-cli-code-cache-'));
  cpSync(join(sharedCliBuild(), '..'), build, { recursive: true, filter: (source) => !source.includes('.code-cache') });
  const made = andel('demo', demo);
  expect(made.status, made.stderr).toBe(0);
});
afterAll(() => {
  rmSync(build, { recursive: true, force: true });
  work.remove();
});

describe('the built command keeps V8’s code cache beside it', { timeout: 120_000 }, () => {
  it('writes the cache on the first run, reads it on the next and writes nothing, with the same output', () => {
    rmSync(cacheRoot(), { recursive: true, force: true });
    const first = commands.map(run);
    for (const result of first) expect(result.status, result.stderr).toBe(0);
    const written = caches();
    const names = [...written.keys()].map((key) => key.split('/')[1]!);
    expect(names).toContain('cli.cjs.bin');
    expect(names.some((name) => /^chunks\+info\.command-.*\.cjs\.bin$/u.test(name))).toBe(true);
    expect(names.some((name) => /^chunks\+scenario\.command-.*\.cjs\.bin$/u.test(name))).toBe(true);
    expect([...written.keys()].every((key) => key.startsWith(`${process.version}-${process.platform}-${process.arch}/`))).toBe(true);

    const second = commands.map(run);
    expect(second.map((r) => [r.status, r.stdout, r.stderr])).toEqual(first.map((r) => [r.status, r.stdout, r.stderr]));
    expect(caches()).toEqual(written);
  });

  it('compiles around a damaged cache, replaces it, and then reads the new one', () => {
    const expected = commands.map(run);
    const damaged = [...caches().keys()];
    expect(damaged.length).toBeGreaterThan(2);
    for (const key of damaged) writeFileSync(join(cacheRoot(), key), 'not a code cache, cut short by a full disk');
    const after = commands.map(run);
    expect(after.map((r) => [r.status, r.stdout, r.stderr])).toEqual(expected.map((r) => [r.status, r.stdout, r.stderr]));
    for (const key of damaged) expect(readFileSync(join(cacheRoot(), key)).toString('latin1')).not.toContain('not a code cache');
    const replaced = caches();
    commands.forEach(run);
    expect(caches()).toEqual(replaced);
    // Written through temporary files that are all gone.
    expect(readdirSync(join(cacheRoot(), process.version + `-${process.platform}-${process.arch}`)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('runs all the same where the cache cannot be written, and leaves what is there alone', () => {
    const expected = commands.map(run);
    rmSync(cacheRoot(), { recursive: true, force: true });
    // Where the cache's folder should be, a file: no folder can be made there (as in a folder the
    // user may not write to, which a test running as root cannot have).
    writeFileSync(cacheRoot(), 'a file of the same name');
    const after = commands.map(run);
    expect(after.map((r) => [r.status, r.stdout, r.stderr])).toEqual(expected.map((r) => [r.status, r.stdout, r.stderr]));
    expect(readFileSync(cacheRoot(), 'utf8')).toBe('a file of the same name');
    expect(readdirSync(build).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    rmSync(cacheRoot());
  });
});
