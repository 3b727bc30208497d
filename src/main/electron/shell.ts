import { app, dialog, session, type BrowserWindow } from 'electron';
import { resolveNativeBinding } from '../native/native-binding';
import type { ShellBackend } from './backend';
import { ShellController } from './controller';
import { registerInvoke } from './ipc';
import { translate, languageOfLocale } from '../../shared/i18n/translate';
import { resolveAppEntry } from './policy/app-entry';
import { checkServerAddress, serverAddressFromArgv } from './policy/server-address';
import { workspacePathFromArgv } from './policy/workspace-files';
import { RecentFilesStore } from './recent-store';
import { hardenApp, hardenSession } from './security';
import { openServerWindow } from './server-window';
import { createMainWindow } from './window';

export interface ShellOptions<Ctx> {
  /** Called once Electron is ready (the backend may need app paths). */
  createBackend: () => ShellBackend<Ctx>;
  /** file:// URL of out/renderer/index.html. */
  rendererIndexUrl: string;
  /** Path of out/preload/index.cjs. */
  preloadPath: string;
  /** electron-vite dev sets ELECTRON_RENDERER_URL; ignored when packaged. */
  devServerUrl: string | undefined;
}

const log = (message: string): void => console.warn(`[andel] ${message}`);

export function startShell<Ctx>(options: ShellOptions<Ctx>): void {
  // One process per user: a second launch hands its file to the first and exits, so two windows
  // of this app never hold the same workspace. (Other processes, e.g. the CLI, meet the DB lock.)
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const entry = resolveAppEntry({ rendererIndexUrl: options.rendererIndexUrl, devServerUrl: options.devServerUrl, isPackaged: app.isPackaged });
  const isDev = entry.kind === 'dev';
  hardenApp(entry, log);

  let window: BrowserWindow | null = null;
  let controller: ShellController<Ctx> | null = null;
  let backend: ShellBackend<Ctx> | null = null;
  let pendingPath = workspacePathFromArgv(process.argv);

  const showWindow = (): BrowserWindow => {
    window = createMainWindow({ entry, preloadPath: options.preloadPath, isDev, currentPath: backend?.session.current ?? null });
    window.on('closed', () => {
      window = null;
    });
    return window;
  };

  app.on('second-instance', (_event, argv) => {
    if (!window && app.isReady()) showWindow();
    void controller?.focusAndOpen(workspacePathFromArgv(argv));
  });
  // macOS delivers "Open with" and Dock drops as events, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (controller) void controller.focusAndOpen(path);
    else pendingPath = path;
  });

  void app.whenReady().then(async () => {
    try {
      // Fail at start, with the fix in the message, rather than at the first database open.
      resolveNativeBinding();
    } catch (error) {
      dialog.showErrorBox('Andel cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession, entry, log);
    backend = options.createBackend();
    registerInvoke(backend, entry, log);
    showWindow();
    // `--server <address>`: a shared workspace on an Andel server, in a window of its own.
    const serverAddress = serverAddressFromArgv(process.argv);
    if (serverAddress !== null) {
      const checked = checkServerAddress(serverAddress);
      if (checked.ok) openServerWindow(checked.entry, { isDev, log });
      else dialog.showErrorBox('Andel', translate(languageOfLocale(app.getLocale()), checked.error.messageKey, checked.error.params));
    }
    controller = new ShellController(backend, RecentFilesStore.inFolder(app.getPath('userData')), () => window, isDev, log);
    await controller.start(pendingPath);
  });

  app.on('activate', () => {
    if (!window && app.isReady() && backend) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quit waits for the workspace to close (WAL checkpoint, lock released) before the process ends.
  let closedForQuit = false;
  app.on('before-quit', (event) => {
    const open = backend?.session;
    if (closedForQuit || !open?.current) return;
    event.preventDefault();
    closedForQuit = true;
    Promise.resolve()
      .then(() => open.close())
      .catch((error: unknown) => log(`Closing the workspace failed: ${String(error)}`))
      .finally(() => app.quit());
  });
}
