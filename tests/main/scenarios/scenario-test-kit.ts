/**
 * Shared set-up of the scenario tests: the demo workspace in a temp folder, opened in a session,
 * and calls through the real dispatcher (input parsing, result envelope) to the scenario handlers.
 */
import { dispatch } from '../../../src/main/api/dispatch';
import type { HandlerMap } from '../../../src/main/api/handler-map';
import type { AppContext } from '../../../src/main/workspace/app-context';
import { budgetsHandlers } from '../../../src/main/handlers/budgets.handlers';
import { scenariosHandlers } from '../../../src/main/handlers/scenarios.handlers';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import type { ApiResult } from '../../../src/shared/api/result';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { openTestWorkspace } from '../../helpers/pg-workspace';
import { fixedClock, loadDemoDocument } from '../../helpers/workspace-fixtures';

/** Only this area's handlers (and budgets:compute, which the studio shows beside them), so these tests do not depend on other areas being complete. */
const handlers = { ...scenariosHandlers, ...budgetsHandlers } as unknown as HandlerMap<AppContext>;

export interface Kit {
  session: WorkspaceSession;
  call(channel: string, input?: unknown): Promise<ApiResult<unknown>>;
  value<T>(channel: string, input?: unknown): Promise<T>;
}

export function demoDocument(): WorkspaceDocument {
  const doc = loadDemoDocument();
  if (!doc) throw new Error('resources/demo/demo-workspace.json is missing');
  return doc;
}

/** The demo workspace in a session of its own: a file at `path`, or a PostgreSQL database in the postgres project. */
export async function openDemo(path: string): Promise<Kit> {
  const session = new WorkspaceSession({ clock: fixedClock });
  await openTestWorkspace(session, path, demoDocument());
  const call = (channel: string, input?: unknown): Promise<ApiResult<unknown>> => dispatch(handlers, { session }, channel, input, () => undefined);
  return {
    session,
    call,
    async value<T>(channel: string, input?: unknown): Promise<T> {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
  };
}

/** Organisation id by name in the demo document. */
export function orgId(doc: WorkspaceDocument, name: string): number {
  const org = doc.organisations.find((o) => o.name === name);
  if (!org) throw new Error(`no organisation ${name}`);
  return org.id;
}

/** The demo's metric value of an organisation for a year. */
export function population(doc: WorkspaceDocument, organisationId: number, year: number): number {
  const value = doc.metricValues.find((m) => m.organisationId === organisationId && m.metric === 'population' && m.year === year);
  if (!value) throw new Error(`no population ${year} for organisation ${organisationId}`);
  return value.value;
}

export function cooperationId(doc: WorkspaceDocument, namePart: string): number {
  const c = doc.cooperations.find((x) => x.name.includes(namePart));
  if (!c) throw new Error(`no cooperation ${namePart}`);
  return c.id;
}

export function scenarioId(doc: WorkspaceDocument, namePart: string): number {
  const s = doc.scenarios.find((x) => x.name.includes(namePart));
  if (!s) throw new Error(`no scenario ${namePart}`);
  return s.id;
}
