import { useQuery } from '../../api/use-query';

export function useCooperations() {
  return useQuery('cooperations:list', {});
}

/** Lines, totals, staff, funding and balance of one cooperation. */
export function useBudget(cooperationId: number) {
  return useQuery('budgets:get', { cooperationId });
}
