import { dirname } from 'node:path';
import { fileNameOf } from './window-title';

/**
 * File → Restore from backup…: where the file dialog starts and what the confirmation says, as
 * data. The backups folder naming mirrors src/main/backup/backup-files.ts (`<file>-backups`).
 */
export const backupFolderOf = (workspacePath: string): string => `${workspacePath}-backups`;

export const restoreDialogFilters = [{ name: 'Andel backups', extensions: ['andel'] }];

/** The dialog opens in the backups folder when there is one, else beside the workspace. */
export function restoreDialogDefaultPath(workspacePath: string, folderExists: (path: string) => boolean): string {
  const folder = backupFolderOf(workspacePath);
  return folderExists(folder) ? folder : dirname(workspacePath);
}

export interface RestoreConfirmation {
  message: string;
  detail: string;
  buttons: [string, string];
  defaultId: 1;
  cancelId: 1;
}

/** Cancel is the default: replacing the open workspace must be a deliberate choice. */
export function restoreConfirmation(workspacePath: string, backupPath: string): RestoreConfirmation {
  return {
    message: `Replace ${fileNameOf(workspacePath)} with the backup ${fileNameOf(backupPath)}?`,
    detail:
      'The backup is checked first. The workspace as it is now is kept as a copy in its backups folder, so this can be undone by restoring that copy.',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
}
