// The preload's `window.andel`, declared here until src/preload/andel-api.d.ts exists. When the
// preload engineer adds that file (tsconfig.web.json includes src/preload/*.d.ts), delete this one.
import type { ApiResult } from '../../../shared/api/result';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';

declare global {
  interface Window {
    andel: {
      invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
    };
  }
}

export {};
