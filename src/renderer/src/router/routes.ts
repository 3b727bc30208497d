/**
 * The app's routes as data, and their hash form (`#/members/42`). Hash routing because the
 * built renderer is loaded from file:// in Electron, where path routing has no server behind it.
 */
export type Route =
  | { name: 'members'; organisationId?: number }
  | { name: 'cooperations'; cooperationId?: number; create?: true }
  | { name: 'scenarios'; scenarioId?: number }
  | { name: 'governance'; view?: GovernanceTab; id?: number; pack?: true }
  | { name: 'budgets' }
  | { name: 'exports' }
  | { name: 'charges' }
  | { name: 'not-found'; hash: string };


/** The governance section's sub-views: `#/governance/meetings/3/pack`, `#/governance/decisions/7`. */
export const governanceTabs = ['bodies', 'meetings', 'decisions', 'agreements'] as const;
export type GovernanceTab = (typeof governanceTabs)[number];

export const defaultRoute: Route = { name: 'members' };

const simple = ['governance', 'budgets', 'exports', 'charges'] as const;

function parseGovernance(view: string, rest: string[]): Route | null {
  const tab = governanceTabs.find((name) => name === view);
  if (!tab) return null;
  const [id, extra, ...more] = rest;
  if (id === undefined) return { name: 'governance', view: tab };
  if (!/^[1-9]\d{0,14}$/.test(id) || more.length > 0) return null;
  if (extra === undefined && (tab === 'meetings' || tab === 'decisions')) return { name: 'governance', view: tab, id: Number(id) };
  if (extra === 'pack' && tab === 'meetings') return { name: 'governance', view: tab, id: Number(id), pack: true };
  return null;
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return defaultRoute;
  const segments = path.split('/');
  const [head, id, ...rest] = segments;
  if (head === 'members') {
    if (id === undefined) return { name: 'members' };
    if (rest.length === 0 && /^[1-9]\d{0,14}$/.test(id)) return { name: 'members', organisationId: Number(id) };
  } else if (head === 'cooperations') {
    if (id === undefined) return { name: 'cooperations' };
    if (rest.length === 0 && id === 'new') return { name: 'cooperations', create: true };
    if (rest.length === 0 && /^[1-9]\d{0,14}$/.test(id)) return { name: 'cooperations', cooperationId: Number(id) };
  } else if (head === 'scenarios') {
    if (id === undefined) return { name: 'scenarios' };
    if (rest.length === 0 && /^[1-9]\d{0,14}$/.test(id)) return { name: 'scenarios', scenarioId: Number(id) };
  } else if (head === 'governance' && id !== undefined) {
    const governance = parseGovernance(id, rest);
    if (governance) return governance;
  } else if (id === undefined) {
    const match = simple.find((name) => name === head);
    if (match) return { name: match };
  }
  return { name: 'not-found', hash };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'members':
      return route.organisationId === undefined ? '#/members' : `#/members/${route.organisationId}`;
    case 'cooperations':
      if (route.create) return '#/cooperations/new';
      return route.cooperationId === undefined ? '#/cooperations' : `#/cooperations/${route.cooperationId}`;
    case 'scenarios':
      return route.scenarioId === undefined ? '#/scenarios' : `#/scenarios/${route.scenarioId}`;
    case 'governance':
      if (route.view === undefined) return '#/governance';
      return `#/governance/${route.view}${route.id === undefined ? '' : `/${route.id}`}${route.pack ? '/pack' : ''}`;
    case 'not-found':
      return route.hash.startsWith('#') ? route.hash : `#${route.hash}`;
    default:
      return `#/${route.name}`;
  }
}
