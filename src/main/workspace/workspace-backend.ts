import type { ShellBackend } from '../electron/backend';
import type { AppContext } from '../handlers/app-context';
import { createHandlers } from '../handlers';
import { resolveNativeBinding } from '../native/native-binding';
import { writeDemoWorkspace } from './demo-workspace';
import { WorkspaceSession } from './session';

/**
 * The real backend the Electron shell serves: one workspace session, the handler map of the API
 * contract, and the demo writer. Plain Node, so it is exercised by the tests without Electron.
 */
export function createWorkspaceBackend(options: { demoDocumentPath: string; versions?: NodeJS.ProcessVersions }): ShellBackend<AppContext> {
  const nativeBinding = resolveNativeBinding(options.versions ?? process.versions);
  const session = new WorkspaceSession(nativeBinding ? { nativeBinding } : {});
  const connection = nativeBinding ? { nativeBinding } : {};
  return {
    session,
    handlers: createHandlers(),
    context: () => ({ session }),
    createDemoWorkspace: (path: string) => writeDemoWorkspace(path, { ...connection, documentPath: options.demoDocumentPath }),
  };
}
