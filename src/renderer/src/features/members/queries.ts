import { useQuery } from '../../api/use-query';

/**
 * All organisations of the open workspace. Filtering happens in the grid, on the loaded rows:
 * with a few hundred members that is instant, where a round trip per keystroke would not be.
 */
export function useMembers() {
  return useQuery('members:list', {});
}

export function useOrganisation(id: number) {
  return useQuery('organisations:get', { id });
}

export function useOrganisationMetrics(organisationId: number) {
  return useQuery('metrics:listForOrganisation', { organisationId });
}

export function useParticipations(organisationId: number) {
  return useQuery('participations:listForOrganisation', { organisationId });
}
