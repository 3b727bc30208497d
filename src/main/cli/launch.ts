/**
 * The built command line's entry, out/cli/andel.mjs (scripts/build-cli.mjs). It runs the command
 * line's modules (out/cli/cli.cjs and the chunks it loads) with V8's code cache: the bytecode V8
 * compiled for each module the last time, kept in out/cli/.code-cache/ beside them. A one-off command
 * otherwise spends a good part of its CPU compiling the same functions on every run (Node 20 has no
 * compile cache of its own for files; Node 22's module.enableCompileCache does this job).
 *
 * - A module's cache is written when the process ends, after the command ran, so it holds the
 *   functions that command needed, and only when it had none or V8 refused the one there (another
 *   Node, other flags, a rebuilt module): a later run reads it and writes nothing.
 * - V8 checks a cache before using it (its version, the flags, the source's length) and compiles from
 *   the source when it does not fit, so a stale or foreign cache costs time, never a wrong result.
 * - Written to a temporary file and renamed, so two commands at once never read half a cache. In a
 *   folder the user may not write to (an installation shared by many), nothing is kept.
 * - Only the build's own modules, by relative path; packages and Node's modules load as usual.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// A command runs for a fraction of a second. V8 tiers up every function that has run a little to its
// optimising compiler, on background threads, and for a one-off annex that costs more CPU than it saves
// (0.6 s → 0.4 s for a 358 × 10 annex; a batch of 20 also uses less). A budget 60 times the default
// leaves optimising to the really hot loops (a batch, a large consortium). Set before the first module
// is compiled: V8 keeps a cache only for the flags it was made with.
setFlagsFromString('--interrupt-budget=4000000');

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(here, '.code-cache', `${process.version}-${process.platform}-${process.arch}`);

interface LoadedModule {
  exports: unknown;
}

const modules = new Map<string, LoadedModule>();
/** Modules compiled without a cache that fits: their caches are written at exit. */
const toCache: { script: Script; file: string }[] = [];

function cacheFileOf(file: string): string {
  return join(cacheDir, `${relative(here, file).replaceAll(/[\\/]/gu, '+')}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
}

/** Loads a module of the build (CommonJS, as esbuild wrote it), from V8's cache when it has one. */
function load(file: string): unknown {
  const known = modules.get(file);
  if (known) return known.exports;
  const module: LoadedModule = { exports: {} };
  modules.set(file, module);
  const cachedData = readCache(file);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) toCache.push({ script, file });
  const nodeRequire = createRequire(file);
  const moduleRequire = Object.assign((specifier: string): unknown => (specifier.startsWith('./') || specifier.startsWith('../') ? load(resolve(dirname(file), specifier)) : nodeRequire(specifier)), {
    resolve: nodeRequire.resolve,
    cache: nodeRequire.cache,
  });
  const run = script.runInThisContext() as (exports: unknown, require: unknown, module: LoadedModule, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, moduleRequire, module, file, dirname(file));
  return module.exports;
}

/** Keeps the caches of the modules that had none; quietly nothing where the folder cannot be written. */
function writeCaches(): void {
  if (toCache.length === 0) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
  } catch {
    return; // A folder the user may not write to.
  }
  for (const { script, file } of toCache) {
    const target = cacheFileOf(file);
    const temporary = join(cacheDir, `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, target);
    } catch {
      quietly(() => rmSync(temporary, { force: true }));
    }
  }
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // Only a cache: the command's outcome does not depend on it.
  }
}

process.once('exit', writeCaches);
load(join(here, 'cli.cjs'));
