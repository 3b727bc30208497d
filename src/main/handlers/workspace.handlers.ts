import type { HandlerMap } from '../api/handler-map';
import { getWorkspaceInfo } from '../services/workspace.service';
import type { AppContext } from './app-context';

export const workspaceHandlers = {
  'workspace:info': async (_input, { session }) => (session.current ? getWorkspaceInfo(session.db, session.current) : null),
} satisfies Partial<HandlerMap<AppContext>>;
