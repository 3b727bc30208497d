/**
 * Bundles a test's child-process script (with the app code it imports) into one ES module, so each
 * of the crash test's many writer processes starts in a fraction of the time `--import tsx` takes
 * to transpile the app on every start. Built with Vite (a dev dependency) as an SSR bundle: npm
 * packages stay external and are resolved from node_modules, which is why the output goes under
 * node_modules/.cache.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../..');

export async function bundleScript(entry: string): Promise<{ path: string; remove(): void }> {
  const outDir = join(repoRoot, 'node_modules', '.cache', 'andel-reliability', `${process.pid}-${Date.now()}`);
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return { path: join(outDir, `${basename(entry, '.ts')}.mjs`), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
