import type { ApiError } from '../errors';

/** Every reply of every channel: a value, or a structured error. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
