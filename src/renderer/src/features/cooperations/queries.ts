import { useQuery } from '../../api/use-query';

/** The cooperations of the workspace (the studio's first choice; budgets, exports and governance's forms use it too). */
export function useCooperations() {
  return useQuery('cooperations:list', {});
}

export function useCooperationList(includeArchived: boolean) {
  return useQuery('cooperations:list', { includeArchived });
}

export function useParticipants(cooperationId: number) {
  return useQuery('cooperations:listParticipants', { cooperationId });
}

export function useOrganisations() {
  return useQuery('organisations:list', {});
}

export function useReferenceList() {
  return useQuery('organisations:reference', {});
}
