import type { HandlerMap } from '../api/handler-map';
import { exportKeyFile, importKeyFile } from '../services/scenarios/key-file.service';
import { listOwnCharges } from '../services/scenarios/own-charges.service';
import { getKey, listKeys, loadKeyPreviewInputs, saveKey } from '../services/scenarios/key.service';
import {
  compareScenarios,
  computeStoredScenario,
  explainCharge,
  getScenario,
  listScenarios,
  saveScenario,
  sweepScenario,
} from '../services/scenarios/scenario.service';
import { adoptScenario, getSnapshot, listSnapshots } from '../services/scenarios/snapshot.service';
import type { AppContext } from '../workspace/app-context';

export const scenariosHandlers = {
  'keys:list': (input, { session }) => listKeys(session.db, input),
  'keys:get': (input, { session }) => getKey(session.db, input),
  'keys:save': (input, { session }) => saveKey(session.db, input, session.clock),
  'keys:previewInputs': (input, { session }) => loadKeyPreviewInputs(session.db, input),
  'keys:exportFile': (input, { session, fileDialogs }) => exportKeyFile(session.db, input, fileDialogs),
  'keys:importFile': (input, { fileDialogs }) => importKeyFile(input, fileDialogs),
  'scenarios:list': (input, { session }) => listScenarios(session.db, input),
  'scenarios:get': (input, { session }) => getScenario(session.db, input),
  'scenarios:save': (input, { session }) => saveScenario(session.db, input, session.clock),
  'scenarios:compute': (input, { session }) => computeStoredScenario(session.db, input),
  'scenarios:compare': (input, { session }) => compareScenarios(session.db, input),
  'scenarios:sweep': (input, { session }) => sweepScenario(session.db, input),
  'scenarios:explain': (input, { session }) => explainCharge(session.db, input),
  'scenarios:adopt': (input, { session }) => adoptScenario(session.db, input, session.clock),
  'snapshots:list': (input, { session }) => listSnapshots(session.db, input),
  'charges:own': (input, { session }) => listOwnCharges(session.db, input),
  'snapshots:get': (input, { session }) => getSnapshot(session.db, input),
} satisfies Partial<HandlerMap<AppContext>>;
