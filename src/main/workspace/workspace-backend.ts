import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ShellBackend } from '../electron/backend';
import type { FileDialogs } from '../files/file-dialogs';
import type { FileShell } from '../files/file-shell';
import type { AppContext, ServerWindows } from './app-context';
import { createHandlers } from '../handlers';
import { resolveNativeBinding } from '../native/native-binding';
import { writeDemoWorkspace } from './demo-workspace';
import { WorkspaceSession } from './session';
import { UiLanguage } from './ui-language';

/** The user's Documents folder where there is one (as Electron's app.getPath('documents') finds it), else the home folder. */
export function defaultDocumentsDir(home: string = homedir()): string {
  const documents = join(home, 'Documents');
  return existsSync(documents) ? documents : home;
}

/**
 * The real backend the Electron shell serves: one workspace session, the handler map of the API
 * contract, and the demo writer. Plain Node, so it is exercised by the tests without Electron.
 */
export function createWorkspaceBackend(options: {
  demoDocumentPath: string;
  versions?: NodeJS.ProcessVersions;
  /** Where workspace:openDemo and workspace:createNew write; the user's Documents folder by default. */
  documentsDir?: string;
  /** The shell's native save and open dialogs. */
  fileDialogs?: FileDialogs;
  /** The desktop's "show in folder" and "open". */
  fileShell?: FileShell;
  /** The desktop's windows on Andel servers (workspace:connectServer). */
  serverWindows?: ServerWindows;
}): ShellBackend<AppContext> {
  const nativeBinding = resolveNativeBinding(options.versions ?? process.versions);
  const session = new WorkspaceSession({
    ...(nativeBinding ? { nativeBinding } : {}),
    // Scheduled backups while a workspace is open and changed; a failed one is logged, work goes on.
    autoBackup: { onResult: (result) => void ('error' in result && console.error('Scheduled backup failed:', result.error)) },
  });
  const connection = nativeBinding ? { nativeBinding } : {};
  const createDemoWorkspace = (path: string) => writeDemoWorkspace(path, { ...connection, documentPath: options.demoDocumentPath });
  const documentsDir = options.documentsDir ?? defaultDocumentsDir();
  const uiLanguage = new UiLanguage();
  return {
    session,
    handlers: createHandlers(),
    context: () => ({ session, demoDocumentPath: options.demoDocumentPath, documentsDir, createDemoWorkspace, uiLanguage, ...(options.fileDialogs ? { fileDialogs: options.fileDialogs } : {}), ...(options.fileShell ? { fileShell: options.fileShell } : {}), ...(options.serverWindows ? { serverWindows: options.serverWindows } : {}) }),
    createDemoWorkspace,
    uiLanguage,
  };
}
