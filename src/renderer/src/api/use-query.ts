import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/errors';
import { call } from './client';
import { channelVersion, invalidate, subscribeInvalidation } from './invalidation';

export type QueryState<T> =
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: T | undefined; error: ApiError };

/**
 * Loads one channel and keeps it fresh: refetches when the input changes or the channel is
 * invalidated. While refetching, the previous data stays on screen so grids do not flicker.
 */
export function useQuery<C extends Channel>(channel: C, input: ChannelInput<C>): QueryState<ChannelOutput<C>> & { refetch: () => void } {
  // The input is compared by value: callers pass fresh object literals on every render.
  const inputKey = JSON.stringify(input);
  const version = useSyncExternalStore(subscribeInvalidation, () => channelVersion(channel));
  const requestKey = `${channel}|${inputKey}|${version}`;
  // The last reply and the request it answers: when they differ from the current request, the
  // query is loading, and the previous data stays on screen.
  const [reply, setReply] = useState<{ key: string; data: ChannelOutput<C> | undefined; error: ApiError | undefined } | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void call(channel, JSON.parse(inputKey) as ChannelInput<C>).then((result) => {
      // A late reply for an input the user has already moved away from must not win.
      if (!current) return;
      setReply((previous) =>
        result.ok
          ? { key: requestKey, data: result.value, error: undefined }
          : { key: requestKey, data: previous?.data, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, inputKey, requestKey]);

  const state: QueryState<ChannelOutput<C>> =
    reply === undefined || reply.key !== requestKey
      ? { status: 'loading', data: reply?.data, error: undefined }
      : reply.error
        ? { status: 'error', data: reply.data, error: reply.error }
        : { status: 'success', data: reply.data as ChannelOutput<C>, error: undefined };

  const refetch = useCallback(() => invalidate([channel]), [channel]);
  return { ...state, refetch };
}

export interface MutationState<C extends Channel> {
  run: (input: ChannelInput<C>) => Promise<ChannelOutput<C> | undefined>;
  pending: boolean;
  error: ApiError | undefined;
}

/** Runs a command channel and, when it succeeds, marks the channels it changes as stale. */
export function useMutation<C extends Channel>(channel: C, affects: readonly Channel[]): MutationState<C> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const affectsKey = affects.join('|');
  const run = useCallback(
    async (input: ChannelInput<C>) => {
      setPending(true);
      setError(undefined);
      const result = await call(channel, input);
      setPending(false);
      if (!result.ok) {
        setError(result.error);
        return undefined;
      }
      invalidate(affectsKey.split('|') as Channel[]);
      return result.value;
    },
    [channel, affectsKey],
  );
  return { run, pending, error };
}
