import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from '../../src/renderer/src/router/routes';

describe('parseHash', () => {
  it.each([
    ['', { name: 'members' }],
    ['#', { name: 'members' }],
    ['#/', { name: 'members' }],
    ['#/members', { name: 'members' }],
    ['#/members/', { name: 'members' }],
    ['#members', { name: 'members' }],
    ['#/members/42', { name: 'members', organisationId: 42 }],
    ['#/governance', { name: 'governance' }],
    ['#/budgets', { name: 'budgets' }],
    ['#/exports', { name: 'exports' }],
    ['#/cooperations', { name: 'cooperations' }],
    ['#/cooperations/3', { name: 'cooperations', cooperationId: 3 }],
    ['#/cooperations/new', { name: 'cooperations', create: true }],
  ] as [string, Route][])('%s → %o', (hash, route) => expect(parseHash(hash)).toEqual(route));

  it.each(['#/members/0', '#/members/-1', '#/members/abc', '#/members/1.5', '#/members/42/extra', '#/governance/3', '#/elsewhere', '#/members/1234567890123456', '#/cooperations/0', '#/cooperations/new/1'])(
    '%s is not a route',
    (hash) => expect(parseHash(hash)).toEqual({ name: 'not-found', hash }),
  );
});

describe('routeHash', () => {
  const routes: Route[] = [
    { name: 'members' },
    { name: 'members', organisationId: 7 },
    { name: 'governance' },
    { name: 'budgets' },
    { name: 'exports' },
    { name: 'cooperations' },
    { name: 'cooperations', cooperationId: 3 },
    { name: 'cooperations', create: true },
  ];

  it.each(routes)('round-trips %o', (route) => expect(parseHash(routeHash(route))).toEqual(route));

  it('writes the canonical form', () => {
    expect(routeHash({ name: 'members', organisationId: 7 })).toBe('#/members/7');
    expect(routeHash({ name: 'budgets' })).toBe('#/budgets');
    expect(routeHash({ name: 'not-found', hash: '#/x' })).toBe('#/x');
  });
});
