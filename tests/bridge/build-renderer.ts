/**
 * Builds only the renderer, the way electron-vite's renderer section does (same root, base './',
 * React plugin), into a folder of the caller's choosing. The tests build here rather than with
 * `electron-vite build`, which also builds main and preload and so fails whenever either is
 * mid-work, and whose out/renderer another test run may be rewriting at the same moment.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../..');

export async function buildRenderer(outDir: string): Promise<string> {
  // The production build the app ships, whoever asks: vitest sets NODE_ENV=test, and Vite and the
  // React plugin would then build React's development runtime (jsxDEV, owner stacks), which made the
  // browser tests spend most of their CPU in checks the shipped app never runs.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await viteBuild(outDir);
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}

async function viteBuild(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(repoRoot, 'src/renderer'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // Readable stack traces when a browser test fails.
      sourcemap: true,
      rollupOptions: { input: resolve(repoRoot, 'src/renderer/index.html') },
    },
  });
}

/**
 * What the renderer build is made of: every file under these folders and these files. A change to
 * any of them gives another build; the same sources reuse the build.
 */
const rendererInputs = { folders: ['src/renderer', 'src/shared', 'src/preload'], files: ['package-lock.json', 'tests/bridge/build-renderer.ts', 'tsconfig.web.json', 'tsconfig.base.json'] };

function listFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** A hash of the renderer's sources (paths and contents). */
export function rendererSourceHash(): string {
  const hash = createHash('sha256');
  const files = [...rendererInputs.folders.flatMap((folder) => listFiles(resolve(repoRoot, folder))), ...rendererInputs.files.map((file) => resolve(repoRoot, file))].sort();
  for (const file of files) {
    hash.update(relative(repoRoot, file)).update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : Buffer.alloc(0)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The renderer built once for its current sources and shared by every test file and run that
 * needs it (node_modules/.cache/andel-renderer/<hash>/), instead of one build per e2e file. The
 * first process to need a build makes it under a lock (an atomic mkdir); the others wait for it.
 * A build is put in place by a rename, so a half-built folder is never used.
 */
export async function sharedRendererBuild(): Promise<string> {
  const cache = resolve(repoRoot, 'node_modules/.cache/andel-renderer');
  const hash = rendererSourceHash();
  const ready = join(cache, hash);
  const lock = join(cache, `${hash}.building`);
  mkdirSync(cache, { recursive: true });
  // Bounded by count: a build that never finishes is taken over after this many waits.
  for (let attempt = 0; attempt < 2_400; attempt += 1) {
    if (existsSync(join(ready, 'index.html'))) return ready;
    try {
      mkdirSync(lock);
    } catch {
      // Another process is building: wait, unless its lock is stale (its process is gone).
      const owner = Number(readFileSafe(join(lock, 'pid')));
      if (owner > 0 && !processAlive(owner)) rmSync(lock, { recursive: true, force: true });
      await new Promise((wake) => setTimeout(wake, 250));
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      const staging = join(cache, `${hash}.${process.pid}.staging`);
      await buildRenderer(staging);
      rmSync(ready, { recursive: true, force: true });
      renameSync(staging, ready);
      pruneOldBuilds(cache, hash);
      return ready;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`the shared renderer build in ${ready} did not appear`);
}

/** Keeps the newest few builds (a run that started before a change may still be using one). */
function pruneOldBuilds(cache: string, keep: string): void {
  const builds = readdirSync(cache, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{16}$/u.test(entry.name) && entry.name !== keep)
    .map((entry) => ({ path: join(cache, entry.name), mtime: statSync(join(cache, entry.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(4)) rmSync(old.path, { recursive: true, force: true });
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
