/**
 * Builds only the renderer, the way electron-vite's renderer section does (same root, base './',
 * React plugin), into a folder of the caller's choosing. The tests build here rather than with
 * `electron-vite build`, which also builds main and preload and so fails whenever either is
 * mid-work, and whose out/renderer another test run may be rewriting at the same moment.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../..');

export async function buildRenderer(outDir: string): Promise<string> {
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
  return outDir;
}
