/**
 * The `andel` command line as a user runs it: the BUILT command (scripts/build-cli.mjs, the same
 * bundle `npm run build:cli` makes) in a child Node process, from the repository root, waited for.
 * The build is made once per state of the sources and shared by every test file and worker: it
 * lives in node_modules/.cache/andel-cli/<hash of the sources>/ and is built (about a second) only
 * when no build of these sources exists yet.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { repoRoot } from './workspace-fixtures';

/** What the CLI bundle is made of: a change to any of these gives another build. */
const cliInputs = { folders: ['src/main', 'src/shared', 'resources/reference'], files: ['package.json', 'scripts/build-cli.mjs'] };

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}

/** A hash of the CLI's sources (paths and contents). */
export function cliSourceHash(): string {
  const hash = createHash('sha256');
  const files = [...cliInputs.folders.flatMap((folder) => listFiles(resolve(repoRoot, folder))), ...cliInputs.files.map((file) => resolve(repoRoot, file))].sort();
  for (const file of files) hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

let built: string | undefined;

/** The entry of a build of the current sources, building it first when there is none. Shared by all test files. */
export function sharedCliBuild(): string {
  if (built) return built;
  const cache = resolve(repoRoot, 'node_modules/.cache/andel-cli');
  const folder = join(cache, cliSourceHash());
  const entry = join(folder, 'andel.mjs');
  if (!existsSync(entry)) {
    mkdirSync(cache, { recursive: true });
    const temp = `${folder}.${process.pid}.build`;
    const result = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/build-cli.mjs'), '--outdir', temp, '--quiet'], { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stderr}`);
    try {
      renameSync(temp, folder);
    } catch {
      // Another worker built the same sources first: use that one.
      rmSync(temp, { recursive: true, force: true });
    }
  }
  built = entry;
  return entry;
}

export interface CliResult {
  status: number | null;
  /** The signal that ended the command (the fault-injection tests kill it with SIGKILL). */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `andel <args>` (the built command). `env`, when given, is set on top of this process's
 * environment (e.g. `{ ANDEL_DEBUG: '' }` for errors without a stack); without it the CLI inherits
 * the environment. `cwd` defaults to the repository root.
 */
export function runAndel(args: readonly string[], env?: NodeJS.ProcessEnv, cwd: string = repoRoot): CliResult {
  const result = spawnSync(process.execPath, [sharedCliBuild(), ...args], {
    cwd,
    encoding: 'utf8',
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
