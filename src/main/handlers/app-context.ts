import type { WorkspaceSession } from '../workspace/session';

/** What every handler receives besides its parsed input. */
export interface AppContext {
  session: WorkspaceSession;
}
