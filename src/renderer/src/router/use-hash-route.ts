import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseHash, routeHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

/**
 * The current route and a way to go elsewhere. The hash is the single source of truth, so the
 * back button, reloads and links all agree with what the app shows.
 */
export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((route: Route, options?: { replace?: boolean }) => {
    const next = routeHash(route);
    if (next === window.location.hash) return;
    if (options?.replace) {
      window.history.replaceState(null, '', next);
      // replaceState fires no hashchange: tell subscribers ourselves.
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = next;
    }
  }, []);
  const route = useMemo(() => parseHash(hash), [hash]);
  return [route, navigate];
}
