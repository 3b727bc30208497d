/**
 * Bootstrap only: where the built files are, and which backend serves the API. Everything else
 * lives in ./electron (the shell) and in the plain-Node layers it calls.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startShell } from './electron/shell';
import { createUnwiredBackend } from './electron/unwired-backend';

// This file is bundled to out/main/index.js, beside out/preload and out/renderer.
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererIndexUrl = pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).href;

startShell({
  // TODO(lead): replace with the workspace layer (tests/main/electron/backend-fit.test.ts checks it fits):
  //   const session = new WorkspaceSession({ nativeBinding: resolveNativeBinding() });
  //   return { session, handlers: createHandlers(), context: () => ({ session }), createDemoWorkspace };
  createBackend: createUnwiredBackend,
  rendererIndexUrl,
  preloadPath,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
