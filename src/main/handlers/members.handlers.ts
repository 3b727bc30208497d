import type { HandlerMap } from '../api/handler-map';
import { listMembers, setPopulation } from '../services/members/member.service';
import { deleteMetric, listMetricsForOrganisation, upsertMetric } from '../services/members/metric.service';
import { listParticipationsForOrganisation, updateParticipation } from '../services/members/participation.service';
import type { AppContext } from '../workspace/app-context';

export const membersHandlers = {
  'members:list': (input, { session }) => listMembers(session.db, input),
  'members:setPopulation': (input, { session }) => setPopulation(session.db, input, session.clock),
  'metrics:listForOrganisation': (input, { session }) => listMetricsForOrganisation(session.db, input),
  'metrics:upsert': (input, { session }) => upsertMetric(session.db, input, session.clock),
  'metrics:delete': (input, { session }) => deleteMetric(session.db, input, session.clock),
  'participations:listForOrganisation': (input, { session }) => listParticipationsForOrganisation(session.db, input),
  'participations:update': (input, { session }) => updateParticipation(session.db, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
