import { channelNameList } from '../shared/api/channel-names';
import type { Channel } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';
import type { AndelBridge } from './andel-api';

/** The declared channel names: a plain list, so this bundle carries no schemas (src/shared/api/channel-names.ts). */
const declared: ReadonlySet<string> = new Set(channelNameList);

function isDeclared(name: unknown): name is Channel {
  return typeof name === 'string' && declared.has(name);
}

/** The one IPC channel to main (main's src/main/electron/policy/invoke-handler.ts uses the same). */
export const invokeIpcChannel = 'andel:invoke';

/** Sends one call to main; in the preload, `ipcRenderer.invoke(invokeIpcChannel, …)`. */
export type Send = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The bridge's `invoke`, free of Electron so it is tested in Node. Undeclared channels are refused
 * here, before any IPC, with the same envelope main's dispatch would give. A failed IPC round trip
 * (main refused the frame, or crashed) becomes an INTERNAL error: raw exceptions never cross.
 */
export function createInvoke(send: Send): AndelBridge['invoke'] {
  const invoke = async (channel: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isDeclared(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown API channel: ${String(channel).slice(0, 100)}` } };
    }
    try {
      return (await send(channel, input)) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `Andel could not complete ${channel}: the call did not reach the main process. Nothing was changed.` } };
    }
  };
  return invoke as AndelBridge['invoke'];
}
