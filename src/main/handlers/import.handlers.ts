import type { HandlerMap } from '../api/handler-map';
import { commitImport, previewImport, revertImport } from '../services/import/import.service';
import type { AppContext } from '../workspace/app-context';

export const importHandlers = {
  'import:preview': (input, { session }) => previewImport(session.db, input),
  'import:commit': (input, { session }) => commitImport(session.db, input, session.clock),
  'import:revert': (input, { session }) => revertImport(session.db, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
