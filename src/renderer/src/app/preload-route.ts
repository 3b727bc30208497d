/**
 * The first render of a view waits for its code (a lazily loaded chunk) and then for its data.
 * Both are started here, from the address the app opens at, before React renders: the chunk
 * loads and parses while main answers, so neither waits for the other. Only in the desktop app:
 * a server asks for a sign-in first, and its answers before one would be refusals.
 */
import { prefetch } from '../api/use-query';
import { parseHash } from '../router/routes';

export function preloadRoute(hash: string): void {
  if (typeof window === 'undefined' || !window.andel || window.andel.server) return;
  prefetch('workspace:info', {});
  const route = parseHash(hash);
  if (route.name === 'members') {
    prefetch('members:list', {});
  } else if (route.name === 'scenarios') {
    void import('../features/scenarios/ScenariosView');
    prefetch('cooperations:list', {});
    if (route.scenarioId !== undefined) prefetch('studio:inputs', { scenarioId: route.scenarioId });
  }
}
