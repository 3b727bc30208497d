import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { AndelError, ref, type MessageParam } from '../../shared/errors';
import { withConnectServerHash } from '../../shared/connect-server-hash';
import { translate } from '../../shared/i18n/translate';
import type { ShellBackend } from './backend';
import { applyMenu } from './menu';
import { errorDialogText } from './policy/error-message';
import { menuLanguage } from './policy/menu-language';
import { buildMenuSpec, type MenuCommand } from './policy/menu-spec';
import { restoreConfirmation, restoreDialogDefaultPath, restoreDialogFilters } from './policy/restore-backup';
import { appName, fileNameOf, windowTitle } from './policy/window-title';
import {
  demoWorkspaceFileName,
  shouldOfferDemo,
  suggestedCopyName,
  withWorkspaceExtension,
  workspaceFileFilters,
} from './policy/workspace-files';
import type { RecentFilesStore } from './recent-store';

/**
 * The File menu's commands and what follows a workspace change (title, menu, recent list,
 * renderer refresh). One window, one open workspace at a time, as a document app.
 */
export class ShellController<Ctx> {
  private busy = false;

  constructor(
    private readonly backend: ShellBackend<Ctx>,
    private readonly recent: RecentFilesStore,
    private readonly getWindow: () => BrowserWindow | null,
    private readonly isDev: boolean,
    private readonly log: (message: string) => void,
  ) {
    backend.session.onChange(() => this.onWorkspaceChanged());
    // The language chosen in the window: the menu is built again in it.
    backend.uiLanguage?.onChange(() => this.refreshChrome());
  }

  /** First start: open what argv asked for, else offer the demo when there is nothing to go back to. */
  async start(pathFromArgv: string | null): Promise<void> {
    this.refreshChrome();
    if (pathFromArgv) {
      await this.openPath(pathFromArgv);
      return;
    }
    if (shouldOfferDemo({ currentPath: this.backend.session.current, recentFiles: this.recent.list(), pathFromArgv })) {
      await this.offerDemo();
    }
  }

  run(command: MenuCommand, path?: string): void {
    void this.exclusive(async () => {
      switch (command) {
        case 'new': return this.newWorkspace();
        case 'open': return this.openWithDialog();
        case 'openRecent': return path ? this.openPath(path) : undefined;
        case 'connectServer': this.showConnectServer(); return;
        case 'clearRecent': this.recent.clear(); this.refreshChrome(); return;
        case 'saveCopy': return this.saveCopy();
        case 'restoreBackup': return this.restoreBackup();
        case 'close': return this.closeWorkspace();
        case 'about': return this.about();
        case 'quit': app.quit(); return;
      }
    });
  }

  /** From a second instance or the OS ("Open with"): bring the window forward and open the file. */
  async focusAndOpen(path: string | null): Promise<void> {
    const window = this.getWindow();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    if (path && path !== this.backend.session.current) await this.exclusive(() => this.openPath(path));
  }

  async openPath(path: string): Promise<void> {
    try {
      await this.backend.session.open(path);
    } catch (error) {
      // A recent entry whose file is gone is dropped rather than offered again.
      if (!existsSync(path)) this.recent.remove(path);
      this.refreshChrome();
      await this.showError(ref('error.dialog.action.open', { name: fileNameOf(path) }), error);
    }
  }

  refreshChrome(): void {
    const current = this.backend.session.current;
    this.getWindow()?.setTitle(windowTitle(current));
    applyMenu(
      buildMenuSpec({ platform: process.platform, isDev: this.isDev, recentFiles: this.recent.list(), hasWorkspace: current !== null, language: this.language() }),
      (command, path) => this.run(command, path),
    );
  }

  /** The renderer's connect dialog, opened by its hash (an in-page navigation: the page and its state stay). */
  private showConnectServer(): void {
    const contents = this.getWindow()?.webContents;
    if (contents && !contents.isLoading()) void contents.loadURL(withConnectServerHash(contents.getURL()));
  }

  private onWorkspaceChanged(): void {
    const current = this.backend.session.current;
    if (current) {
      this.recent.add(current);
      app.addRecentDocument(current);
    }
    this.refreshChrome();
    // The preload exposes only `invoke`, so there is no push channel: the renderer starts afresh
    // and reads the new workspace. A page still loading will read it anyway.
    const contents = this.getWindow()?.webContents;
    if (contents && !contents.isLoading()) contents.reload();
  }

  private async newWorkspace(): Promise<void> {
    const result = await this.saveDialog(translate(this.language(), 'dialog.newWorkspace'), join(app.getPath('documents'), `${translate(this.language(), 'dialog.defaultWorkspaceName')}.andel`));
    if (!result) return;
    await this.attempt(ref('error.dialog.action.create', { name: fileNameOf(result) }), () => this.backend.session.create(result));
  }

  private async openWithDialog(): Promise<void> {
    const options = { title: translate(this.language(), 'dialog.openWorkspace'), properties: ['openFile' as const], filters: workspaceFileFilters(this.language()) };
    const window = this.getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = result.canceled ? undefined : result.filePaths[0];
    if (path) await this.openPath(path);
  }

  private async saveCopy(): Promise<void> {
    const current = this.backend.session.current;
    if (!current) return;
    const result = await this.saveDialog(translate(this.language(), 'dialog.saveCopy'), join(app.getPath('documents'), suggestedCopyName(current, this.language())));
    if (!result) return;
    if (result === current) {
      await this.showError(ref('error.dialog.action.saveCopy'), new Error('same file'), translate(this.language(), 'error.dialog.copyOverOpen'));
      return;
    }
    await this.attempt(ref('error.dialog.action.saveCopyAs', { name: fileNameOf(result) }), () => this.backend.session.saveCopy(result));
  }

  private async restoreBackup(): Promise<void> {
    const current = this.backend.session.current;
    if (!current) return;
    const options = { title: translate(this.language(), 'dialog.restoreBackup'), defaultPath: restoreDialogDefaultPath(current, existsSync), properties: ['openFile' as const], filters: restoreDialogFilters(this.language()) };
    const window = this.getWindow();
    const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const backupPath = chosen.canceled ? undefined : chosen.filePaths[0];
    if (!backupPath) return;
    const confirm = { type: 'warning' as const, ...restoreConfirmation(current, backupPath, this.language()) };
    const answer = window ? await dialog.showMessageBox(window, confirm) : await dialog.showMessageBox(confirm);
    if (answer.response !== 0) return;
    await this.attempt(ref('error.dialog.action.restore', { name: fileNameOf(current), backup: fileNameOf(backupPath) }), () => this.backend.session.restoreFromBackup(backupPath));
  }

  private async closeWorkspace(): Promise<void> {
    await this.attempt(ref('error.dialog.action.close'), () => this.backend.session.close());
  }

  private async offerDemo(): Promise<void> {
    const window = this.getWindow();
    const options = {
      type: 'question' as const,
      buttons: [translate(this.language(), 'dialog.openDemo'), translate(this.language(), 'dialog.notNow')],
      defaultId: 0,
      cancelId: 1,
      message: translate(this.language(), 'dialog.welcome', { app: appName }),
      detail: translate(this.language(), 'dialog.welcomeDetail'),
    };
    const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    if (answer.response !== 0) return;
    const path = join(app.getPath('documents'), demoWorkspaceFileName());
    // An earlier demo the user may have worked in is opened, never overwritten.
    if (!existsSync(path)) {
      const created = await this.attempt(ref('error.dialog.action.createDemo'), () => this.backend.createDemoWorkspace(path));
      if (!created) return;
    }
    await this.openPath(path);
  }

  private async about(): Promise<void> {
    const options = {
      type: 'info' as const,
      message: `${appName} ${app.getVersion()}`,
      detail: `${translate(this.language(), 'dialog.aboutDetail')}\nElectron ${process.versions.electron ?? ''}, Node ${process.versions.node}`,
    };
    const window = this.getWindow();
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  }

  private async saveDialog(title: string, defaultPath: string): Promise<string | null> {
    const options = { title, defaultPath, filters: workspaceFileFilters(this.language()), properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
    const window = this.getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : withWorkspaceExtension(result.filePath);
  }

  /** Runs a workspace operation; failures become a dialog with the AndelError's message. */
  private async attempt(action: MessageParam, operation: () => unknown): Promise<boolean> {
    try {
      await operation();
      return true;
    } catch (error) {
      await this.showError(action, error);
      return false;
    }
  }

  /** The language of menus and dialogs: the one chosen in the window (workspace:setLanguage), else the operating system's. */
  private language() {
    return menuLanguage(this.backend.uiLanguage?.current, app.getLocale());
  }

  private async showError(action: MessageParam, error: unknown, detailOverride?: string): Promise<void> {
    const text = errorDialogText(action, error, this.language());
    // AndelErrors are expected (locked, newer, not a workspace); anything else is a bug to log.
    if (!detailOverride && !(error instanceof AndelError)) {
      this.log(`${errorDialogText(action, error).message} ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    const options = { type: 'warning' as const, message: text.message, detail: detailOverride ?? text.detail };
    const window = this.getWindow();
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  }

  /** Menu commands do not overlap: a second click while a dialog is up is ignored. */
  private async exclusive(task: () => Promise<void> | void): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await task();
    } catch (error) {
      this.log(`Command failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    } finally {
      this.busy = false;
    }
  }
}
