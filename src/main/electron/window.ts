import { BrowserWindow, type Session } from 'electron';
import type { AppEntry } from './policy/app-entry';
import { hardenedWebPreferences, serverWindowPreferences, type HardenedWebPreferences } from './policy/web-preferences';
import { windowTitle } from './policy/window-title';

export interface MainWindowOptions {
  entry: AppEntry;
  /** out/preload/index.cjs: a sandboxed preload must be CommonJS. */
  preloadPath: string;
  isDev: boolean;
  currentPath: string | null;
}

interface WindowSpec {
  title: string;
  url: string;
  isDev: boolean;
  /** The app's own window: the preload with the desktop's API. A server's window has none. */
  preloadPath?: string;
  /** A server's window: its own session partition. */
  session?: Session;
}

/** Every window of the app, the app's own and a server's: one hardened construction. */
export function createHardenedWindow(spec: WindowSpec): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: spec.title,
    webPreferences: {
      ...(spec.preloadPath !== undefined ? hardenedWebPreferences(spec.preloadPath, { devTools: spec.isDev }) : serverWindowPreferences({ devTools: spec.isDev })),
      ...(spec.session ? { session: spec.session } : {}),
      // Repeated as literals because static scanners (Electronegativity) read only what is written
      // inside `new BrowserWindow({...})`; `satisfies` keeps them equal to the tested policy.
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
    } satisfies Omit<HardenedWebPreferences, 'preload'> & { preload?: string; session?: Session },
  });
  // The title names the open file (or the server); the page's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(spec.url);
  return window;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  return createHardenedWindow({ title: windowTitle(options.currentPath), url: options.entry.indexUrl, isDev: options.isDev, preloadPath: options.preloadPath });
}
