import { channelNames } from '../../shared/api/contract';
import { AndelError } from '../../shared/errors';
import type { HandlerMap } from '../api/handler-map';
import type { ShellBackend, WorkspaceSessionLike } from './backend';

/**
 * A stand-in until src/main/index.ts is wired to the workspace layer: every call answers with a
 * clear error, so the shell builds and starts without it. Delete once the real backend is wired.
 */
export function createUnwiredBackend(): ShellBackend<null> {
  const notWired = (): never => {
    throw new AndelError('NO_WORKSPACE', 'The workspace layer is not connected to this build of Andel yet.');
  };
  const handlers = Object.fromEntries(channelNames.map((channel) => [channel, notWired])) as unknown as HandlerMap<null>;
  const session: WorkspaceSessionLike = { current: null, open: notWired, create: notWired, close: () => undefined, saveCopy: notWired, onChange: () => undefined };
  return { session, handlers, context: () => null, createDemoWorkspace: notWired };
}
