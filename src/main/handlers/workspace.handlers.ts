import { AndelError, ref } from '../../shared/errors';
import type { HandlerMap } from '../api/handler-map';
import { getWorkspaceInfo } from '../services/workspace/workspace.service';
import { createNamedWorkspace, openDemoWorkspace } from '../workspace/workspace-files';
import type { AppContext } from '../workspace/app-context';

export const workspaceHandlers = {
  'workspace:info': async (_input, { session }) => (session.current ? getWorkspaceInfo(session.db, session.current, session.warning) : null),
  'workspace:openDemo': (_input, ctx) => openDemoWorkspace(ctx),
  'workspace:createNew': (input, ctx) => createNamedWorkspace(ctx, input.name),
  'workspace:connectServer': (input, { serverWindows }) => {
    if (!serverWindows) throw new AndelError('FORBIDDEN', ref('error.connect.desktopOnly'));
    return { address: serverWindows.open(input.address) };
  },
  'workspace:setLanguage': (input, ctx) => {
    ctx.uiLanguage?.set(input.language);
    return null;
  },
} satisfies Partial<HandlerMap<AppContext>>;
