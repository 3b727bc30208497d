/**
 * The app's main navigation, in the order the side bar shows it: one home for the side bar and
 * for the Alt+1… shortcuts, so the n-th shortcut always opens the n-th item.
 */
export const navigationItems = [
  { name: 'members', label: 'nav.members' },
  { name: 'scenarios', label: 'nav.scenarios' },
  { name: 'governance', label: 'nav.governance' },
  { name: 'budgets', label: 'nav.budgets' },
  { name: 'exports', label: 'nav.exports' },
  { name: 'cooperations', label: 'nav.cooperations' },
  // A member viewer's own charges over `andel serve` (offered to that role only: mayOpenView).
  { name: 'charges', label: 'nav.charges' },
] as const;

export type NavigationTarget = (typeof navigationItems)[number]['name'];
