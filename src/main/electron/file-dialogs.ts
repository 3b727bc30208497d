import { BrowserWindow, app, dialog } from 'electron';
import { join } from 'node:path';
import type { FileDialogRequest, FileDialogs } from '../files/file-dialogs';

const filters = (request: FileDialogRequest) => [{ name: request.extensions.join(', ').toUpperCase(), extensions: request.extensions }];

/** The native save and open dialogs, over the focused window. */
export const electronFileDialogs: FileDialogs = {
  async chooseSavePath(request) {
    const options = {
      title: request.title,
      defaultPath: join(app.getPath('documents'), request.defaultName ?? ''),
      filters: filters(request),
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPath(request) {
    const options = { title: request.title, filters: filters(request), properties: ['openFile' as const] };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
