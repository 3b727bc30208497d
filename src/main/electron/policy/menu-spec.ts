import { translate, type MessageLanguage } from '../../../shared/i18n/translate';
import { appName, fileNameOf } from './window-title';

/**
 * The application menu as plain data: which items exist, with which accelerators and roles, is
 * decided here and tested; the Electron glue only turns it into a `Menu` and routes commands.
 */
export type MenuCommand = 'new' | 'open' | 'openRecent' | 'connectServer' | 'clearRecent' | 'saveCopy' | 'restoreBackup' | 'close' | 'quit' | 'about';

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
  /** The language of the labels (the catalogue's words); English when not given. */
  language?: MessageLanguage;
}

const separator: MenuItemSpec = { kind: 'separator' };
const role = (name: MenuRole): MenuItemSpec => ({ kind: 'role', role: name });

export function buildMenuSpec(state: MenuState): MenuItemSpec[] {
  const isMac = state.platform === 'darwin';
  const lang = state.language ?? 'en';
  const t = (key: Parameters<typeof translate>[1]): string => translate(lang, key, { app: appName });
  const recentItems: MenuItemSpec[] = state.recentFiles.map((path) => ({ kind: 'command', label: fileNameOf(path), command: 'openRecent', path }));
  const recent: MenuItemSpec[] = recentItems.length > 0
    ? [...recentItems, separator, { kind: 'command', label: t('menu.clearRecent'), command: 'clearRecent' }]
    : [{ kind: 'command', label: t('menu.noRecent'), command: 'clearRecent', enabled: false }];

  const file: MenuItemSpec = {
    kind: 'submenu',
    label: t('menu.file'),
    items: [
      { kind: 'command', label: t('menu.new'), command: 'new', accelerator: 'CmdOrCtrl+N' },
      { kind: 'command', label: t('menu.open'), command: 'open', accelerator: 'CmdOrCtrl+O' },
      { kind: 'submenu', label: t('menu.openRecent'), items: recent },
      { kind: 'command', label: t('menu.connectServer'), command: 'connectServer' },
      separator,
      { kind: 'command', label: t('menu.saveCopy'), command: 'saveCopy', accelerator: 'CmdOrCtrl+Shift+S', enabled: state.hasWorkspace },
      { kind: 'command', label: t('menu.restoreBackup'), command: 'restoreBackup', enabled: state.hasWorkspace },
      { kind: 'command', label: t('menu.close'), command: 'close', accelerator: 'CmdOrCtrl+W', enabled: state.hasWorkspace },
      // On macOS Quit lives in the app menu, as users expect.
      ...(isMac ? [] : [separator, { kind: 'command', label: t('menu.quit'), command: 'quit', accelerator: 'CmdOrCtrl+Q' } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    kind: 'submenu',
    label: t('menu.edit'),
    items: [role('undo'), role('redo'), separator, role('cut'), role('copy'), role('paste'), role('pasteAndMatchStyle'), role('delete'), separator, role('selectAll')],
  };

  const view: MenuItemSpec = {
    kind: 'submenu',
    label: t('menu.view'),
    items: [
      ...(state.isDev ? [role('reload'), role('forceReload'), role('toggleDevTools'), separator] : []),
      role('resetZoom'), role('zoomIn'), role('zoomOut'), separator, role('togglefullscreen'),
    ],
  };

  const help: MenuItemSpec = { kind: 'submenu', label: t('menu.help'), items: [{ kind: 'command', label: t('menu.about'), command: 'about' }] };

  const macApp: MenuItemSpec = {
    kind: 'submenu',
    label: appName,
    items: [
      { kind: 'command', label: t('menu.about'), command: 'about' },
      separator, role('services'), separator, role('hide'), role('hideOthers'), role('unhide'), separator,
      { kind: 'command', label: t('menu.quitApp'), command: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  return isMac
    ? [macApp, file, edit, view, { kind: 'submenu', label: t('menu.window'), role: 'windowMenu', items: [] }, help]
    : [file, edit, view, help];
}
