/**
 * The handler map for every channel of the contract, joined from one module per area. The return
 * type makes a missing channel a type error here, not a runtime surprise.
 */
import type { HandlerMap } from '../api/handler-map';
import type { AppContext } from './app-context';
import { cooperationsHandlers } from './cooperations.handlers';
import { membersHandlers } from './members.handlers';
import { organisationsHandlers } from './organisations.handlers';
import { workspaceHandlers } from './workspace.handlers';

export type { AppContext } from './app-context';

export function createHandlers(): HandlerMap<AppContext> {
  return {
    ...workspaceHandlers,
    ...membersHandlers,
    ...organisationsHandlers,
    ...cooperationsHandlers,
  };
}
