import type { HandlerMap } from '../api/handler-map';
import { referenceList } from '../reference/reference-list';
import { createOrganisation, deleteOrganisations, getOrganisation, listAllOrganisations, updateOrganisation } from '../services/organisations/organisation.service';
import type { AppContext } from '../workspace/app-context';

export const organisationsHandlers = {
  'organisations:get': (input, { session }) => getOrganisation(session.db, input.id),
  'organisations:list': (_input, { session }) => listAllOrganisations(session.db),
  'organisations:create': (input, { session }) => createOrganisation(session.db, input, session.clock),
  'organisations:update': (input, { session }) => updateOrganisation(session.db, input, session.clock),
  'organisations:delete': (input, { session }) => deleteOrganisations(session.db, input, session.clock),
  'organisations:reference': () => referenceList(),
} satisfies Partial<HandlerMap<AppContext>>;
