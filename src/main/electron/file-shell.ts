import { shell } from 'electron';
import type { FileShell } from '../files/file-shell';

/** The desktop's own "show in folder" and "open" (Electron's shell module). */
export const electronFileShell: FileShell = {
  showInFolder: (path) => shell.showItemInFolder(path),
  openPath: (path) => shell.openPath(path),
};
