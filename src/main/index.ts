/**
 * Bootstrap only: where the built files are, and which backend serves the API. Everything else
 * lives in ./electron (the shell) and in the plain-Node layers it calls.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronFileDialogs } from './electron/file-dialogs';
import { electronFileShell } from './electron/file-shell';
import { electronServerWindows } from './electron/server-window';
import { startShell } from './electron/shell';
import { osUserName, setProcessActor } from './db/audit-actor';
import { useXlsxWorker } from './import/xlsx-off-thread';
import { createWorkspaceBackend } from './workspace/workspace-backend';

// This file is bundled to out/main/index.js, beside out/preload and out/renderer.
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererIndexUrl = pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).href;
const demoDocumentPath = fileURLToPath(new URL('../../resources/demo/demo-workspace.json', import.meta.url));
// Workbooks are read in a worker thread (its own entry, built beside index.js).
useXlsxWorker(fileURLToPath(new URL('./xlsx-worker.js', import.meta.url)));

// The desktop's changes are audited as the operating-system user.
setProcessActor(osUserName());

startShell({
  createBackend: () =>
    createWorkspaceBackend({
      demoDocumentPath,
      fileDialogs: electronFileDialogs,
      fileShell: electronFileShell,
      serverWindows: electronServerWindows({ isDev: process.env['ELECTRON_RENDERER_URL'] !== undefined, log: (message) => console.warn(`[andel] ${message}`) }),
    }),
  rendererIndexUrl,
  preloadPath,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
