import { useQuery } from '../../api/use-query';

/** The open workspace (file name, schema version, counts), or null when none is open. */
export function useWorkspaceInfo() {
  return useQuery('workspace:info', {});
}
