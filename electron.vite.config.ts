import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Under `npm start` Vite injects an inline React-refresh script that the strict CSP meta tag would
 * block; the dev server drops the tag and the shell sends the dev CSP as a header instead.
 * Production builds keep the tag.
 */
const dropCspMetaInDev: Plugin = {
  name: 'andel-drop-csp-meta-in-dev',
  apply: 'serve',
  transformIndexHtml: (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
};

/** `electron-vite build` (and so CI) also builds the `andel` command line into out/cli (scripts/build-cli.mjs). */
const buildCommandLine: Plugin = {
  name: 'andel-build-cli',
  apply: 'build',
  async closeBundle() {
    const script = (await import(pathToFileURL(resolve(__dirname, 'scripts/build-cli.mjs')).href)) as { buildCli: () => Promise<string> };
    await script.buildCli();
  },
};

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin(), buildCommandLine],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), 'xlsx-worker': resolve(__dirname, 'src/main/import/xlsx-worker.ts') } } },
  },
  preload: {
    // A sandboxed preload may require only 'electron': bundle everything else into it.
    plugins: [],
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
    plugins: [react(), dropCspMetaInDev],
  },
});
