import { useQuery } from '../../api/use-query';

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
