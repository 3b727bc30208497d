import type { HandlerMap } from '../api/handler-map';
import { listMembers, setPopulation } from '../services/member.service';
import { listMetricsForOrganisation } from '../services/metric.service';
import type { AppContext } from './app-context';

export const membersHandlers = {
  'members:list': (input, { session }) => listMembers(session.db, input),
  'members:setPopulation': (input, { session }) => setPopulation(session.db, input, session.clock),
  'metrics:listForOrganisation': (input, { session }) => listMetricsForOrganisation(session.db, input),
} satisfies Partial<HandlerMap<AppContext>>;
