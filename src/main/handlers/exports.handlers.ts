import type { HandlerMap } from '../api/handler-map';
import { exportAnnexFile, listExportLog } from '../services/exports/annex-export.service';
import { openExport, revealExport } from '../services/exports/export-files.service';
import { exportInvoicingFile } from '../services/exports/invoicing-export.service';
import { exportRegisterFile } from '../services/exports/register-export.service';
import type { AppContext } from '../workspace/app-context';

export const exportsHandlers = {
  'annex:export': (input, { session }) => exportAnnexFile(session.db, session.current, input, session.clock),
  'exports:list': (_input, { session }) => listExportLog(session.db),
  'exports:open': (input, { session, fileShell }) => openExport(session.db, session.current, input.exportId, fileShell),
  'exports:reveal': (input, { session, fileShell }) => revealExport(session.db, session.current, input.exportId, fileShell),
  'invoicing:export': (input, { session }) => exportInvoicingFile(session.db, session.current, input, session.clock),
  'register:export': (input, { session }) => exportRegisterFile(session.db, session.current, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
