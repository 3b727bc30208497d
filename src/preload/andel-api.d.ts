/**
 * The one object the preload puts on `window`. The renderer's API client is its only user;
 * components never touch `window.andel` directly.
 */
import type { Channel, ChannelInput, ChannelOutput } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';

export interface AndelBridge {
  /**
   * Calls one channel of the contract. Always resolves, with a value or a structured error
   * (an undeclared channel resolves to `{ ok: false, error: { code: 'UNKNOWN_CHANNEL' } }`
   * without reaching main); it does not reject.
   */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
}

declare global {
  interface Window {
    readonly andel: AndelBridge;
  }
}
