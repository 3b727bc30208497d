import type { HandlerMap } from '../api/handler-map';
import { listAudit } from '../services/audit/audit.service';
import type { AppContext } from '../workspace/app-context';

export const auditHandlers = {
  'audit:list': (input, { session }) => listAudit(session.db, input),
} satisfies Partial<HandlerMap<AppContext>>;
