/**
 * Glue: a shared workspace's page (`andel serve`) in a window of its own. The decisions are in
 * ./policy (server-address.ts checks the address; app-entry.ts holds the window to that origin;
 * web-preferences.ts leaves out the preload, so the page speaks to its server with the server's own
 * transport and never reaches the desktop's API). Its session is a partition of its own, so the
 * server's cookie is never the app's, and it is hardened against that server's entry.
 * This runs only inside Electron; the tests cover the policy modules it calls.
 */
import { createHash } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import type { ServerEntry } from './policy/app-entry';
import { serverWindowPreferences, type HardenedWebPreferences } from './policy/web-preferences';
import { appName } from './policy/window-title';
import { hardenSession, registerServerSession } from './security';

export function openServerWindow(entry: ServerEntry, options: { isDev: boolean; log: (message: string) => void }): BrowserWindow {
  const partition = `persist:andel-server-${createHash('sha256').update(entry.indexUrl).digest('hex').slice(0, 16)}`;
  const serverSession = session.fromPartition(partition);
  registerServerSession(serverSession, entry);
  hardenSession(serverSession, entry, options.log);
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: `${appName} — ${entry.indexUrl}`,
    webPreferences: {
      ...serverWindowPreferences({ devTools: options.isDev }),
      session: serverSession,
      // As in window.ts: literals for static scanners, held equal to the tested policy.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    } satisfies Omit<HardenedWebPreferences, 'preload'> & { session: Electron.Session },
  });
  // The title names the server; its page's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entry.indexUrl);
  return window;
}
