/**
 * The app's one command stack, and the helper features use to make an edit undoable: a
 * command's steps call channels and, when they succeed, mark the loaded data stale.
 */
import { useSyncExternalStore } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import { AndelError, type ApiError } from '../../../shared/errors';
import { ApiCallError, callOrThrow } from '../api/client';
import { invalidate } from '../api/invalidation';
import { CommandStack, type Command, type CommandStackState } from './command-stack';

export const commandStack = new CommandStack();

export function useCommandStack(): CommandStackState {
  return useSyncExternalStore(commandStack.subscribe, commandStack.getState);
}

/**
 * Calls a command channel; throws ApiCallError with the API's message when refused. An edit can
 * change what any view shows (a population changes charges in the scenario studio), and only
 * the views on screen fetch again, so everything is marked stale.
 */
export async function callEdit<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  try {
    return await callOrThrow(channel, input);
  } finally {
    invalidate();
  }
}

/** Runs `command` through the stack; returns the API error (for a form to show beside its fields), or null when done. */
export async function executeEdit(command: Command): Promise<ApiError | null> {
  try {
    await commandStack.execute(command);
    return null;
  } catch (error) {
    if (error instanceof ApiCallError) return error.error;
    if (error instanceof AndelError) return error.toApiError();
    return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
  }
}

export type { Command };

/**
 * Undoing a delete creates the record again under a new id; older commands still name the old
 * one. Each re-creation is noted here, and commands look ids up before they call a channel.
 */
const aliases = new Map<string, number>();

export function noteRecreated(kind: string, oldId: number, newId: number): void {
  if (oldId !== newId) aliases.set(`${kind}:${oldId}`, newId);
}

export function currentId(kind: string, id: number): number {
  let current = id;
  for (let hops = 0; hops < 1000; hops += 1) {
    const next = aliases.get(`${kind}:${current}`);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}
