#!/usr/bin/env node
// What `npm start` needs before electron-vite starts Electron, checked in this order. Each failure
// is said in a few lines (what is missing, what to do); the tools' own output goes to a log file.
//
//   1. Node.js new enough for Electron's own tooling. The requirement is read from Electron's
//      package.json (`engines.node`, ">= 22.12.0" for Electron 45: its installer loads an ES-module
//      zip extractor with require()), so it is stated once, by Electron.
//   2. Electron's binary, installed by Electron's own installer (node_modules/electron/install.js).
//      The electron package has no install script: the binary is fetched the first time
//      require('electron') runs, and electron-vite never requires it — it only reads path.txt,
//      which the installer writes, and otherwise stops with "Electron uninstall". The installer
//      honours ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, ELECTRON_CUSTOM_FILENAME, electron_config_cache
//      and electron_use_remote_checksums (see docs/electron-shell.md).
//   3. The Electron build of better-sqlite3 (scripts/ensure-electron-native.mjs).
//
// Usage: node scripts/prestart.mjs [--root <project dir>]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronNativeDirName, ensureElectronNative, expectedBuild } from './ensure-electron-native.mjs';

/** "22.12.0" from ">= 22.12.0" or ">=22.12"; null for a range this check does not understand. */
export function minimumFromRange(range) {
  const match = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(String(range ?? ''));
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : null;
}

export function versionAtLeast(version, minimum) {
  const parts = String(version).replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i];
  }
  return true;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Throws a short, actionable message when this Node is older than Electron's tooling needs. */
export function checkNodeForElectron(root, nodeVersion = process.version) {
  const electronPkg = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronPkg)) throw new Error(`Electron is not installed (${electronPkg} is missing). Run "npm install" first.`);
  const { version, engines } = readJson(electronPkg);
  const minimum = minimumFromRange(engines?.node);
  if (minimum && !versionAtLeast(nodeVersion, minimum)) {
    throw new Error(
      `Electron ${version}'s installer and build tools need Node.js ${minimum.join('.')} or later; this is Node.js ${nodeVersion}.\n` +
        `  Install Node.js ${minimum[0]} LTS (nodejs.org, or your package manager) and run "npm start" again.\n` +
        '  The tests and the command line (npm test, npm run andel) also run on Node.js 20.19.',
    );
  }
  return version;
}

/** The executable Electron's installer put in place, or null when it is not (fully) there. */
export function installedElectronPath(root) {
  const dir = join(root, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8');
    const version = readFileSync(join(dir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const executable = join(dir, 'dist', relative);
    return version === readJson(join(dir, 'package.json')).version && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** Runs Electron's own installer; its output goes to `logFile`. Returns the executable's path. */
export function ensureElectronBinary({ root, log = console.log, env = process.env, logFile = join(root, electronNativeDirName, 'electron-install.log') }) {
  const present = installedElectronPath(root);
  if (present) {
    log(`✓ Electron is installed (${present}).`);
    return present;
  }
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  const { version } = readJson(join(root, 'node_modules', 'electron', 'package.json'));
  const source = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || 'github.com/electron/electron releases';
  log(`• Downloading Electron ${version} with Electron's installer (from ${source})…`);
  const result = spawnSync(process.execPath, [installer], { cwd: dirname(installer), env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, `$ node ${installer}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}exit ${result.status}\n`);
  const installed = installedElectronPath(root);
  if (result.status !== 0 || !installed) {
    const firstError = `${result.stderr ?? ''}`.split('\n').find((line) => /error/i.test(line))?.trim();
    throw new Error(
      `Electron ${version} could not be downloaded from ${source}${firstError ? ` (${firstError.slice(0, 200)})` : ''}.\n` +
        '  Check the connection, or point ELECTRON_MIRROR at a mirror your network allows (see docs/electron-shell.md), then run "npm start" again.\n' +
        `  The installer's own output is in ${logFile}.`,
    );
  }
  log(`✓ Electron ${version} installed (${installed}).`);
  return installed;
}

export function prestart({ root, log = console.log, env = process.env, nodeVersion = process.version }) {
  checkNodeForElectron(root, nodeVersion);
  ensureElectronBinary({ root, log, env });
  ensureElectronNative({ root, log, expected: expectedBuild(root) });
}

function main() {
  const argv = process.argv.slice(2);
  const root = argv[0] === '--root' && argv[1] ? resolve(argv[1]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    prestart({ root });
  } catch (error) {
    console.error(`✗ Andel cannot start yet. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
