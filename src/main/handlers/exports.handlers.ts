import type { HandlerMap } from '../api/handler-map';
import { exportInvoicingFile } from '../services/invoicing-export.service';
import { exportRegisterFile } from '../services/register-export.service';
import type { AppContext } from '../workspace/app-context';

export const exportsHandlers = {
  'invoicing:export': (input, { session }) => exportInvoicingFile(session.db, session.current, input, session.clock),
  'register:export': (input, { session }) => exportRegisterFile(session.db, session.current, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
