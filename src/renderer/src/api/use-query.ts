import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { ApiError } from '../../../shared/errors';
import { call } from './client';
import { channelVersion, invalidate, subscribeInvalidation } from './invalidation';

export type QueryState<T> =
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: T | undefined; error: ApiError };

type Reply<C extends Channel> = ApiResult<ChannelOutput<C>>;

/** Calls on their way, by request key: two views asking the same thing at once share one call. */
const inFlight = new Map<string, Promise<Reply<Channel>>>();
/** Replies fetched ahead (`prefetch`), by request key, each kept for the first query that asks. */
const fetchedAhead = new Map<string, Promise<Reply<Channel>>>();

const keyOf = (channel: Channel, inputKey: string, version = channelVersion(channel)): string => `${channel}|${inputKey}|${version}`;

function callShared<C extends Channel>(channel: C, inputKey: string, requestKey: string): Promise<Reply<C>> {
  const ahead = fetchedAhead.get(requestKey);
  const pending = inFlight.get(requestKey);
  if (pending) return pending as Promise<Reply<C>>;
  fetchedAhead.delete(requestKey);
  // A failed early call is not shown: it may have been refused for a reason since gone; ask again.
  const started = ahead
    ? (ahead as Promise<Reply<C>>).then((result) => (result.ok ? result : call(channel, JSON.parse(inputKey) as ChannelInput<C>)))
    : call(channel, JSON.parse(inputKey) as ChannelInput<C>);
  inFlight.set(requestKey, started as Promise<Reply<Channel>>);
  void started.finally(() => inFlight.delete(requestKey));
  return started;
}

/**
 * Starts a query before its view has loaded (the first render: while the view's code is still
 * being fetched and parsed); the view's `useQuery` with the same channel and input takes the reply.
 */
export function prefetch<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  const inputKey = JSON.stringify(input);
  const requestKey = keyOf(channel, inputKey);
  if (fetchedAhead.has(requestKey)) return;
  fetchedAhead.set(requestKey, call(channel, input) as Promise<Reply<Channel>>);
}

/**
 * Loads one channel and keeps it fresh: refetches when the input changes or the channel is
 * invalidated. While refetching, the previous data stays on screen so grids do not flicker.
 */
export function useQuery<C extends Channel>(channel: C, input: ChannelInput<C>): QueryState<ChannelOutput<C>> & { refetch: () => void } {
  // The input is compared by value: callers pass fresh object literals on every render.
  const inputKey = JSON.stringify(input);
  const version = useSyncExternalStore(subscribeInvalidation, () => channelVersion(channel));
  const requestKey = keyOf(channel, inputKey, version);
  // The last reply and the request it answers: when they differ from the current request, the
  // query is loading, and the previous data stays on screen.
  const [reply, setReply] = useState<{ key: string; data: ChannelOutput<C> | undefined; error: ApiError | undefined } | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void callShared(channel, inputKey, requestKey).then((result) => {
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
