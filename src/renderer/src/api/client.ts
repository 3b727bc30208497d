/**
 * The renderer's one way to main: a typed call per channel of the API contract. Components never
 * touch `window.andel`; they use the per-feature hooks built on this module.
 */
import type { ApiResult } from '../../../shared/api/result';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import i18next from 'i18next';
import { localizeError, type ApiError } from '../../../shared/errors';
import { isMessageLanguage, translate, type MessageLanguage } from '../../../shared/i18n/translate';

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

/** The interface language, for errors: main sends keys and parameters, the words are chosen here. */
function uiLanguage(): MessageLanguage {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isMessageLanguage(language) ? language : 'en';
}

/**
 * Calls one channel. Never throws: a missing bridge or a broken transport becomes an error
 * envelope too, so the UI has one error path and always a message a person can read, in the
 * interface's language.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  const result = await callRaw(channel, input);
  return result.ok ? result : { ok: false, error: localizeError(result.error, uiLanguage()) };
}

async function callRaw<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  const bridge = typeof window === 'undefined' ? undefined : window.andel;
  if (!bridge || typeof bridge.invoke !== 'function') {
    return { ok: false, error: { code: 'INTERNAL', message: translate('en', 'error.api.noBridge'), messageKey: 'error.api.noBridge' } };
  }
  try {
    return await bridge.invoke(channel, input);
  } catch (error) {
    const params = { channel, detail: error instanceof Error ? error.message : String(error) };
    return { ok: false, error: { code: 'INTERNAL', message: translate('en', 'error.api.transport', params), messageKey: 'error.api.transport', params } };
  }
}

export async function callOrThrow<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
