import { dispatch } from '../../api/dispatch';
import type { HandlerMap } from '../../api/handler-map';
import type { ApiResult } from '../../../shared/api/result';
import type { AppEntry } from './app-entry';
import { isTrustedSender, type SenderFrameInfo } from './trusted-sender';

/** The one IPC channel the preload uses; the API channel travels as its first argument. */
export const invokeIpcChannel = 'andel:invoke';

export interface InvokeDeps<Ctx> {
  entry: AppEntry;
  handlers: HandlerMap<Ctx>;
  /** Read per call: the context can change when another workspace is opened. */
  context: () => Ctx;
  log: (message: string) => void;
}

/**
 * The body of `ipcMain.handle('andel:invoke')`, free of Electron. An untrusted sender gets a
 * rejection and nothing runs: it is not our renderer, so it gets no structured help either.
 */
export function createInvokeHandler<Ctx>(deps: InvokeDeps<Ctx>) {
  return async (frame: SenderFrameInfo | null, channel: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(frame, deps.entry)) {
      deps.log(`Refused IPC ${String(channel).slice(0, 100)} from an untrusted frame: ${frame ? frame.url.slice(0, 200) : '(none)'}`);
      throw new Error('Refused: this frame may not call Andel.');
    }
    return dispatch(deps.handlers, deps.context(), channel, input);
  };
}
