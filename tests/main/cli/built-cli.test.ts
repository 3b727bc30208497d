/**
 * The built `andel` command as a new user meets it: the bin, --version, relative paths from the
 * caller's folder, plain words for file errors, output folders never created, exit code 2 for a bad
 * option value, each command loading only its own code, no devDependency at run time, and `batch`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAndel, sharedCliBuild, type CliResult } from '../../helpers/cli';
import { readValues } from '../../helpers/libreoffice';
import { createTempDir, useTempDirs } from '../../helpers/temp-dir';
import { demoDocumentPath, repoRoot } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();
const andel = (args: string[], cwd?: string, env: NodeJS.ProcessEnv = {}): CliResult => runAndel(args, { ANDEL_DEBUG: '', ANDEL_LANG: 'en', ...env }, cwd);

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; dependencies: Record<string, string> };

/** One demo workspace for the tests that only read it or write exports beside it. */
const shared = createTempDir();
const demo = shared.file('demo.andel');
beforeAll(() => {
  const made = andel(['demo', demo]);
  expect(made.status, made.stderr).toBe(0);
});
afterAll(() => shared.remove());

describe('the built andel command', { timeout: 120_000 }, () => {
  it('is the package bin, prints its version, and a missing build says how to make it', () => {
    expect(pkg.bin.andel).toBe('bin/andel.mjs');
    const version = andel(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);

    // The bin in a copy of the package without out/cli/.
    const dir = tempDir();
    mkdirSync(join(dir.path, 'bin'));
    cpSync(join(repoRoot, 'bin/andel.mjs'), join(dir.path, 'bin/andel.mjs'));
    const missing = spawnSync(process.execPath, [join(dir.path, 'bin/andel.mjs'), 'info', demo], { encoding: 'utf8' });
    expect(missing.status).toBe(70);
    expect(missing.stderr).toContain('has not been built');
    expect(missing.stderr).toContain('npm run build:cli');
  });

  it("resolves relative paths against the caller's folder, and under npm run against INIT_CWD", () => {
    const dir = tempDir();
    const made = andel(['export-json', demo, '--out', 'relative.json'], dir.path);
    expect(made.status, made.stderr).toBe(0);
    expect(dir.list()).toEqual(['relative.json']);

    // npm run starts in the project folder and says where the user was in INIT_CWD.
    const other = tempDir();
    const viaNpm = andel(['export-json', demo, '--out', 'npm.json'], repoRoot, { npm_lifecycle_event: 'andel', INIT_CWD: other.path });
    expect(viaNpm.status, viaNpm.stderr).toBe(0);
    expect(other.list()).toEqual(['npm.json']);
    expect(existsSync(join(repoRoot, 'npm.json'))).toBe(false);
  });

  it('says file errors in words, never creates an output folder, and a bad option value exits with 2', () => {
    const dir = tempDir();
    const folderAsFile = andel(['export-json', demo, '--out', dir.path]);
    expect(folderAsFile.status).toBe(1);
    expect(folderAsFile.stderr).toContain('it is a folder');
    expect(folderAsFile.stderr).not.toMatch(/EISDIR|ENOENT|EACCES/u);

    const noSource = andel(['import-json', dir.file('x.andel'), '--from', dir.file('missing.json')]);
    expect(noSource.status).toBe(1);
    expect(noSource.stderr).toContain('does not exist');
    expect(noSource.stderr).not.toMatch(/ENOENT/u);

    const annexArgs = ['annex', demo, '--cooperation', 'skaraborg', '--scenario', '2017', '--lang', 'sv'];
    const noFolder = andel([...annexArgs, '--out', dir.file('sub/annex.xlsx')]);
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr).toContain('finns inte; ingenting skrevs. Skapa den först.'); // in --lang sv
    expect(dir.list()).toEqual([]);

    const badLang = andel(['annex', demo, '--cooperation', 'skaraborg', '--scenario', '2017', '--lang', 'de', '--out', dir.file('a.xlsx')]);
    expect(badLang.status).toBe(2);
    expect(badLang.stderr).toContain('--lang');
    const badFormat = andel(['decisions', demo, '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(andel(['nonsense']).status).toBe(2);
    expect(dir.list()).toEqual([]);
  });

  it('loads a command only when it is run: info reaches neither exceljs nor the other commands; only dependencies stay outside', () => {
    const entry = sharedCliBuild();
    const folder = dirname(entry);
    const main = join(folder, 'cli.cjs');
    // The build's modules are CommonJS (launch.ts runs them from V8's code cache): a chunk is loaded
    // at once by a require, or later by a require inside `Promise.resolve().then(() => …)`, esbuild's
    // form of import().
    const dynamicAt = (text: string): Set<number> => new Set([...text.matchAll(/Promise\.resolve\(\)\.then\(\(\) => (?:__toESM\()?(require\("[^"]+"\))/gu)].map((m) => m.index + m[0].length - m[1]!.length));
    const requires = (file: string): { spec: string; dynamic: boolean }[] => {
      const text = readFileSync(file, 'utf8');
      const dynamic = dynamicAt(text);
      return [...text.matchAll(/require\("([^"]+)"\)/gu)].map((m) => ({ spec: m[1]!, dynamic: dynamic.has(m.index) }));
    };
    /** Every module `file` loads before it runs (its requires outside import(), followed through the chunks). */
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      for (const { spec } of requires(file).filter((r) => !r.dynamic)) {
        const key = spec.startsWith('.') ? resolve(dirname(file), spec) : spec;
        if (seen.has(key)) continue;
        seen.add(key);
        if (spec.startsWith('.')) closure(key, seen);
      }
      return seen;
    };
    const commandChunks = requires(main).filter((r) => r.dynamic && /\.command-/u.test(r.spec));
    expect(commandChunks.length).toBeGreaterThan(10);
    const infoChunk = commandChunks.map((r) => resolve(folder, r.spec)).find((path) => /info\.command/u.test(path));
    expect(infoChunk).toBeDefined();
    const loadedByInfo = [main, ...closure(main), infoChunk!, ...closure(infoChunk!)];
    // exceljs is bundled into a chunk of its own (build-cli.mjs): its CommonJS wrappers name its files.
    const withExceljs = readdirSync(join(folder, 'chunks')).filter((name) => readFileSync(join(folder, 'chunks', name), 'utf8').includes('node_modules/exceljs/'));
    expect(withExceljs.length).toBeGreaterThan(0);
    expect(loadedByInfo.filter((spec) => spec === 'exceljs' || withExceljs.some((name) => spec.endsWith(name)))).toEqual([]);
    expect(loadedByInfo.filter((spec) => /\.command-/u.test(spec) && !/info\.command/u.test(spec))).toEqual([]);

    // Run time needs only the package's dependencies (and Node's own modules).
    const files = [main, ...readdirSync(join(folder, 'chunks')).map((name) => join(folder, 'chunks', name))];
    const bare = new Set(files.flatMap((file) => requires(file).map((r) => r.spec)).filter((spec) => !spec.startsWith('.')));
    const packageOf = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    const outside = [...bare].filter((spec) => !spec.startsWith('node:') && !builtinModules.includes(spec) && !(packageOf(spec) in pkg.dependencies));
    expect(outside).toEqual([]);
  });
});

describe('andel batch', { timeout: 240_000 }, () => {
  it('writes the annex of every scenario of a cooperation in one run, each a workbook named after its scenario', async () => {
    const dir = tempDir();
    const document = JSON.parse(readFileSync(demoDocumentPath, 'utf8')) as { cooperations: { id: number; name: string }[]; scenarios: { cooperationId: number; name: string }[] };
    const sambruk = document.cooperations.find((c) => c.name === 'Föreningen Sambruk')!;
    const expected = document.scenarios.filter((s) => s.cooperationId === sambruk.id).map((s) => `${s.name}.xlsx`).sort();
    expect(expected.length).toBeGreaterThan(1);

    const run = andel(['batch', 'annex', demo, '--cooperation', 'Föreningen Sambruk', '--all', '--lang', 'sv', '--out-dir', dir.path]);
    expect(run.status, run.stderr).toBe(0);
    expect(dir.list()).toEqual(expected);
    // The command's lines follow --lang: "Skrev bilagan" is Swedish for "Wrote the annex".
    expect(run.stdout.match(/^Skrev bilagan/gmu)?.length).toBe(expected.length);
    for (const name of expected) {
      const sheets = await readValues(dir.file(name));
      expect(Object.keys(sheets).length, name).toBeGreaterThan(1);
    }
    // Nothing is replaced without --force: the second run refuses before writing anything.
    const again = andel(['batch', 'annex', demo, '--cooperation', 'Föreningen Sambruk', '--all', '--lang', 'sv', '--out-dir', dir.path]);
    expect(again.status).toBe(1);
    // In the language of --lang: the messages follow the export's language.
    expect(again.stderr).toContain('finns redan; ingenting skrevs');
  });

  it('takes the scenarios from a list file for invoicing bases, and refuses a missing folder, a bad kind and --all with --list', () => {
    const dir = tempDir();
    const out = join(dir.path, 'out');
    mkdirSync(out);
    writeFileSync(dir.file('list.txt'), '# this year\nSambruk årsavgifter 2026, enskilt medlemskap\n\n');
    const run = andel(['batch', 'invoicing', demo, '--cooperation', 'sambruk', '--list', dir.file('list.txt'), '--lang', 'en', '--out-dir', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['Sambruk årsavgifter 2026, enskilt medlemskap - invoicing.xlsx']);

    const noFolder = andel(['batch', 'annex', demo, '--cooperation', 'sambruk', '--all', '--lang', 'en', '--out-dir', dir.file('missing')]);
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr).toContain('not an existing folder');
    expect(existsSync(dir.file('missing'))).toBe(false);
    expect(andel(['batch', 'budget', demo, '--cooperation', 'sambruk', '--all', '--lang', 'en', '--out-dir', out]).status).toBe(2);
    // In the user's language: the catalogue's words, in --lang.
    const swedish = andel(['batch', 'budget', demo, '--cooperation', 'sambruk', '--all', '--lang', 'sv', '--out-dir', out]);
    expect(swedish.stderr).toContain('"budget" är ingen sorts körning; använd annex eller invoicing');
    const norwegian = andel(['batch', 'annex', demo, '--cooperation', 'sambruk', '--all', '--lang', 'nb', '--out-dir', dir.file('missing')]);
    expect(norwegian.status).toBe(1);
    expect(norwegian.stderr).toContain('er ikke en eksisterende mappe; ingenting ble skrevet');
    expect(andel(['batch', 'annex', demo, '--cooperation', 'sambruk', '--all', '--list', dir.file('list.txt'), '--lang', 'en', '--out-dir', out]).status).toBe(2);
  });
});
