/**
 * Which data is stale. Queries read a version per channel; a mutation bumps the versions of the
 * channels it affects, and every query on them fetches again. A whole cache library would be
 * more than this app needs: each view loads a few lists that fit in memory.
 */
import type { Channel } from '../../../shared/api/contract';

const versions = new Map<Channel, number>();
const listeners = new Set<() => void>();
let everything = 0;

export function subscribeInvalidation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function channelVersion(channel: Channel): number {
  return everything * 1_000_000 + (versions.get(channel) ?? 0);
}

/** Marks channels stale; with no argument, everything (e.g. after another workspace was opened). */
export function invalidate(channels?: readonly Channel[]): void {
  if (channels === undefined) everything += 1;
  else for (const channel of channels) versions.set(channel, (versions.get(channel) ?? 0) + 1);
  for (const listener of listeners) listener();
}
