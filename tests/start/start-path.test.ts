/**
 * The real `npm start` chain on a fresh clone, with nothing downloaded from the internet:
 * Electron's own installer fetches a stand-in Electron archive from a local mirror
 * (ELECTRON_MIRROR), prebuild-install fetches a stand-in Electron build of better-sqlite3 from a
 * local host (npm_config_better_sqlite3_binary_host), and electron-vite builds main and preload,
 * starts the renderer's dev server and launches the stand-in, which records how it was started.
 *
 * What stays untested here (no Electron binary or headers can be had on the build machines): the
 * real Electron window, and node-gyp compiling better-sqlite3 against Electron's headers (the
 * fallback when no prebuilt binary can be fetched; its command line is unit-tested with the tool
 * stubbed in tests/main/native).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeForElectron } from '../helpers/node-for-electron';
import { storedZip } from '../helpers/stored-zip';
import { createTempDir } from '../helpers/temp-dir';

const repoRoot = resolve(import.meta.dirname, '../..');
const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const sqliteVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string }).version;
const platformArch = `${process.platform}-${process.arch}`;
const electronZipName = `electron-v${electronVersion}-${platformArch}.zip`;
/** What the stand-in Electron build of better-sqlite3 holds, to recognise it where it lands. */
const standInBinding = Buffer.from('stand-in better_sqlite3.node for Electron\n');

/** The stand-in for Electron's executable: records its arguments, folder and the dev server URL, then exits 0. */
const standInElectron = `#!/bin/sh
node -e 'require("fs").writeFileSync(process.env.ANDEL_STANDIN_RECORD, JSON.stringify({ argv: process.argv.slice(1), cwd: process.cwd(), rendererUrl: process.env.ELECTRON_RENDERER_URL || null }))' -- "$@"
`;

interface Mirror {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A local stand-in for Electron's release mirror and better-sqlite3's prebuilt host. */
async function startMirror(files: ReadonlyMap<string, Buffer>): Promise<Mirror> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const body = files.get(path);
    if (!body) {
      response.writeHead(404).end('not here');
      return;
    }
    response.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

/** A gzipped tar holding build/Release/better_sqlite3.node, as better-sqlite3's prebuilt archives do. */
function standInPrebuiltTarball(work: string): Buffer {
  const dir = join(work, 'prebuilt');
  mkdirSync(join(dir, 'build', 'Release'), { recursive: true });
  writeFileSync(join(dir, 'build', 'Release', 'better_sqlite3.node'), standInBinding);
  const tarball = join(work, 'prebuilt.tar.gz');
  const packed = spawnSync('tar', ['czf', tarball, '-C', dir, 'build'], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(packed.stderr);
  return readFileSync(tarball);
}

/** A fresh clone of the committed tree, with this checkout's installed packages hard-linked in (as `npm ci` would lay them out), minus anything Electron's installer writes. */
function freshClone(work: string): string {
  const clone = join(work, 'clone');
  const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], { encoding: 'utf8' });
  if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
  const linked = spawnSync('cp', ['-al', join(repoRoot, 'node_modules'), join(clone, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) cpSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), { recursive: true });
  for (const written of ['path.txt', 'dist']) rmSync(join(clone, 'node_modules', 'electron', written), { recursive: true, force: true });
  rmSync(join(clone, 'node_modules', '.cache'), { recursive: true, force: true });
  return clone;
}

interface Run {
  readonly status: number | null;
  readonly output: string;
}

function npmStart(clone: string, node: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn('npm', ['start'], {
      cwd: clone,
      env: { ...process.env, ...env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolveRun({ status, output }));
  });
}

describe('npm start on a fresh clone, against a local Electron mirror', () => {
  const work = createTempDir('andel-start-');
  let node: string;
  let mirror: Mirror;
  /** The clone the first test started, with Electron and its native build in place. */
  let started: string | undefined;

  beforeAll(async () => {
    node = nodeForElectron();
    const zip = storedZip([
      { name: 'electron', data: Buffer.from(standInElectron), mode: 0o755 },
      { name: 'version', data: Buffer.from(`v${electronVersion}`) },
    ]);
    const tarball = standInPrebuiltTarball(work.path);
    const files = new Map<string, Buffer>([
      [`/v${electronVersion}/${electronZipName}`, zip],
      [`/v${electronVersion}/SHASUMS256.txt`, Buffer.from(`${sha256(zip)} *${electronZipName}\n`)],
    ]);
    // prebuild-install names the archive by Electron's ABI; serve it under every ABI name it may ask for.
    for (let abi = 100; abi < 200; abi += 1) {
      files.set(`/v${sqliteVersion}/better-sqlite3-v${sqliteVersion}-electron-v${abi}-${platformArch}.tar.gz`, tarball);
    }
    mirror = await startMirror(files);
  }, 300_000);

  afterAll(async () => {
    await mirror?.close();
    work.remove();
  });

  it('installs Electron through its own installer, the native build through prebuild-install, and launches Electron on out/main', async () => {
    const clone = freshClone(work.path);
    started = clone;
    const record = join(work.path, 'launched.json');
    const run = await npmStart(clone, node, {
      ELECTRON_MIRROR: `${mirror.url}/`,
      electron_config_cache: join(work.path, 'electron-cache'),
      electron_use_remote_checksums: '1',
      npm_config_better_sqlite3_binary_host: mirror.url,
      npm_config_cache: join(work.path, 'npm-cache'),
      ANDEL_STANDIN_RECORD: record,
    });
    expect(run.status, run.output).toBe(0);

    // Electron's installer fetched the archive and its checksums from the mirror, and wrote path.txt.
    expect(mirror.requests).toContain(`/v${electronVersion}/${electronZipName}`);
    expect(mirror.requests).toContain(`/v${electronVersion}/SHASUMS256.txt`);
    expect(readFileSync(join(clone, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
    // prebuild-install fetched the Electron build of better-sqlite3, and it landed beside (not over) the Node build.
    expect(mirror.requests.some((path) => path.startsWith(`/v${sqliteVersion}/better-sqlite3-v${sqliteVersion}-electron-v`))).toBe(true);
    const nativeDir = join(clone, '.electron-native', electronVersion);
    expect(readFileSync(join(nativeDir, 'better_sqlite3.node'))).toEqual(standInBinding);
    expect((JSON.parse(readFileSync(join(nativeDir, 'build.json'), 'utf8')) as { method: string }).method).toBe('prebuild-install');
    expect(readFileSync(join(clone, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toEqual(readFileSync(join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')));

    // electron-vite built main and launched the stand-in with the project, whose main entry is out/main.
    const launched = JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; cwd: string; rendererUrl: string | null };
    expect(launched.cwd).toBe(clone);
    expect(launched.argv[0]).toBe('.');
    const main = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { main: string }).main;
    expect(resolve(clone, main)).toBe(join(clone, 'out', 'main', 'index.js'));
    expect(existsSync(join(clone, 'out', 'main', 'index.js'))).toBe(true);
    expect(existsSync(join(clone, 'out', 'preload', 'index.cjs'))).toBe(true);
    expect(launched.rendererUrl).toMatch(/^http:\/\/localhost:\d+\/?$/);
    // The user read our lines, not the tools' output.
    expect(run.output).not.toMatch(/gyp ERR|npm ERR|\n\s+at /);
  }, 600_000);

  it('packages the started app as the installers lay it out: the archive, and the Electron build of better-sqlite3 beside it', async () => {
    // electron-builder's unpacked Linux target, with the Electron that the installer put in place
    // (the stand-in) as its Electron: the same layout the AppImage and deb wrap.
    const clone = started;
    expect(clone, 'the first test starts the clone').toBeDefined();
    const builder = await new Promise<Run>((resolveRun, reject) => {
      const child = spawn(node, [join(clone!, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '-c', 'electron-builder.config.mjs', `-c.electronDist=${join(clone!, 'node_modules/electron/dist')}`], {
        cwd: clone,
        env: { ...process.env, CI: 'true', ELECTRON_BUILDER_CACHE: join(work.path, 'builder-cache') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolveRun({ status, output }));
    });
    expect(builder.status, builder.output).toBe(0);
    const unpacked = join(clone!, 'dist', 'installers', 'linux-unpacked');
    expect(existsSync(join(unpacked, 'andel'))).toBe(true);
    expect(readFileSync(join(unpacked, 'resources', 'native', 'better_sqlite3.node'))).toEqual(standInBinding);
    // The PDFs' embedded font, where the installed app's pdf-writer looks for it, with its licence.
    for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE-DejaVu.txt']) {
      expect(readFileSync(join(unpacked, 'resources', 'fonts', font))).toEqual(readFileSync(join(repoRoot, 'resources', 'fonts', font)));
    }
    const { listPackage } = await import('@electron/asar');
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    for (const needed of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/resources/demo/demo-workspace.json', '/node_modules/better-sqlite3/lib/index.js', '/node_modules/exceljs/package.json']) {
      expect(files).toContain(needed);
    }
    // Sources, tests and better-sqlite3's Node build stay out of the installed app.
    expect(files.filter((file) => file.startsWith('/src/') || file.startsWith('/tests/') || file.startsWith('/node_modules/better-sqlite3/build/'))).toEqual([]);
  }, 600_000);

  it('says in a few lines what is missing when Electron cannot be downloaded', async () => {
    const clone = freshClone(work.path + '-nomirror');
    const run = await npmStart(clone, node, {
      ELECTRON_MIRROR: `${mirror.url}/nothing-here/`,
      electron_config_cache: join(work.path, 'electron-cache-empty'),
      electron_use_remote_checksums: '1',
      npm_config_cache: join(work.path, 'npm-cache'),
      ANDEL_STANDIN_RECORD: join(work.path, 'not-launched.json'),
    });
    expect(run.status).not.toBe(0);
    const ours = run.output.split('\n').filter((line) => /Andel cannot start|ELECTRON_MIRROR|installer's own output/.test(line));
    expect(ours.length).toBeGreaterThanOrEqual(3);
    expect(run.output).toMatch(new RegExp(`Electron ${electronVersion.replace(/\./g, '\\.')} could not be downloaded`));
    expect(run.output).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work.path, 'not-launched.json'))).toBe(false);
    rmSync(work.path + '-nomirror', { recursive: true, force: true });
  }, 600_000);
});
