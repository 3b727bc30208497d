import type { FileDialogs } from '../files/file-dialogs';
import type { FileShell } from '../files/file-shell';
import type { WorkspaceSession } from './session';
import type { UiLanguage } from './ui-language';

/** What every handler receives besides its parsed input. */
export interface AppContext {
  session: WorkspaceSession;
  /** The demo workspace document (resources/demo/demo-workspace.json); without it workspace:openDemo refuses. */
  demoDocumentPath?: string;
  /** Where new workspaces and the demo are written (the user's documents folder). */
  documentsDir?: string;
  /** The backend's demo writer (with the app's SQLite binding); falls back to demoDocumentPath. */
  createDemoWorkspace?: (path: string) => unknown;
  /** Save and open dialogs (the shell's native ones; a test's stand-in); without them, file exports and imports refuse. */
  fileDialogs?: FileDialogs;
  /** The desktop's "show in folder" and "open" (the shell's; a test's recording fake); without it, exports:reveal and exports:open refuse. */
  fileShell?: FileShell;
  /** The language chosen in the window (the desktop's menu and dialogs follow it); absent over the server, where workspace:setLanguage changes nothing. */
  uiLanguage?: UiLanguage;
  /** The desktop's windows on Andel servers (Connect to a server); absent over the server and without a shell. */
  serverWindows?: ServerWindows;
}

export interface ServerWindows {
  /** Checks `address` and opens its page in a window of its own; the checked address, or AndelError INVALID_INPUT saying what is wrong. */
  open(address: string): string;
}
