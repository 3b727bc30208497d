import type { HandlerMap } from '../api/handler-map';
import { getOrganisation, updateOrganisation } from '../services/organisation.service';
import type { AppContext } from './app-context';

export const organisationsHandlers = {
  'organisations:get': (input, { session }) => getOrganisation(session.db, input.id),
  'organisations:update': (input, { session }) => updateOrganisation(session.db, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
