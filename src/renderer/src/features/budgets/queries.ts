import { useQuery } from '../../api/use-query';

/** Lines, totals, staff, funding and balance of one cooperation. */
export function useBudget(cooperationId: number) {
  return useQuery('budgets:get', { cooperationId });
}
