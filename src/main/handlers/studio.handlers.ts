import type { HandlerMap } from '../api/handler-map';
import { exportAnnexFile, listExportLog } from '../services/annex-export.service';
import { loadStudioInputs } from '../services/studio-inputs.service';
import type { AppContext } from '../workspace/app-context';

export const studioHandlers = {
  'studio:inputs': ({ scenarioId }, { session }) => loadStudioInputs(session.db, scenarioId),
  'annex:export': (input, { session }) => exportAnnexFile(session.db, session.current, input, session.clock),
  'exports:list': (_input, { session }) => listExportLog(session.db),
} satisfies Partial<HandlerMap<AppContext>>;
