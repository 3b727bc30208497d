/**
 * A Node.js new enough for Electron 45's tooling (>= 22.12), for the start-path test on machines
 * whose Node is 20. Taken from the npm registry's `node-<platform>-<arch>` package (the binaries the
 * `node` package installs), unpacked once into node_modules/.cache and reused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minimumFromRange, versionAtLeast } from '../../scripts/prestart.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');

export function electronNodeMinimum(): number[] {
  const electronPkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { engines: { node: string } };
  const minimum = minimumFromRange(electronPkg.engines.node);
  if (!minimum) throw new Error(`Electron's engines.node is not a ">= x.y.z" range: ${electronPkg.engines.node}`);
  return minimum;
}

/** Path of a `node` executable that satisfies Electron's engines. */
export function nodeForElectron(): string {
  const minimum = electronNodeMinimum();
  if (versionAtLeast(process.version, minimum)) return process.execPath;
  const cacheDir = join(repoRoot, 'node_modules', '.cache', `andel-node-${minimum[0]}`);
  const binary = join(cacheDir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  const spec = `node-${process.platform}-${process.arch}@${minimum[0]}`;
  const packed = spawnSync('npm', ['pack', spec, '--pack-destination', cacheDir, '--silent'], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack ${spec} failed: ${packed.stderr}`);
  const tarball = readdirSync(cacheDir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${spec} wrote no tarball in ${cacheDir}`);
  const staging = join(cacheDir, 'staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  const unpacked = spawnSync('tar', ['xzf', join(cacheDir, tarball), '-C', staging], { encoding: 'utf8' });
  if (unpacked.status !== 0) throw new Error(`could not unpack ${tarball}: ${unpacked.stderr}`);
  rmSync(join(cacheDir, tarball));
  // Renamed into place last, so an interrupted run never leaves a half-unpacked Node that looks ready.
  renameSync(join(staging, 'package'), join(cacheDir, 'package'));
  rmSync(staging, { recursive: true, force: true });
  return binary;
}
