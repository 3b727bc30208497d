import { BrowserWindow } from 'electron';
import type { AppEntry } from './policy/app-entry';
import { hardenedWebPreferences, type HardenedWebPreferences } from './policy/web-preferences';
import { windowTitle } from './policy/window-title';

export interface MainWindowOptions {
  entry: AppEntry;
  /** out/preload/index.cjs: a sandboxed preload must be CommonJS. */
  preloadPath: string;
  isDev: boolean;
  currentPath: string | null;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: windowTitle(options.currentPath),
    webPreferences: {
      ...hardenedWebPreferences(options.preloadPath, { devTools: options.isDev }),
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
    } satisfies HardenedWebPreferences,
  });
  // The title names the open file; the renderer's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.entry.indexUrl);
  return window;
}
