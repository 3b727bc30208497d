import { useMutation, useQuery } from '../../api/use-query';

export function useScenarios(cooperationId: number | null) {
  // A cooperation id of 0 is refused by the contract: the hook still runs (hooks cannot be skipped) and its error is ignored.
  return useQuery('scenarios:list', { cooperationId: cooperationId ?? 0 });
}

/** The cooperation's distribution keys, every version (what a new scenario may be built on). */
export function useKeys(cooperationId: number | null) {
  return useQuery('keys:list', { cooperationId: cooperationId ?? 0 });
}

/** One stored key with its definition (its id and version are what a scenario refers to). */
export function useKey(keyId: number | null) {
  return useQuery('keys:get', { id: keyId ?? 0 });
}

/** The cooperation's members and metrics a key under construction is previewed on. */
export function useKeyPreviewInputs(cooperationId: number) {
  return useQuery('keys:previewInputs', { cooperationId });
}

export function useSaveKey() {
  return useMutation('keys:save', ['keys:list', 'keys:get', 'studio:inputs', 'scenarios:list']);
}

/** The key as a file the user chooses (main's save dialog), and a key read back from one. */
export const useExportKeyFile = () => useMutation('keys:exportFile', []);
export const useImportKeyFile = () => useMutation('keys:importFile', []);

/** Definition, keys and facts of a scenario: the engine then runs here, in the renderer. */
export function useStudioInputs(scenarioId: number | null) {
  return useQuery('studio:inputs', { scenarioId: scenarioId ?? 0 });
}

export function useSnapshots(scenarioId: number | null) {
  return useQuery('snapshots:list', { scenarioId: scenarioId ?? 0 });
}

/** Every snapshot of a cooperation's scenarios (what a decision may adopt). */
export function useCooperationSnapshots(cooperationId: number) {
  return useQuery('snapshots:list', { cooperationId });
}

export function useSaveScenario() {
  return useMutation('scenarios:save', ['scenarios:list', 'scenarios:get', 'studio:inputs', 'workspace:info']);
}

export function useAdoptScenario() {
  return useMutation('scenarios:adopt', ['snapshots:list', 'decisions:list', 'workspace:info']);
}
