#!/usr/bin/env node
// Makes sure an Electron build of better-sqlite3 exists, beside (not instead of) the Node build.
//
// Why: better-sqlite3 is a native addon and Electron's ABI differs from Node's. node_modules keeps
// the Node build (tests, CLI); this script, run by `npm start` (prestart), writes
//   .electron-native/<electron-version>/better_sqlite3.node   (+ build.json)
// which src/main/native/native-binding.ts hands to better-sqlite3 as `nativeBinding` under
// Electron. Keep the layout in step with that module.
//
// How: in a temporary copy of the better-sqlite3 package (so node_modules is never touched),
//   1. prebuild-install --runtime electron --target <version>   (downloads a prebuilt binary), else
//   2. node-gyp rebuild --target=<version> --dist-url=https://electronjs.org/headers (compiles;
//      needs a C++ toolchain and Python, as for any native module).
// Exits 0 at once when a matching build is already there.
//
// Usage: node scripts/ensure-electron-native.mjs [--root <project dir>] [--force]

import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const electronNativeDirName = '.electron-native';
export const bindingFileName = 'better_sqlite3.node';
export const manifestFileName = 'build.json';

const packageJson = (root, name) => join(root, 'node_modules', name, 'package.json');

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** What the Electron build must match: rebuilt when Electron, better-sqlite3 or the machine changes. */
export function expectedBuild(root, platform = process.platform, arch = process.arch) {
  const electronPkg = packageJson(root, 'electron');
  const sqlitePkg = packageJson(root, 'better-sqlite3');
  if (!existsSync(electronPkg)) throw new Error(`Electron is not installed (${electronPkg} is missing). Run "npm install" first.`);
  if (!existsSync(sqlitePkg)) throw new Error(`better-sqlite3 is not installed (${sqlitePkg} is missing). Run "npm install" first.`);
  return {
    electron: String(readJson(electronPkg).version),
    betterSqlite3: String(readJson(sqlitePkg).version),
    platform,
    arch,
  };
}

export function electronNativeDir(root, electronVersion) {
  return join(root, electronNativeDirName, electronVersion);
}

/** True when the binary exists and its manifest says it was built for exactly `expected`. */
export function isBuildPresent(root, expected) {
  const dir = electronNativeDir(root, expected.electron);
  if (!existsSync(join(dir, bindingFileName)) || !existsSync(join(dir, manifestFileName))) return false;
  try {
    const manifest = readJson(join(dir, manifestFileName));
    return ['electron', 'betterSqlite3', 'platform', 'arch'].every((key) => manifest[key] === expected[key]);
  } catch {
    return false;
  }
}

/** Where the tools' own output goes: a user reads a few lines of ours, not pages of gyp ERR!. */
export function toolLogPath(root) {
  return join(root, electronNativeDirName, 'tools.log');
}

/**
 * Runs a Node script synchronously; its output is appended to `options.logFile` (or dropped when
 * none is given), never printed. Returns true on exit code 0.
 */
function runNode(script, args, options) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    appendFileSync(options.logFile, `\n$ node ${[script, ...args].join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}exit ${result.status}\n`);
  }
  return result.status === 0;
}

/**
 * node-gyp is not a dependency of better-sqlite3; npm ships it and passes its path to scripts as
 * npm_config_node_gyp. Outside npm, look in the project and then beside the running npm.
 */
export function findNodeGyp(root, env = process.env) {
  const candidates = [env.npm_config_node_gyp];
  try {
    candidates.push(createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed in the project
  }
  const prefix = dirname(dirname(process.execPath));
  candidates.push(
    join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

/** The real build: prebuilt download first, compilation second. Returns the built binary's path. */
export function buildInTempCopy({ root, expected, log, run = runNode, env = process.env, logFile = toolLogPath(root) }) {
  const source = dirname(packageJson(root, 'better-sqlite3'));
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, `Building better-sqlite3 ${expected.betterSqlite3} for Electron ${expected.electron} (${expected.platform}-${expected.arch})\n`);
  const work = mkdtempSync(join(tmpdir(), 'andel-electron-native-'));
  const copy = join(work, 'better-sqlite3');
  try {
    // A copy, without its Node build, so the Node build in node_modules is never replaced.
    const skipped = [join(source, 'build'), join(source, 'node_modules')];
    cpSync(source, copy, { recursive: true, filter: (path) => !skipped.some((dir) => path === dir || path.startsWith(`${dir}${sep}`)) });
    const built = join(copy, 'build', 'Release', bindingFileName);
    // npm passes user config (e.g. nodedir=/usr, runtime, target) to scripts as npm_config_*; any of
    // these would make the tools build against Node's headers, so the child gets none of them.
    const childEnv = Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)));

    log(`• Trying a prebuilt better-sqlite3 ${expected.betterSqlite3} for Electron ${expected.electron} (${expected.platform}-${expected.arch})…`);
    const prebuildInstall = createRequire(join(root, 'package.json')).resolve('prebuild-install/bin.js');
    const prebuilt = run(prebuildInstall, ['--runtime=electron', `--target=${expected.electron}`, `--arch=${expected.arch}`, `--platform=${expected.platform}`, '--verbose'], { cwd: copy, env: childEnv, log, logFile });
    if (prebuilt && existsSync(built)) return { path: built, method: 'prebuild-install', cleanup: () => rmSync(work, { recursive: true, force: true }) };

    log('• No prebuilt binary could be fetched; compiling with node-gyp against Electron\'s headers (a few minutes)…');
    const nodeGyp = findNodeGyp(root, env);
    if (!nodeGyp) throw new Error('node-gyp was not found (npm normally ships it). Install it with "npm install -g node-gyp" and run "npm start" again.');
    const compiled = run(
      nodeGyp,
      ['rebuild', '--release', `--target=${expected.electron}`, `--arch=${expected.arch}`, '--dist-url=https://electronjs.org/headers', `--devdir=${join(homedir(), '.electron-gyp')}`],
      { cwd: copy, env: childEnv, log, logFile },
    );
    if (compiled && existsSync(built)) return { path: built, method: 'node-gyp', cleanup: () => rmSync(work, { recursive: true, force: true }) };
    throw new Error(
      'Neither a prebuilt binary nor a local compilation worked. A download needs access to github.com (prebuilt) or electronjs.org (headers); ' +
        'compiling needs Python 3 and a C++ toolchain (build-essential on Debian/Ubuntu, Xcode command line tools on macOS, Visual Studio Build Tools on Windows). ' +
        `The tools' own output is in ${logFile}.`,
    );
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Ensures the Electron build exists. `build` is injectable so tests never download or compile.
 * Returns what happened: 'present' (nothing to do) or 'built'.
 */
export function ensureElectronNative({ root, force = false, log = console.log, build = buildInTempCopy, expected = expectedBuild(root) }) {
  const dir = electronNativeDir(root, expected.electron);
  const target = join(dir, bindingFileName);
  if (!force && isBuildPresent(root, expected)) {
    log(`✓ better-sqlite3 for Electron ${expected.electron} is ready (${target}).`);
    return { status: 'present', path: target };
  }
  log(`Building better-sqlite3 ${expected.betterSqlite3} for Electron ${expected.electron}; the Node build in node_modules stays as it is.`);
  const result = build({ root, expected, log });
  try {
    mkdirSync(dir, { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written binary that looks ready.
    copyFileSync(result.path, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    writeFileSync(join(dir, manifestFileName), `${JSON.stringify({ ...expected, method: result.method }, null, 2)}\n`);
  } finally {
    result.cleanup?.();
  }
  log(`✓ better-sqlite3 for Electron ${expected.electron} built with ${result.method} (${target}).`);
  return { status: 'built', path: target };
}

function parseArgs(argv) {
  const args = { root: resolve(dirname(fileURLToPath(import.meta.url)), '..'), force: false };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--force') args.force = true;
    else if (argv[index] === '--root' && argv[index + 1]) args.root = resolve(argv[++index]);
    else throw new Error(`Unknown argument: ${argv[index]}. Usage: ensure-electron-native.mjs [--root <dir>] [--force]`);
  }
  return args;
}

function main() {
  try {
    const { root, force } = parseArgs(process.argv.slice(2));
    ensureElectronNative({ root, force });
  } catch (error) {
    console.error(`✗ Could not prepare better-sqlite3 for Electron: ${error instanceof Error ? error.message : String(error)}`);
    console.error('  Andel needs this to open workspaces inside the app. Tests and the CLI (plain Node) are not affected.');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
