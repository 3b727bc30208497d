import { appName, fileNameOf } from './window-title';

/**
 * The application menu as plain data: which items exist, with which accelerators and roles, is
 * decided here and tested; the Electron glue only turns it into a `Menu` and routes commands.
 */
export type MenuCommand = 'new' | 'open' | 'openRecent' | 'clearRecent' | 'saveCopy' | 'restoreBackup' | 'close' | 'quit' | 'about';

/** Electron's built-in roles that the menu uses (a subset of Electron's `MenuItem` roles). */
export type MenuRole =
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll'
  | 'reload' | 'forceReload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'windowMenu';

export type MenuItemSpec =
  | { kind: 'command'; label: string; command: MenuCommand; accelerator?: string; enabled?: boolean; path?: string }
  | { kind: 'role'; role: MenuRole }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; role?: MenuRole; items: MenuItemSpec[] };

export interface MenuState {
  platform: NodeJS.Platform | string;
  /** Reload and DevTools are development conveniences: a user reloading would lose unsaved form state. */
  isDev: boolean;
  recentFiles: readonly string[];
  hasWorkspace: boolean;
}

const separator: MenuItemSpec = { kind: 'separator' };
const role = (name: MenuRole): MenuItemSpec => ({ kind: 'role', role: name });

export function buildMenuSpec(state: MenuState): MenuItemSpec[] {
  const isMac = state.platform === 'darwin';
  const recentItems: MenuItemSpec[] = state.recentFiles.map((path) => ({ kind: 'command', label: fileNameOf(path), command: 'openRecent', path }));
  const recent: MenuItemSpec[] = recentItems.length > 0
    ? [...recentItems, separator, { kind: 'command', label: 'Clear recent', command: 'clearRecent' }]
    : [{ kind: 'command', label: 'No recent workspaces', command: 'clearRecent', enabled: false }];

  const file: MenuItemSpec = {
    kind: 'submenu',
    label: '&File',
    items: [
      { kind: 'command', label: 'New workspace…', command: 'new', accelerator: 'CmdOrCtrl+N' },
      { kind: 'command', label: 'Open…', command: 'open', accelerator: 'CmdOrCtrl+O' },
      { kind: 'submenu', label: 'Open recent', items: recent },
      separator,
      { kind: 'command', label: 'Save a copy…', command: 'saveCopy', accelerator: 'CmdOrCtrl+Shift+S', enabled: state.hasWorkspace },
      { kind: 'command', label: 'Restore from backup…', command: 'restoreBackup', enabled: state.hasWorkspace },
      { kind: 'command', label: 'Close workspace', command: 'close', accelerator: 'CmdOrCtrl+W', enabled: state.hasWorkspace },
      // On macOS Quit lives in the app menu, as users expect.
      ...(isMac ? [] : [separator, { kind: 'command', label: 'Quit', command: 'quit', accelerator: 'CmdOrCtrl+Q' } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    kind: 'submenu',
    label: '&Edit',
    items: [role('undo'), role('redo'), separator, role('cut'), role('copy'), role('paste'), role('pasteAndMatchStyle'), role('delete'), separator, role('selectAll')],
  };

  const view: MenuItemSpec = {
    kind: 'submenu',
    label: '&View',
    items: [
      ...(state.isDev ? [role('reload'), role('forceReload'), role('toggleDevTools'), separator] : []),
      role('resetZoom'), role('zoomIn'), role('zoomOut'), separator, role('togglefullscreen'),
    ],
  };

  const help: MenuItemSpec = { kind: 'submenu', label: '&Help', items: [{ kind: 'command', label: `About ${appName}`, command: 'about' }] };

  const macApp: MenuItemSpec = {
    kind: 'submenu',
    label: appName,
    items: [
      { kind: 'command', label: `About ${appName}`, command: 'about' },
      separator, role('services'), separator, role('hide'), role('hideOthers'), role('unhide'), separator,
      { kind: 'command', label: `Quit ${appName}`, command: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  return isMac
    ? [macApp, file, edit, view, { kind: 'submenu', label: 'Window', role: 'windowMenu', items: [] }, help]
    : [file, edit, view, help];
}
