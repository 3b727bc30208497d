import type { z } from 'zod';

/**
 * One channel of the API contract: its input schema (runtime-checked in main before any handler
 * runs) and its output type (a phantom: only the type checker sees it).
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
  /** True for channels that change the workspace (used by the audit trail and by undo). */
  mutates: boolean;
}

export function query<I extends z.ZodType, O>(input: I): ChannelSpec<I, O> {
  return { input, mutates: false };
}

export function command<I extends z.ZodType, O>(input: I): ChannelSpec<I, O> {
  return { input, mutates: true };
}
