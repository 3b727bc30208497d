/**
 * The handler map for every channel of the contract, joined from one module per area. The return
 * type makes a missing channel a type error here, not a runtime surprise.
 */
import type { HandlerMap } from '../api/handler-map';
import type { AppContext } from '../workspace/app-context';
import { auditHandlers } from './audit.handlers';
import { cooperationsHandlers } from './cooperations.handlers';
import { governanceHandlers } from './governance.handlers';
import { membersHandlers } from './members.handlers';
import { organisationsHandlers } from './organisations.handlers';
import { scenariosHandlers } from './scenarios.handlers';
import { workspaceHandlers } from './workspace.handlers';
import { budgetsHandlers } from './budgets.handlers';
import { importHandlers } from './import.handlers';
import { studioHandlers } from './studio.handlers';
import { exportsHandlers } from './exports.handlers';

export type { AppContext } from '../workspace/app-context';

export function createHandlers(): HandlerMap<AppContext> {
  return {
    ...workspaceHandlers,
    ...budgetsHandlers,
    ...importHandlers,
    ...auditHandlers,
    ...membersHandlers,
    ...organisationsHandlers,
    ...cooperationsHandlers,
    ...governanceHandlers,
    ...scenariosHandlers,
    ...studioHandlers,
    ...exportsHandlers,
  };
}
