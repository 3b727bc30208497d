import type { HandlerMap } from '../api/handler-map';
import { listCooperationSummaries } from '../services/cooperation.service';
import type { AppContext } from './app-context';

export const cooperationsHandlers = {
  'cooperations:list': (_input, { session }) => listCooperationSummaries(session.db),
} satisfies Partial<HandlerMap<AppContext>>;
