import { dirname } from 'node:path';
import { translate, type MessageLanguage } from '../../../shared/i18n/translate';
import { fileNameOf } from './window-title';

/**
 * File → Restore from backup…: where the file dialog starts and what the confirmation says, as
 * data. The backups folder naming mirrors src/main/backup/backup-files.ts (`<file>-backups`).
 */
export const backupFolderOf = (workspacePath: string): string => `${workspacePath}-backups`;

export const restoreDialogFilters = (lang: MessageLanguage = 'en'): { name: string; extensions: string[] }[] => [{ name: translate(lang, 'dialog.filter.backups'), extensions: ['andel'] }];

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
export function restoreConfirmation(workspacePath: string, backupPath: string, lang: MessageLanguage = 'en'): RestoreConfirmation {
  return {
    message: translate(lang, 'dialog.restoreQuestion', { workspace: fileNameOf(workspacePath), backup: fileNameOf(backupPath) }),
    detail: translate(lang, 'dialog.restoreDetail'),
    buttons: [translate(lang, 'dialog.restore'), translate(lang, 'dialog.cancel')],
    defaultId: 1,
    cancelId: 1,
  };
}
