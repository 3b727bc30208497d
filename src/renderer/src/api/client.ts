/**
 * The renderer's one way to main: a typed call per channel of the API contract. Components never
 * touch `window.andel`; they use the per-feature hooks built on this module.
 */
import type { ApiResult } from '../../../shared/api/result';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/errors';

export type { ApiError };

/** Thrown by `callOrThrow`: carries the API's structured error. */
export class ApiCallError extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
  }
}

/**
 * Calls one channel. Never throws: a missing bridge or a broken transport becomes an error
 * envelope too, so the UI has one error path and always a message a person can read.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  const bridge = typeof window === 'undefined' ? undefined : window.andel;
  if (!bridge || typeof bridge.invoke !== 'function') {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Andel cannot reach its data: the connection to the app is missing. Restart Andel.' },
    };
  }
  try {
    return await bridge.invoke(channel, input);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `Andel could not complete ${channel}: the connection to the app failed (${error instanceof Error ? error.message : String(error)}).`,
      },
    };
  }
}

export async function callOrThrow<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
