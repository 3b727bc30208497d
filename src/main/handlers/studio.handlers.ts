import type { HandlerMap } from '../api/handler-map';
import { loadStudioInputs } from '../services/studio/studio-inputs.service';
import type { AppContext } from '../workspace/app-context';

export const studioHandlers = {
  'studio:inputs': ({ scenarioId }, { session }) => loadStudioInputs(session.db, scenarioId),
} satisfies Partial<HandlerMap<AppContext>>;
